package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mpuworkbench.samples.Samples;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> designsAndStrategies() {
        List<String> out = new java.util.ArrayList<>();
        for (String d : Samples.designs()) {
            for (String s : List.of("upstream", "partitioned", "compact")) out.add(d + " " + s);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designsAndStrategies")
    void jsonFollowsTheContract(String designAndStrategy) throws Exception {
        String[] parts = designAndStrategy.split(" ");
        CliRun run = CliRun.of("plan", "sample:" + parts[0], "--strategy", parts[1], "--json");
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        JsonNode plan = JSON.readTree(run.out());
        assertEquals(Set.of("strategy", "regionsAvailable", "contexts"), fieldNames(plan));
        assertEquals(parts[1], plan.get("strategy").asText());
        assertTrue(plan.get("regionsAvailable").isInt());
        JsonNode contexts = plan.get("contexts");
        assertEquals("hypervisor", contexts.get(0).get("name").asText());
        var expected = dev.mpuworkbench.core.mpu.MpuPlanner.plan(
            dev.mpuworkbench.app.service.DesignLoader.load("sample:" + parts[0]),
            dev.mpuworkbench.core.mpu.Strategy.fromCli(parts[1]));
        boolean overBudget = expected.contexts().stream()
            .anyMatch(c -> Math.max(c.used(), c.peakUsed()) > expected.regionsAvailable());
        for (JsonNode c : contexts) {
            assertEquals(Set.of("name", "regions", "used", "lowerBound", "overGrantBytes"), fieldNames(c));
            assertTrue(c.get("name").asText().equals("hypervisor") || c.get("name").asText().startsWith("domain:"));
            assertEquals(c.get("regions").size(), c.get("used").asInt());
            assertTrue(c.get("lowerBound").asInt() <= c.get("used").asInt());
            for (JsonNode r : c.get("regions")) {
                assertEquals(Set.of("index", "part", "base", "limit", "prbar", "prlar", "owner"), fieldNames(r));
                assertTrue(Set.of("A", "B").contains(r.get("part").asText()));
                for (String hex : List.of("base", "limit", "prbar", "prlar")) {
                    assertTrue(r.get(hex).asText().matches("0x[0-9A-Fa-f]+"), hex + " " + r.get(hex));
                }
                long limit = Long.decode(r.get("limit").asText());
                assertEquals(0x3F, limit & 0x3F, "limits are inclusive, ending a 64-byte granule");
            }
        }
        assertEquals(overBudget ? 1 : 0, run.exit());
    }

    @Test
    void textNamesEveryContext() {
        CliRun run = CliRun.of("plan", "sample:fvp-default");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("strategy partitioned, 32 EL2 MPU regions available"), run.out());
        assertTrue(run.out().contains("domain:domU1:") && run.out().contains("domain:domU2:"), run.out());
    }

    @Test
    void anUnknownStrategyIsAUsageError() {
        CliRun run = CliRun.of("plan", "sample:fvp-default", "--strategy", "greedy");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown strategy"), run.err());
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

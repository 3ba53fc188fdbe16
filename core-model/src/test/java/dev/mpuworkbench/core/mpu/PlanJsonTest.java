package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.Design;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
    @Test
    void printsTheCliContractExactly() {
        Design d = TestDesigns.valid();
        d = d.withDomains(List.of(d.domains().get(1).withSharedMemory(List.of())));
        String json = PlanJson.toJson(MpuPlanner.plan(d, Strategy.COMPACT));
        String partA = "{\"index\":0,\"part\":\"A\",\"base\":\"0x200000\",\"limit\":\"0x2BFFFF\",\"prbar\":\"0x200038\",\"prlar\":\"0x2BFFCF\",\"owner\":\"xen\"},"
            + "{\"index\":1,\"part\":\"A\",\"base\":\"0x2C0000\",\"limit\":\"0x301FFF\",\"prbar\":\"0x2C003A\",\"prlar\":\"0x301FCF\",\"owner\":\"xen\"},"
            + "{\"index\":2,\"part\":\"A\",\"base\":\"0x302000\",\"limit\":\"0x391FFF\",\"prbar\":\"0x302032\",\"prlar\":\"0x391FCF\",\"owner\":\"xen\"},"
            + "{\"index\":3,\"part\":\"A\",\"base\":\"0x10000000\",\"limit\":\"0x1FFFFFFF\",\"prbar\":\"0x1000003A\",\"prlar\":\"0x1FFFFFCF\",\"owner\":\"xen\"},"
            + "{\"index\":4,\"part\":\"A\",\"base\":\"0x60000000\",\"limit\":\"0x6FFFFFFF\",\"prbar\":\"0x60000032\",\"prlar\":\"0x6FFFFFCF\",\"owner\":\"xen\"},"
            + "{\"index\":5,\"part\":\"A\",\"base\":\"0x9C090000\",\"limit\":\"0x9C09FFFF\",\"prbar\":\"0x9C090022\",\"prlar\":\"0x9C09FFC9\",\"owner\":\"xen\"},"
            + "{\"index\":6,\"part\":\"A\",\"base\":\"0xAF000000\",\"limit\":\"0xAF2FFFFF\",\"prbar\":\"0xAF000022\",\"prlar\":\"0xAF2FFFC9\",\"owner\":\"xen\"}";
        String expected = "{\"strategy\":\"compact\",\"regionsAvailable\":32,\"contexts\":["
            + "{\"name\":\"hypervisor\",\"regions\":[" + partA + ","
            + "{\"index\":7,\"part\":\"B\",\"base\":\"0x28000000\",\"limit\":\"0x37FFFFFF\",\"prbar\":\"0x28000032\",\"prlar\":\"0x37FFFFCF\",\"owner\":\"domU2\"}],"
            + "\"used\":8,\"lowerBound\":8,\"overGrantBytes\":983040},"
            + "{\"name\":\"domain:domU2\",\"regions\":[" + partA + ","
            + "{\"index\":7,\"part\":\"B\",\"base\":\"0x28000000\",\"limit\":\"0x37FFFFFF\",\"prbar\":\"0x28000036\",\"prlar\":\"0x37FFFFCF\",\"owner\":\"domU2\"}],"
            + "\"used\":8,\"lowerBound\":8,\"overGrantBytes\":983040}]}";
        assertEquals(expected, json);
    }

    @Test
    void everyRandomPlanSerialisesWithTheContractKeysOnly() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (long seed = 0; seed < 30; seed++) {
            JsonNode root = mapper.readTree(PlanJson.toJson(MpuPlanner.plan(RandomDesigns.generate(seed), Strategy.PARTITIONED)));
            assertEquals(List.of("strategy", "regionsAvailable", "contexts"), names(root));
            for (JsonNode c : root.get("contexts")) {
                assertEquals(List.of("name", "regions", "used", "lowerBound", "overGrantBytes"), names(c));
                assertEquals(c.get("used").asInt(), c.get("regions").size());
                for (JsonNode r : c.get("regions")) {
                    assertEquals(List.of("index", "part", "base", "limit", "prbar", "prlar", "owner"), names(r));
                    assertEquals(Long.decode(r.get("limit").asText()) | 0x3F, Long.decode(r.get("limit").asText()));
                }
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}

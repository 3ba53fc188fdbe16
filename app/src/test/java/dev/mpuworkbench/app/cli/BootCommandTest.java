package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.boot.DesignArtifacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thePartitionedBootOfTheDefaultDesignReachesSteadyState() {
        CliRun run = CliRun.of("boot", "sample:fvp-default");
        assertEquals(0, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.startsWith("booting sample:fvp-default: partitioned Xen"), out);
        assertTrue(out.contains("\nR1   runtime_mpu_config") && out.contains("\nR2   deferred_unpause"), out);
        assertTrue(out.contains("(GICD_CTLR) emulated by the vGIC"), out);
        assertTrue(out.contains("domU2 crashed"), out);
        assertTrue(out.contains("EL2 MPU at step"), out);
        assertTrue(out.contains("    0 0x200000     0x2BFFFF     0x200038"), "text is region 0 with PRBAR 0x38:\n" + out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("OK (steady-state)") && l.contains("running: domU1")), out);
    }

    @Test
    void upstreamStopsWhereUpstreamXenStops() {
        CliRun run = CliRun.of("boot", "sample:fvp-default", "--mode", "upstream");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("p2m_set_entry is BUG_ON(\"unimplemented\")"), run.out());
        assertFalse(run.out().contains("\nR1 "), "upstream has no runtime configuration phase");
        assertTrue(run.out().contains("OK (upstream-limit)"), run.out());
        assertTrue(run.out().contains("    6 0x1FE00000"), "the DTB is still mapped in region 6:\n" + run.out());
    }

    @Test
    void aBrokenDesignFailsWithItsFirstFailureNamed() {
        CliRun run = CliRun.of("boot", "sample:fvp-mistakes");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("FAILED: step") && l.contains("P8 boot_fdt_info")
            && l.contains("overlaps")), run.out());
    }

    @Test
    void aGuestWithoutStaticMemoryFailsThePartitionedBootButNotUpstream() {
        CliRun partitioned = CliRun.of("boot", "sample:fvp-imagebuilder");
        assertEquals(1, partitioned.exit(), partitioned.out());
        assertTrue(partitioned.out().contains("no xen,static-mem"), partitioned.out());
        assertEquals(0, CliRun.of("boot", "sample:fvp-imagebuilder", "--mode", "upstream").exit());
    }

    @Test
    void anOverBudgetDesignRunsOutOfRegionsAtTheRuntimeConfiguration() {
        CliRun run = CliRun.of("boot", "sample:twobank-over-budget");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("FAILED: step") && l.contains("R1 runtime_mpu_config")
            && l.contains("needs 17 regions") && l.contains("MPUIR_EL2 has 16")), run.out());
    }

    @Test
    void untilStopsAfterThePhase() {
        CliRun run = CliRun.of("boot", "sample:fvp-default", "--until", "P7");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("\nP7   early_fdt_map"), run.out());
        assertFalse(run.out().contains("\nP8 "), run.out());
        assertTrue(run.out().contains("    6 0x1FE00000   0x1FE00FFF   0x1FE0003A"), run.out());
        assertTrue(run.out().contains("OK: stopped after P7 early_fdt_map"), run.out());
    }

    @Test
    void untilAPhaseTheBootNeverReachesFails() {
        CliRun run = CliRun.of("boot", "sample:fvp-default", "--mode", "upstream", "--until", "P31");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("FAILED: P31 is never reached"), run.out());
    }

    @Test
    void tooFewSwitchesLeaveTheProbesUnfinished() {
        CliRun run = CliRun.of("boot", "sample:fvp-default", "--switches", "2");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("did not finish their probes within 2 context switches"), run.out());
    }

    @Test
    void theTraceHasOneJsonObjectPerEvent() throws Exception {
        Path trace = dir.resolve("boot.jsonl");
        CliRun run = CliRun.of("boot", "sample:fvp-default", "--trace", trace.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        int last = Integer.parseInt(run.out().replaceAll("(?s).*EL2 MPU at step (\\d+) .*", "$1"));
        assertEquals(last, lines.size(), "every event up to the last step");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode e = JSON.readTree(lines.get(i));
            assertEquals(i + 1, e.get("step").asInt());
            assertTrue(e.get("phase").asText().matches("P\\d+|R[12]"), lines.get(i));
            String kind = e.get("event").asText();
            assertTrue(List.of("phase", "sysreg-write", "barrier", "fault", "context-switch", "mmio-emulated",
                "domain-crashed", "hazard", "stop", "decision", "exception-level", "probe").contains(kind), kind);
            if (kind.equals("sysreg-write")) {
                assertTrue(e.get("reg").asText().matches("[A-Z0-9_]+"), lines.get(i));
                assertTrue(e.get("value").asText().matches("0x[0-9A-F]+"), lines.get(i));
            }
        }
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("P0", first.get("phase").asText());
        assertEquals("phase", first.get("event").asText());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"phase\":\"P3\",\"event\":\"sysreg-write\",\"reg\":"
            + "\"PRBAR_EL2\",\"value\":\"0x200038\"")), "head.S writes text's PRBAR in P3");
        assertEquals("stop", JSON.readTree(lines.get(lines.size() - 1)).get("event").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.of("boot", "sample:fvp-default", "--mode", "greedy").exit());
        assertEquals(2, CliRun.of("boot", "sample:fvp-default", "--until", "P99").exit());
        assertEquals(2, CliRun.of("boot", "sample:fvp-default", "--mode", "upstream", "--until", "R1").exit());
        assertEquals(2, CliRun.of("boot", "sample:fvp-default", "--switches", "-1").exit());
        assertEquals(2, CliRun.of("boot").exit());
    }

    @Test
    void anUnknownDesignIsAnInputError() {
        CliRun run = CliRun.of("boot", "sample:nope");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such sample"), run.err());
    }

    @Test
    void theBootReadsExactlyWhatExportWrites() throws Exception {
        CliRun run = CliRun.of("export", "sample:fvp-default", "--header", dir.resolve("board.h").toString(),
            "--kconfig", dir.resolve("xen.config").toString(), "--dtb", dir.resolve("system.dtb").toString(),
            "--boot-script", dir.resolve("boot").toString());
        assertEquals(0, run.exit(), run.err());
        BootArtifacts booted = DesignArtifacts.export(DesignLoader.load("sample:fvp-default"));
        assertEquals(Files.readString(dir.resolve("xen.config")), booted.kconfig());
        assertEquals(Files.readString(dir.resolve("board.h")), booted.header());
        assertEquals(Files.readString(dir.resolve("boot.source")), booted.bootSource());
        assertArrayEquals(Files.readAllBytes(dir.resolve("system.dtb")), booted.dtb());
    }
}

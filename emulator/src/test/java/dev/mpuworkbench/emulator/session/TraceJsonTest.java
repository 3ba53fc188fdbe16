package dev.mpuworkbench.emulator.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceJsonTest {
    private static final List<BootEvent> EVENTS;

    static {
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        s.runToEnd();
        EVENTS = s.events();
    }

    private static String line(String kind, String contains) {
        return EVENTS.stream().map(TraceJson::line).filter(l -> l.contains("\"event\":\"" + kind + "\""))
            .filter(l -> l.contains(contains)).findFirst().orElseThrow(() -> new AssertionError(kind + " " + contains));
    }

    @Test
    void registerWritesFollowTheContractExample() {
        assertEquals("{\"step\":13,\"phase\":\"P3\",\"event\":\"sysreg-write\",\"reg\":\"PRBAR_EL2\",\"value\":"
            + "\"0x200038\",\"region\":0}", TraceJson.line(EVENTS.get(12)));
    }

    @Test
    void everyKindCarriesItsFields() {
        assertEquals("{\"step\":1,\"phase\":\"P0\",\"event\":\"phase\",\"name\":\"firmware\",\"description\":"
            + "\"the firmware loads what the boot script names and enters Xen at XEN_START_ADDRESS in S-EL2, MPU and "
            + "D-cache off, x0 = DTB\"}", TraceJson.line(EVENTS.get(0)));
        assertTrue(line("barrier", "\"barrier\":\"dsb\"").matches(".*\"committed\":0}"));
        assertTrue(line("fault", "0xAF000004").contains("\"el\":\"EL1\",\"access\":\"read\",\"address\":\"0xAF000004\","
            + "\"fault\":\"permission\",\"stage\":2,\"target\":\"EL2\",\"esr\":\"0x9200000C\",\"far\":\"0xAF000004\","
            + "\"hpfar\":\"0xAF0000\""));
        assertTrue(line("context-switch", "idle").contains("\"from\":\"idle\",\"to\":\"domU1.vcpu0\""));
        assertTrue(line("mmio-emulated", "GICD_TYPER").contains("\"domain\":\"domU1\",\"vcpu\":0,\"access\":\"read\","
            + "\"address\":\"0xAF000004\",\"register\":\"GICD_TYPER\""));
        assertTrue(line("domain-crashed", "domU2").contains("\"address\":\"0x20000000\""));
        assertTrue(line("probe", "isolation").contains("\"expected\":\"crash\",\"actual\":\"crash\""));
        assertTrue(line("exception-level", "EL1").contains("\"from\":\"EL2\",\"to\":\"EL1\""));
        assertTrue(line("stop", "steady").contains("\"outcome\":\"steady-state\",\"reason\":"));
        assertTrue(line("decision", "boot region 0").contains("\"text\":\"boot region 0: text"));
    }

    @Test
    void textIsEscaped() {
        BootEvent stop = new BootEvent(1, dev.mpuworkbench.emulator.xen.Phase.P0, null,
            new dev.mpuworkbench.emulator.xen.XenEvent.Decision("a \"quoted\"\\path\nline\u0001"));
        assertEquals("{\"step\":1,\"phase\":\"P0\",\"event\":\"decision\",\"text\":\"a \\\"quoted\\\"\\\\path\\nline"
            + "\\u0001\"}", TraceJson.line(stop));
    }
}

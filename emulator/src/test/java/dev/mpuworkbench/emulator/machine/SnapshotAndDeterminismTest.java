package dev.mpuworkbench.emulator.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotAndDeterminismTest {
    /** A run with every kind of event: boot, runtime rewrites with hazards, a guest with two-stage faults. */
    static void script(Machine m) {
        XenBootSequence.boot(m);
        XenBootSequence.writeRegion(m, 7, 0x1000_0000L | 0x32, 0x1000_FFC0L | 0x0F);            // heap
        XenBootSequence.writeRegion(m, 1, XenBootSequence.RODATA | 0x3A, 0x002F_3FC0L | 0x0F);  // hazard
        m.access(ExceptionLevel.EL2, AccessType.WRITE, XenBootSequence.RODATA);                 // fault
        XenBootSequence.writeRegion(m, 8, 0x2000_0000L | 0x36, 0x2FFF_FFC0L | 0x0F);            // guest RAM
        m.write("VSCTLR_EL2", 1L << 48);
        m.write("HCR_EL2", 1);
        m.write("SCTLR_EL1", 1);
        m.write("PRBAR_EL1", 0x2000_0038L);
        m.write("PRLAR_EL1", 0x2000_FFC5L);
        m.dsb();
        m.setPc(ExceptionLevel.EL1, 0x2000_0000L);
        m.enterLevel(ExceptionLevel.EL1);
        m.access(ExceptionLevel.EL1, AccessType.EXECUTE, 0x2000_0000L);
        m.access(ExceptionLevel.EL1, AccessType.WRITE, 0x2000_0000L);                           // stage 1 fault
        m.access(ExceptionLevel.EL1, AccessType.READ, 0x3000_0000L);                            // stage 1 no match
        m.enterLevel(ExceptionLevel.EL2);
        m.write("SCTLR_EL1", 0);
        m.isb();
        m.enterLevel(ExceptionLevel.EL1);
        m.access(ExceptionLevel.EL1, AccessType.READ, 0x3000_0000L);                            // stage 2 fault
        m.write("PRSELR_EL1", 40);
        m.write("PRBAR_EL1", 0);                                                                // hazards
    }

    private static List<MachineEvent> run(Machine m, Runnable steps) {
        List<MachineEvent> events = new ArrayList<>();
        MachineListener l = events::add;
        m.addListener(l);
        steps.run();
        m.removeListener(l);
        return events;
    }

    @Test
    void theSameCallsGiveTheSameEventsAndState() {
        Machine a = new Machine(MachineConfig.fvp());
        Machine b = new Machine(MachineConfig.fvp());
        List<MachineEvent> ea = run(a, () -> script(a));
        List<MachineEvent> eb = run(b, () -> script(b));
        assertEquals(ea, eb);
        assertEquals(MachineDump.of(a), MachineDump.of(b));
        List<String> kinds = ea.stream().map(MachineEvent::kind).distinct().sorted().toList();
        assertEquals(List.of("barrier", "exception-level", "fault", "hazard", "sysreg-write"), kinds);
        assertEquals(ea.size(), a.sequence());
        for (int i = 0; i < ea.size(); i++) assertEquals(i + 1, ea.get(i).seq());
    }

    @Test
    void restoreReturnsToTheExactStateAndReplaysTheSameEvents() {
        Machine m = new Machine(MachineConfig.fvp());
        XenBootSequence.boot(m);
        m.write("PRSELR_EL2", 0x10);
        m.write("PRBAR3_EL2", 0x5000_0032L); // pending, selector not synchronised
        MachineSnapshot snap = m.snapshot();
        String before = MachineDump.of(m);

        List<MachineEvent> first = run(m, () -> script(m));
        String after = MachineDump.of(m);
        assertNotEquals(before, after);

        m.restore(snap);
        assertEquals(before, MachineDump.of(m));
        assertEquals(snap.sequence(), m.sequence());
        List<MachineEvent> second = run(m, () -> script(m));
        assertEquals(first, second);
        assertEquals(after, MachineDump.of(m));
    }

    @Test
    void aSnapshotIsUnaffectedByLaterChanges() {
        Machine m = new Machine(MachineConfig.fvp());
        MachineSnapshot empty = m.snapshot();
        String reset = MachineDump.of(m);
        script(m);
        MachineSnapshot end = m.snapshot();
        String finished = MachineDump.of(m);
        m.restore(empty);
        assertEquals(reset, MachineDump.of(m));
        assertTrue(m.registers().effective().lookup(ExceptionLevel.EL2).overlappingPairs().isEmpty());
        m.restore(end);
        assertEquals(finished, MachineDump.of(m));
        m.restore(end);
        assertEquals(finished, MachineDump.of(m), "a snapshot can be restored many times");
    }
}

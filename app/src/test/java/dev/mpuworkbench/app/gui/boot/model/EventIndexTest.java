package dev.mpuworkbench.app.gui.boot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.FaultKind;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventIndexTest {
    private static BootEvent phase(int step, Phase p) {
        return new BootEvent(step, p, null, new XenEvent.PhaseStarted(p));
    }

    private static BootEvent fault(int step) {
        return new BootEvent(step, Phase.P31, new FaultEvent(step, ExceptionLevel.EL1, AccessType.READ, 0x1000,
            FaultKind.TRANSLATION, 2, ExceptionLevel.EL2, 0x92000004L, 0x1000, 0x10, List.of()), null);
    }

    @Test
    void findsPhaseStartsAndTheLatestFaultIncrementally() {
        EventIndex index = new EventIndex();
        index.addAll(List.of(phase(1, Phase.P0), phase(2, Phase.P31), fault(3)));
        index.addAll(List.of(new BootEvent(4, Phase.P31, null, new XenEvent.Decision("x")), fault(5)));
        assertEquals(5, index.size());
        assertEquals(OptionalInt.of(2), index.phaseStart(Phase.P31));
        assertEquals(OptionalInt.empty(), index.phaseStart(Phase.P7));
        assertEquals(OptionalInt.empty(), index.lastFaultAtOrBefore(2));
        assertEquals(OptionalInt.of(3), index.lastFaultAtOrBefore(4));
        assertEquals(OptionalInt.of(5), index.lastFaultAtOrBefore(500));
        assertEquals(2, index.faultCount());
        index.clear();
        assertEquals(OptionalInt.empty(), index.lastFaultAtOrBefore(5));
    }

    @Test
    void refusesAGapInTheSteps() {
        EventIndex index = new EventIndex();
        assertThrows(IllegalArgumentException.class, () -> index.addAll(List.of(phase(2, Phase.P0))));
    }

    @Test
    void troubleIsFaultsCrashesPanicsAndFailedProbes() {
        assertTrue(EventIndex.isTrouble(fault(1)));
        assertTrue(EventIndex.isTrouble(new BootEvent(1, Phase.P8, null, new XenEvent.Stop(StopOutcome.PANIC, "x"))));
        assertFalse(EventIndex.isTrouble(new BootEvent(1, Phase.P31, null,
            new XenEvent.Stop(StopOutcome.STEADY_STATE, "x"))));
        assertTrue(EventIndex.isTrouble(new BootEvent(1, Phase.P31, null,
            new XenEvent.DomainCrashed("d", 0, AccessType.WRITE, 0, "r"))));
        assertFalse(EventIndex.isTrouble(phase(1, Phase.P0)));
    }
}

package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.core.validation.Severity;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Lookups over the recorded events, kept up to date as events are appended: where each phase starts and which steps
 * are faults, so the views answer "which phase is past" and "which fault is the latest" without scanning the log.
 */
public final class EventIndex {
    private final Map<Phase, Integer> phaseStarts = new EnumMap<>(Phase.class);
    private int[] faultSteps = new int[16];
    private int faults;
    private int size;

    public void clear() {
        phaseStarts.clear();
        faults = 0;
        size = 0;
    }

    /** Appends events recorded after those already indexed (steps {@code size()+1} on). */
    public void addAll(List<BootEvent> events) {
        for (BootEvent e : events) {
            if (e.step() != size + 1) throw new IllegalArgumentException("expected step " + (size + 1) + ", got " + e.step());
            size++;
            if (e.xen() instanceof XenEvent.PhaseStarted p) phaseStarts.putIfAbsent(p.phase(), e.step());
            if (e.machine() instanceof FaultEvent) {
                if (faults == faultSteps.length) faultSteps = Arrays.copyOf(faultSteps, faults * 2);
                faultSteps[faults++] = e.step();
            }
        }
    }

    /** Events indexed. */
    public int size() {
        return size;
    }

    /** The step of the event that starts {@code phase}, if it is recorded. */
    public OptionalInt phaseStart(Phase phase) {
        Integer s = phaseStarts.get(phase);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s);
    }

    /** The latest fault at or before {@code step}. */
    public OptionalInt lastFaultAtOrBefore(int step) {
        int i = Arrays.binarySearch(faultSteps, 0, faults, step);
        if (i < 0) i = -i - 2;
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(faultSteps[i]);
    }

    public int faultCount() {
        return faults;
    }

    /** Whether the log shows the event as something that went wrong (red). */
    public static boolean isTrouble(BootEvent e) {
        return e.machine() instanceof FaultEvent
            || e.machine() instanceof HazardEvent h && h.severity() == Severity.ERROR
            || e.xen() instanceof XenEvent.DomainCrashed
            || e.xen() instanceof XenEvent.Probe p && !p.asExpected()
            || e.xen() instanceof XenEvent.Stop s && s.outcome() == StopOutcome.PANIC;
    }
}

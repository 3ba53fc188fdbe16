package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.core.validation.Severity;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.xen.DomainState;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenEvent;
import dev.mpuworkbench.emulator.xen.XenState;
import java.util.List;
import java.util.Optional;

/**
 * Whether a finished boot reached what its mode promises. Upstream: its documented stop at domain construction (or
 * its idle loop without domains). Partitioned: the scheduler's steady state with at least one guest running, every
 * guest probe as expected (allowed, emulated by the vGIC, or crashing the rogue domain) and no hazard of severity
 * error.
 *
 * @param firstFailure the earliest thing that went wrong, with its step and phase; null on success
 */
public record BootVerdict(boolean success, String firstFailure, StopOutcome outcome, String stopReason) {
    static BootVerdict of(XenBootMode mode, List<BootEvent> log, XenState end) {
        StopOutcome outcome = end.outcome();
        String reason = end.stopReason();
        Optional<BootEvent> first = firstFailure(mode, log);
        if (first.isPresent()) return failed(describe(first.get()), end);
        if (outcome == null) return failed("the boot did not end", end);
        if (mode == XenBootMode.UPSTREAM) return new BootVerdict(true, null, outcome, reason);
        if (!end.domains().isEmpty()) {
            if (end.domains().stream().noneMatch(d -> d.state() == DomainState.RUNNING)) {
                return failed("no guest is running at the end: " + reason, end);
            }
            if (!end.scriptsDone()) {
                return failed("the guests did not finish their probes within " + end.switches()
                    + " context switches; run more (--switches)", end);
            }
        }
        return new BootVerdict(true, null, outcome, reason);
    }

    /**
     * The first event that means failure: a panic (or any unexpected stop), a probe that did not go as expected, and
     * in partitioned mode a hazard of severity error.
     */
    public static Optional<BootEvent> firstFailure(XenBootMode mode, List<BootEvent> events) {
        for (BootEvent e : events) {
            boolean bad = e.xen() instanceof XenEvent.Stop s && !s.outcome().expected()
                || e.xen() instanceof XenEvent.Probe p && !p.asExpected()
                || mode == XenBootMode.PARTITIONED && e.machine() instanceof HazardEvent h
                    && h.severity() == Severity.ERROR;
            if (bad) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** {@code step N (P7): <summary>}. */
    public static String describe(BootEvent e) {
        return "step " + e.step() + " (" + e.phase().id() + " " + e.phase().function() + "): " + e.summary();
    }

    private static BootVerdict failed(String why, XenState end) {
        return new BootVerdict(false, why, end.outcome(), end.stopReason());
    }
}

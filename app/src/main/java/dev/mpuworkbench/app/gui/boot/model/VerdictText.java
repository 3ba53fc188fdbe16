package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.session.BootVerdict;
import dev.mpuworkbench.emulator.xen.StopOutcome;

/** The verdict of a boot in one line. */
public final class VerdictText {
    private VerdictText() {
    }

    /** {@code steady state: …}, {@code stopped: …} (upstream's documented stop) or {@code failed: …}. */
    public static String of(BootVerdict v) {
        if (!v.success()) return "failed: " + v.firstFailure();
        if (v.outcome() == StopOutcome.STEADY_STATE) return "steady state: " + v.stopReason();
        return "stopped (" + v.outcome().traceName() + "): " + v.stopReason();
    }

    /** {@code ok}, {@code stopped} or {@code failed}: the style of the verdict. */
    public static String kind(BootVerdict v) {
        if (!v.success()) return "failed";
        return v.outcome() == StopOutcome.STEADY_STATE ? "ok" : "stopped";
    }
}

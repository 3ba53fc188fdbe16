package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.Objects;

/** Where {@link BootSession#runTo} stops: the first event from the current step on that matches. */
@FunctionalInterface
public interface Breakpoint {
    boolean matches(BootEvent event);

    /** The start of a phase. */
    static Breakpoint phase(Phase phase) {
        Objects.requireNonNull(phase, "phase");
        return e -> e.xen() instanceof XenEvent.PhaseStarted p && p.phase() == phase;
    }

    /** The start of any phase. */
    static Breakpoint anyPhase() {
        return e -> e.xen() instanceof XenEvent.PhaseStarted;
    }

    /** A PRBAR or PRLAR write (or alias) that reaches region {@code region} of the MPU of {@code mpu}. */
    static Breakpoint regionWrite(ExceptionLevel mpu, int region) {
        return e -> e.machine() instanceof SysRegWriteEvent w && w.region() == region
            && SysRegs.parse(w.register()).mpuLevel() == mpu;
    }

    /** Any MPU fault. */
    static Breakpoint fault() {
        return e -> e.machine() instanceof FaultEvent;
    }

    static Breakpoint contextSwitch() {
        return e -> e.xen() instanceof XenEvent.ContextSwitch;
    }

    /** Any event of a kind, by its trace name. */
    static Breakpoint kind(String kind) {
        return e -> e.kind().equals(kind);
    }
}

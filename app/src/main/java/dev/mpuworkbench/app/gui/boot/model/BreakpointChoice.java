package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.session.Breakpoint;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.Objects;

/**
 * Where "Run" stops, as the user picks it: the start of a phase, a write that reaches region N of an MPU, a fault,
 * a context switch, a crashed domain, or only the end of the boot.
 *
 * @param phase  the phase for {@link Kind#PHASE}, else ignored
 * @param region the region for the write kinds, else ignored
 */
public record BreakpointChoice(Kind kind, Phase phase, int region) {
    /** What kind of event stops the run. */
    public enum Kind {
        PHASE("start of phase"),
        EL2_REGION_WRITE("write to EL2 region"),
        EL1_REGION_WRITE("write to EL1 region"),
        FAULT("MPU fault"),
        CONTEXT_SWITCH("context switch"),
        DOMAIN_CRASH("domain crash"),
        END("end of boot");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean needsPhase() {
            return this == PHASE;
        }

        public boolean needsRegion() {
            return this == EL2_REGION_WRITE || this == EL1_REGION_WRITE;
        }
    }

    public BreakpointChoice {
        Objects.requireNonNull(kind, "kind");
        if (kind.needsPhase()) Objects.requireNonNull(phase, "phase");
        if (kind.needsRegion() && (region < 0 || region > 255)) {
            throw new IllegalArgumentException("region must be 0..255, was " + region);
        }
    }

    public static BreakpointChoice of(Kind kind) {
        return new BreakpointChoice(kind, kind.needsPhase() ? Phase.P0 : null, 0);
    }

    public static BreakpointChoice phase(Phase phase) {
        return new BreakpointChoice(Kind.PHASE, phase, 0);
    }

    public static BreakpointChoice regionWrite(ExceptionLevel mpu, int region) {
        return new BreakpointChoice(mpu == ExceptionLevel.EL1 ? Kind.EL1_REGION_WRITE : Kind.EL2_REGION_WRITE, null,
            region);
    }

    /** The session's breakpoint; {@link Kind#END} never matches, so the run goes to the end. */
    public Breakpoint breakpoint() {
        return switch (kind) {
            case PHASE -> Breakpoint.phase(phase);
            case EL2_REGION_WRITE -> Breakpoint.regionWrite(ExceptionLevel.EL2, region);
            case EL1_REGION_WRITE -> Breakpoint.regionWrite(ExceptionLevel.EL1, region);
            case FAULT -> Breakpoint.fault();
            case CONTEXT_SWITCH -> Breakpoint.contextSwitch();
            case DOMAIN_CRASH -> e -> e.xen() instanceof XenEvent.DomainCrashed;
            case END -> e -> false;
        };
    }

    /** E.g. {@code start of phase P7}, {@code write to EL2 region 3}, {@code MPU fault}. */
    public String label() {
        if (kind.needsPhase()) return kind.label() + " " + phase.id();
        if (kind.needsRegion()) return kind.label() + " " + region;
        return kind.label();
    }
}

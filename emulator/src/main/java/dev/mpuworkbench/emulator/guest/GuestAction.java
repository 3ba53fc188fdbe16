package dev.mpuworkbench.emulator.guest;

import dev.mpuworkbench.emulator.mpu.AccessType;
import java.util.Objects;

/** One thing a guest vCPU does at EL1. */
public sealed interface GuestAction {
    /** An MSR the guest makes (its EL1 MPU, MAIR_EL1, SCTLR_EL1). */
    record WriteRegister(String register, long value) implements GuestAction {
        public WriteRegister {
            Objects.requireNonNull(register, "register");
        }
    }

    /** DSB ({@code dsb = true}) or ISB. */
    record Barrier(boolean dsb) implements GuestAction {
    }

    /** A memory access whose outcome is checked against what the design promises. */
    record Touch(String what, AccessType access, long address, Expectation expected) implements GuestAction {
        public Touch {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(expected, "expected");
        }
    }
}

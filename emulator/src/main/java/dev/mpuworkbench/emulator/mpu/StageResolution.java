package dev.mpuworkbench.emulator.mpu;

/** How one stage of the check was decided. */
public enum StageResolution {
    /** The stage does not apply (stage 2 with HCR_EL2.VM = 0, or an EL2 access). */
    NOT_APPLIED,
    /** SCTLR_ELx.M = 0: the regime uses its default memory map (modelled as full access). */
    MPU_DISABLED,
    /** EL1&0 stage 1 is VMSAv8-64 (VTCR_EL2.MSA = 1): an MMU the workbench does not model; the stage passes. */
    NOT_MODELLED,
    /** Exactly one enabled region matched. */
    REGION,
    /** No region matched; the background region applies (SCTLR.BR = 1, access from the MPU's own level). */
    BACKGROUND,
    /** No region matched and no background region: translation fault. */
    NO_MATCH,
    /** Two or more enabled regions matched: translation fault. */
    MULTIPLE_MATCH;

    private static final StageResolution[] VALUES = values();

    static StageResolution of(int ordinal) {
        return VALUES[ordinal];
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.core.validation.Severity;

/** Programming mistakes real hardware punishes silently (or UNPREDICTABLY). The names are stable codes. */
public enum HazardCode {
    /** Two enabled regions of an MPU in use overlap: every access to the overlap takes a translation fault. */
    REGION_OVERLAP(Severity.ERROR),
    /** PRBAR/PRLAR of an enabled region rewritten while its MPU is in use (disable it, DSB, ISB first). */
    ENABLED_REGION_REWRITTEN(Severity.WARNING),
    /** The region covering the executing code (PC) is changed or disabled. */
    PC_REGION_CHANGED(Severity.WARNING),
    /** The region covering the stack (SP) is changed or disabled. */
    SP_REGION_CHANGED(Severity.WARNING),
    /** After a synchronisation the PC, executable before, is no longer executable: the next fetch faults. */
    PC_NOT_COVERED(Severity.ERROR),
    /** After a synchronisation the stack, writable before, is no longer writable: the next push faults. */
    SP_NOT_COVERED(Severity.ERROR),
    /** A writable and executable region while SCTLR_ELx.WXN = 1: the hardware makes it execute-never. */
    WXN_WRITABLE_EXECUTABLE(Severity.ERROR),
    /** A writable and executable region (WXN = 0). */
    WRITABLE_EXECUTABLE(Severity.WARNING),
    /** An access whose outcome depends on writes that no DSB + ISB has made effective yet. */
    ACCESS_BEFORE_SYNC(Severity.ERROR),
    /** PRBAR/PRLAR used after a PRSELR write without an ISB in between. */
    SELECTOR_NOT_SYNCHRONIZED(Severity.WARNING),
    /** PRBAR/PRLAR reaching a region at or above MPUIR.REGION: UNPREDICTABLE; the model ignores the write. */
    REGION_OUT_OF_RANGE(Severity.ERROR),
    /** A write to a read-only register (MPUIR, ID_AA64MMFR0_EL1): UNDEFINED; the model ignores it. */
    READ_ONLY_REGISTER_WRITE(Severity.ERROR);

    private final Severity severity;

    HazardCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}

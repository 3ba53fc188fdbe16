package dev.mpuworkbench.emulator.mpu;

/**
 * What a synchronisation would commit.
 *
 * @param any        at least one pending write would become effective
 * @param el1Regions EL1 MPU regions (PRBAR/PRLAR/PRENR) change
 * @param el2Regions EL2 MPU regions change
 * @param controls   a register that steers the access check changes (SCTLR_EL1, SCTLR_EL2, HCR_EL2, VTCR_EL2)
 */
public record CommitScope(boolean any, boolean el1Regions, boolean el2Regions, boolean controls) {
    static boolean steersChecks(ControlRegister register) {
        return switch (register) {
            case SCTLR_EL1, SCTLR_EL2, HCR_EL2, VTCR_EL2 -> true;
            default -> false;
        };
    }

    /** Whether anything an access check reads changes. */
    public boolean changesChecks() {
        return el1Regions || el2Regions || controls;
    }

    /** Whether the regions of this MPU, or how they are used, may change. */
    public boolean touches(ExceptionLevel mpu) {
        return controls || (mpu == ExceptionLevel.EL1 ? el1Regions : el2Regions);
    }
}

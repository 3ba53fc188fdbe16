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
    private static final CommitScope[] ALL = new CommitScope[16];

    static {
        for (int i = 0; i < 16; i++) ALL[i] = new CommitScope((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0);
    }

    /** The shared instance of these values (a record compares by value; sharing just spares the allocation). */
    static CommitScope of(boolean any, boolean el1Regions, boolean el2Regions, boolean controls) {
        return ALL[(any ? 1 : 0) | (el1Regions ? 2 : 0) | (el2Regions ? 4 : 0) | (controls ? 8 : 0)];
    }

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

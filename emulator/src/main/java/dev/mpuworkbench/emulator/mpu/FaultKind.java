package dev.mpuworkbench.emulator.mpu;

/** The fault an MPU raises (DOMAIN.md §4). MPU faults are always level 0. */
public enum FaultKind {
    NONE(-1),
    /** No region matched (and no background region applies), or two or more matched: FSC 0x04. */
    TRANSLATION(FaultSyndrome.FSC_TRANSLATION_L0),
    /** A single region matched but AP or XN forbids the access: FSC 0x0C. */
    PERMISSION(FaultSyndrome.FSC_PERMISSION_L0);

    private static final FaultKind[] KINDS = values();

    private final int fsc;

    FaultKind(int fsc) {
        this.fsc = fsc;
    }

    static FaultKind of(int ordinal) {
        return KINDS[ordinal];
    }

    /** The fault status code, ESR ISS[5:0]. */
    public int fsc() {
        return fsc;
    }
}

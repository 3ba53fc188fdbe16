package dev.mpuworkbench.emulator.mpu;

/**
 * The access classes a region's AP and XN bits decide, as bit numbers of a permission mask computed once per region
 * when a {@link RegionLookup} is built; the check then tests one bit. The rules are those of {@link AccessChecker}.
 */
final class AccessClass {
    /** Stage 1, access from the MPU's own level. */
    static final int OWN_READ = 0;
    static final int OWN_WRITE = 1;
    static final int EL2_OWN_EXECUTE = 2;
    static final int EL2_OWN_EXECUTE_WXN = 3;
    static final int EL1_OWN_EXECUTE = 4;
    static final int EL1_OWN_EXECUTE_WXN = 5;
    /** Stage 1 from below the MPU's level (EL0 on the EL1 MPU), and stage 2 reads and writes (the same AP column). */
    static final int LOWER_READ = 6;
    static final int LOWER_WRITE = 7;
    static final int LOWER_EXECUTE = 8;
    static final int LOWER_EXECUTE_WXN = 9;
    static final int STAGE2_EXECUTE = 10;

    /** Per (level * 3 + access type) * 2 + SCTLR.WXN: the stage-1 class (level 2: the EL2 MPU, else the EL1 MPU). */
    private static final int[] STAGE1 = {
        LOWER_READ, LOWER_READ, LOWER_WRITE, LOWER_WRITE, LOWER_EXECUTE, LOWER_EXECUTE_WXN,
        OWN_READ, OWN_READ, OWN_WRITE, OWN_WRITE, EL1_OWN_EXECUTE, EL1_OWN_EXECUTE_WXN,
        OWN_READ, OWN_READ, OWN_WRITE, OWN_WRITE, EL2_OWN_EXECUTE, EL2_OWN_EXECUTE_WXN};
    private static final int[] STAGE2 = {LOWER_READ, LOWER_WRITE, STAGE2_EXECUTE};
    private static final int WXN_SHIFT = Long.numberOfTrailingZeros(ControlRegister.SCTLR_WXN);
    /** Per PRBAR[3:0] (AP[2:1], XN[1:0]): the classes permitted. */
    private static final long[] PERMITTED = new long[16];

    static {
        for (int bits = 0; bits < 16; bits++) PERMITTED[bits] = compute(bits >>> 2, bits & 3);
    }

    private AccessClass() {
    }

    /** The stage-1 class of an access from {@code level} (0..2) of {@code type} under this SCTLR. */
    static int stage1(int level, int type, long sctlr) {
        return STAGE1[(level * 3 + type) * 2 + ((int) (sctlr >>> WXN_SHIFT) & 1)];
    }

    static int stage2(int type) {
        return STAGE2[type];
    }

    /** The classes a region with this PRBAR permits, one bit each. */
    static long permitted(long prbar) {
        return PERMITTED[(int) prbar & 15];
    }

    private static long compute(int ap, int xn) {
        boolean ownWritable = (ap & 2) == 0;
        boolean lowerReadable = (ap & 1) != 0;
        boolean xn1 = (xn & 2) != 0;
        boolean xn0 = (xn & 1) != 0;
        long bits = bit(OWN_READ, true) | bit(OWN_WRITE, ownWritable)
            | bit(EL2_OWN_EXECUTE, !xn1) | bit(EL2_OWN_EXECUTE_WXN, !xn1 && !ownWritable)
            | bit(EL1_OWN_EXECUTE, !xn1 && ap != 1) | bit(EL1_OWN_EXECUTE_WXN, !xn1 && !ownWritable)
            | bit(LOWER_READ, lowerReadable) | bit(LOWER_WRITE, ap == 1)
            | bit(LOWER_EXECUTE, lowerReadable && !xn1) | bit(LOWER_EXECUTE_WXN, lowerReadable && !xn1 && !ownWritable)
            | bit(STAGE2_EXECUTE, lowerReadable && !xn0);
        return bits;
    }

    private static long bit(int accessClass, boolean set) {
        return set ? 1L << accessClass : 0;
    }
}

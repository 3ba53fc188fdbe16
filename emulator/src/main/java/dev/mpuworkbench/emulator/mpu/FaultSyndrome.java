package dev.mpuworkbench.emulator.mpu;

/**
 * ESR_ELx and HPFAR_EL2 values for MPU aborts (DOMAIN.md §4, research/pmsa.md §2.7).
 *
 * <p>ESR = EC[31:26] | IL[25] | ISS[24:0]. The model has no instruction to decode, so data aborts carry no
 * instruction syndrome (ISV = 0); the ARM ARM makes IL RES1 for instruction aborts and for data aborts with ISV = 0,
 * so IL is always 1 here. ISS: WnR (bit 6) for writes, S1PTW (bit 7) = 0 (there are no table walks), FnV (bit 10)
 * = 0 (FAR is valid), DFSC/IFSC in [5:0].
 */
public final class FaultSyndrome {
    public static final int EC_INSTRUCTION_ABORT_LOWER = 0x20;
    public static final int EC_INSTRUCTION_ABORT_SAME = 0x21;
    public static final int EC_DATA_ABORT_LOWER = 0x24;
    public static final int EC_DATA_ABORT_SAME = 0x25;
    public static final int FSC_TRANSLATION_L0 = 0x04;
    public static final int FSC_PERMISSION_L0 = 0x0C;
    public static final long IL = 1L << 25;
    public static final long WNR = 1L << 6;
    /** HPFAR_EL2.FIPA occupies bits [39:4] and holds IPA[47:12]. */
    public static final long HPFAR_FIPA_MASK = 0xFF_FFFF_FFF0L;

    private FaultSyndrome() {
    }

    /** The exception class of an abort caused by {@code type}, taken from the same or a lower level. */
    public static int exceptionClass(AccessType type, boolean sameLevel) {
        if (type == AccessType.EXECUTE) return sameLevel ? EC_INSTRUCTION_ABORT_SAME : EC_INSTRUCTION_ABORT_LOWER;
        return sameLevel ? EC_DATA_ABORT_SAME : EC_DATA_ABORT_LOWER;
    }

    public static long esr(AccessType type, boolean sameLevel, FaultKind kind) {
        long iss = kind.fsc() | (type == AccessType.WRITE ? WNR : 0);
        return ((long) exceptionClass(type, sameLevel) << 26) | IL | iss;
    }

    /** HPFAR_EL2 for a stage-2 fault on the IPA (VA == IPA == PA on an MPU system). */
    public static long hpfar(long ipa) {
        return (ipa >>> 12 << 4) & HPFAR_FIPA_MASK;
    }

    public static int ec(long esr) {
        return (int) (esr >>> 26) & 0x3F;
    }

    public static int fsc(long esr) {
        return (int) esr & 0x3F;
    }

    public static boolean wnr(long esr) {
        return (esr & WNR) != 0;
    }

    public static boolean il(long esr) {
        return (esr & IL) != 0;
    }
}

package dev.mpuworkbench.emulator.mpu;

/** Bit layout of PRBAR_ELx / PRLAR_ELx (DOMAIN.md §4, research/pmsa.md §1.3–1.4). */
public final class RegionBits {
    /** Regions are 64-byte granules: base and limit carry PA[47:6]. */
    public static final long GRANULE = 64;
    public static final long GRANULE_MASK = GRANULE - 1;
    /** BASE / LIMIT: bits [47:6]. */
    public static final long ADDRESS_MASK = 0x0000_FFFF_FFFF_FFC0L;
    /** The bits of PRBAR that hold state: [47:0] ([63:48] are RES0 and dropped on write). */
    public static final long PRBAR_WRITABLE = 0x0000_FFFF_FFFF_FFFFL;
    /** The bits of PRLAR that hold state: LIMIT, NS, AttrIndx, EN ([63:48] and bit 5 are RES0). */
    public static final long PRLAR_WRITABLE = ADDRESS_MASK | 0x1FL;
    public static final long PRLAR_EN = 1L;
    public static final long PRLAR_NS = 1L << 4;
    /** PRBAR.XN[1]: execute-never for the MPU's own level (stage 1). */
    public static final long PRBAR_XN1 = 1L << 1;
    /** PRBAR.AP[2] (bit 3): read-only at the MPU's own level. */
    public static final long PRBAR_AP_READ_ONLY = 1L << 3;
    /** PRBAR.XN[0]: execute-never for EL1/EL0 at stage 2 (EL2 MPU); unverified against DDI 0600. */
    public static final long PRBAR_XN0 = 1L;
    /** Largest physical address (48-bit PA). */
    public static final long MAX_ADDRESS = 0x0000_FFFF_FFFF_FFFFL;

    private RegionBits() {
    }

    public static long base(long prbar) {
        return prbar & ADDRESS_MASK;
    }

    /** Inclusive limit: LIMIT | 0x3F. */
    public static long limit(long prlar) {
        return (prlar & ADDRESS_MASK) | GRANULE_MASK;
    }

    public static boolean enabled(long prlar) {
        return (prlar & PRLAR_EN) != 0;
    }

    public static int ap(long prbar) {
        return (int) (prbar >>> 2) & 3;
    }

    public static int xn(long prbar) {
        return (int) prbar & 3;
    }

    public static int sh(long prbar) {
        return (int) (prbar >>> 4) & 3;
    }

    public static int attrIndx(long prlar) {
        return (int) (prlar >>> 1) & 7;
    }
}

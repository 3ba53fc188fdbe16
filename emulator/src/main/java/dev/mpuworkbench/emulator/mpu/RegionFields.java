package dev.mpuworkbench.emulator.mpu;

import java.util.Objects;

/**
 * The fields of one region (a PRBAR/PRLAR pair), encoded and decoded bit-exactly.
 *
 * @param base      inclusive lower bound, 64-byte aligned
 * @param limit     inclusive upper bound, ending in 0x3F (the register holds LIMIT[47:6])
 * @param xn        PRBAR.XN[1:0] raw (bit 1 execute-never at the MPU's own level, bit 0 stage-2 execute-never)
 * @param attrIndx  PRLAR.AttrIndx, index into MAIR_ELx
 * @param ns        PRLAR.NS (always 0 on Armv8-R AArch64, which runs in Secure state)
 * @param enabled   PRLAR.EN
 */
public record RegionFields(long base, long limit, AccessPermission ap, int xn, Shareability sh, int attrIndx,
                           boolean ns, boolean enabled) {
    public RegionFields {
        Objects.requireNonNull(ap, "ap");
        Objects.requireNonNull(sh, "sh");
        if ((base & ~RegionBits.ADDRESS_MASK) != 0) {
            throw new IllegalArgumentException(String.format("base 0x%X must be 64-byte aligned and below 2^48", base));
        }
        if ((limit & RegionBits.GRANULE_MASK) != RegionBits.GRANULE_MASK || limit < 0
            || limit > RegionBits.MAX_ADDRESS) {
            throw new IllegalArgumentException(String.format(
                "limit 0x%X must be inclusive, end in 0x3F and be below 2^48", limit));
        }
        if (xn < 0 || xn > 3) throw new IllegalArgumentException("XN must be 0..3, was " + xn);
        if (attrIndx < 0 || attrIndx > 7) throw new IllegalArgumentException("AttrIndx must be 0..7, was " + attrIndx);
    }

    /**
     * A region over [base, endExclusive) the way Xen's {@code prepare_xen_region} builds it:
     * base masked to 64 bytes, limit = (end - 1) rounded into its 64-byte granule.
     */
    public static RegionFields ofRange(long base, long endExclusive, AccessPermission ap, int xn, Shareability sh,
                                       int attrIndx, boolean enabled) {
        if (Long.compareUnsigned(endExclusive, base) <= 0) {
            throw new IllegalArgumentException(String.format("empty range [0x%X, 0x%X)", base, endExclusive));
        }
        return new RegionFields(base & RegionBits.ADDRESS_MASK, ((endExclusive - 1) & RegionBits.ADDRESS_MASK)
            | RegionBits.GRANULE_MASK, ap, xn, sh, attrIndx, false, enabled);
    }

    public static RegionFields decode(long prbar, long prlar) {
        return new RegionFields(RegionBits.base(prbar), RegionBits.limit(prlar),
            AccessPermission.of(RegionBits.ap(prbar)), RegionBits.xn(prbar), Shareability.of(RegionBits.sh(prbar)),
            RegionBits.attrIndx(prlar),
            (prlar & RegionBits.PRLAR_NS) != 0, RegionBits.enabled(prlar));
    }

    public long prbar() {
        return base | ((long) sh.bits() << 4) | ((long) ap.bits() << 2) | xn;
    }

    public long prlar() {
        return (limit & RegionBits.ADDRESS_MASK) | (ns ? RegionBits.PRLAR_NS : 0) | ((long) attrIndx << 1)
            | (enabled ? RegionBits.PRLAR_EN : 0);
    }

    /** Execute-never for the MPU's own level (XN[1]). */
    public boolean executeNever() {
        return (xn & 2) != 0;
    }

    public long size() {
        return limit - base + 1;
    }

    public boolean contains(long address) {
        return base <= address && address <= limit;
    }

    public RegionFields withEnabled(boolean en) {
        return new RegionFields(base, limit, ap, xn, sh, attrIndx, ns, en);
    }

    /** Everything a view shows about the region, with the MAIR attribute it selects. */
    public RegionDescription describe(ExceptionLevel mpu, long mair) {
        return new RegionDescription(base, limit, enabled, ap.describe(mpu), xn, xnText(mpu), sh.text(), attrIndx,
            MemoryAttribute.fromMair(mair, attrIndx), prbar(), prlar());
    }

    private String xnText(ExceptionLevel mpu) {
        if (mpu == ExceptionLevel.EL2 && ap.lowerLevels()) {
            return switch (xn) {
                case 0 -> "executable";
                case 1 -> "EL2 executable, EL1/EL0 execute-never";
                case 2 -> "EL2 execute-never, EL1/EL0 executable";
                default -> "execute-never";
            };
        }
        return (xn & 2) != 0 ? "execute-never" : ((xn & 1) != 0 ? "executable (XN[0] set)" : "executable");
    }
}

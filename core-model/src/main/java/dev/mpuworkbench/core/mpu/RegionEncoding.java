package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.MemoryType;

/**
 * PRBAR/PRLAR values as Xen writes them (xen_mpu.md §2.6). PRLAR is the same on both profiles:
 * LIMIT[47:6] (the inclusive limit with the low six bits implied 0x3F), NS[4] = 0, AttrIndx[3:1], EN[0].
 * PRBAR differs: AArch64 has BASE[47:6] SH[5:4] AP[3:2] XN[1:0]; AArch32 (HPRBAR) has BASE[31:6] SH[4:3]
 * AP[1] (read-only) at bit 2, AP[0] at bit 1 and a single XN at bit 0.
 */
public sealed interface RegionEncoding permits RegionEncoding.Aarch64, RegionEncoding.Aarch32 {
    long GRANULE_MASK = AddressRange.MPU_GRANULE - 1;
    int PRLAR_EN = 1;

    /** MAIR_EL2 as Xen programs it: index 7 Normal WB-WA, 4 Device-nGnRE, 1 Normal-NC, 0 Device-nGnRnE. */
    long MAIR_EL2 = 0xFF00_0004_EEAA_4400L;

    static RegionEncoding forCpu(CpuKind cpu) {
        return cpu == CpuKind.CORTEX_R52 ? Aarch32.INSTANCE : Aarch64.INSTANCE;
    }

    long baseMask();

    long attributeBits(RegionAttributes attributes);

    RegionAttributes decode(long prbar, long prlar);

    /** head.S constants: text, read-only, data, device PRBAR attribute bits. */
    long bootTextPrbar();

    long bootReadOnlyPrbar();

    long bootDataPrbar();

    long bootDevicePrbar();

    default long prbar(AddressRange range, RegionAttributes attributes) {
        return (range.base() & baseMask()) | attributeBits(attributes);
    }

    default long prlar(AddressRange range, RegionAttributes attributes) {
        return (range.last() & baseMask()) | ((long) attributes.type().mairIndex() << 1) | PRLAR_EN;
    }

    /** The inclusive last byte a PRLAR value reaches. */
    static long limitOf(long prlar, long baseMask) {
        return (prlar & baseMask) | GRANULE_MASK;
    }

    static MemoryType typeOf(long prlar) {
        int index = (int) ((prlar >> 1) & 7);
        for (MemoryType t : MemoryType.values()) {
            if (t.mairIndex() == index) return t;
        }
        throw new IllegalArgumentException("AttrIndx " + index + " is not a memory type Xen uses");
    }

    /** The MAIR_EL2 attribute byte at an index. */
    static int mairByte(int index) {
        return (int) ((MAIR_EL2 >>> (8 * index)) & 0xFF);
    }

    final class Aarch64 implements RegionEncoding {
        static final Aarch64 INSTANCE = new Aarch64();

        private Aarch64() {
        }

        @Override
        public long baseMask() {
            return 0x0000_FFFF_FFFF_FFC0L;
        }

        @Override
        public long attributeBits(RegionAttributes a) {
            int xn = (a.el2ExecuteNever() ? 0b10 : 0) | (a.el1ExecuteNever() ? 0b01 : 0);
            return ((long) a.shareability() << 4) | ((long) a.accessPermission() << 2) | xn;
        }

        @Override
        public RegionAttributes decode(long prbar, long prlar) {
            int ap = (int) ((prbar >> 2) & 3);
            return new RegionAttributes(typeOf(prlar), (ap & 2) != 0, (ap & 1) != 0, (prbar & 2) != 0, (prbar & 1) != 0);
        }

        @Override
        public long bootTextPrbar() {
            return 0x38;
        }

        @Override
        public long bootReadOnlyPrbar() {
            return 0x3A;
        }

        @Override
        public long bootDataPrbar() {
            return 0x32;
        }

        @Override
        public long bootDevicePrbar() {
            return 0x22;
        }
    }

    /**
     * AArch32 has one XN bit for EL2 and stage 2. A region a guest may use takes the guest's XN, so guest
     * RAM that the guest must execute is executable at EL2 too (the W+X rule warns about it).
     */
    final class Aarch32 implements RegionEncoding {
        static final Aarch32 INSTANCE = new Aarch32();

        private Aarch32() {
        }

        @Override
        public long baseMask() {
            return 0xFFFF_FFC0L;
        }

        @Override
        public long attributeBits(RegionAttributes a) {
            boolean xn = a.el1Access() ? a.el1ExecuteNever() : a.el2ExecuteNever();
            return ((long) a.shareability() << 3) | (a.readOnly() ? 0b100 : 0) | (a.el1Access() ? 0b10 : 0) | (xn ? 1 : 0);
        }

        @Override
        public RegionAttributes decode(long prbar, long prlar) {
            boolean xn = (prbar & 1) != 0;
            return new RegionAttributes(typeOf(prlar), (prbar & 0b100) != 0, (prbar & 0b10) != 0, xn, xn);
        }

        /** Upstream's value; its comment says SH=11 AP=10 XN=0 (0x1C), but 0x18 decodes as RW and executable. */
        @Override
        public long bootTextPrbar() {
            return 0x18;
        }

        @Override
        public long bootReadOnlyPrbar() {
            return 0x1D;
        }

        @Override
        public long bootDataPrbar() {
            return 0x19;
        }

        @Override
        public long bootDevicePrbar() {
            return 0x11;
        }
    }
}

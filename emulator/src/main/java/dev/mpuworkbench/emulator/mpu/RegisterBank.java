package dev.mpuworkbench.emulator.mpu;

/**
 * One complete set of register values: the control registers and both MPUs' PRBAR/PRLAR arrays. The
 * {@link RegisterFile} keeps two: the architectural values (what reads return) and the effective values (what
 * access checks use, updated at DSB + ISB).
 */
public final class RegisterBank {
    final long[] control = new long[ControlRegister.values().length];
    final long[][] prbar = new long[3][];
    final long[][] prlar = new long[3][];
    private final int[] regionCount = new int[3];
    private final RegionLookup[] lookup = new RegionLookup[3];
    /** Per MPU: the sum of {@link LookupCache#regionHash} over its regions (0 at reset), updated by every write. */
    private final long[] hash = new long[3];
    private final LookupCache cache;

    RegisterBank(int el1Regions, int el2Regions) {
        this(el1Regions, el2Regions, new LookupCache());
    }

    RegisterBank(int el1Regions, int el2Regions, LookupCache cache) {
        this.cache = cache;
        regionCount[1] = checkCount(el1Regions);
        regionCount[2] = checkCount(el2Regions);
        for (int el = 1; el <= 2; el++) {
            prbar[el] = new long[regionCount[el]];
            prlar[el] = new long[regionCount[el]];
        }
    }

    RegisterBank(RegisterBank other) {
        this(other.regionCount[1], other.regionCount[2], other.cache);
        copyFrom(other);
    }

    private static int checkCount(int count) {
        if (count < 0 || count > 255) {
            throw new IllegalArgumentException("MPU region count must be 0..255, was " + count);
        }
        return count;
    }

    void copyFrom(RegisterBank other) {
        System.arraycopy(other.control, 0, control, 0, control.length);
        for (int el = 1; el <= 2; el++) {
            System.arraycopy(other.prbar[el], 0, prbar[el], 0, regionCount[el]);
            System.arraycopy(other.prlar[el], 0, prlar[el], 0, regionCount[el]);
            lookup[el] = other.lookup[el];
            hash[el] = other.hash[el];
        }
    }

    public int regionCount(ExceptionLevel mpu) {
        return regionCount[mpu.number()];
    }

    public long control(ControlRegister register) {
        return control[register.ordinal()];
    }

    public long prbar(ExceptionLevel mpu, int region) {
        return prbar[mpu.number()][region];
    }

    public long prlar(ExceptionLevel mpu, int region) {
        return prlar[mpu.number()][region];
    }

    public RegionFields region(ExceptionLevel mpu, int region) {
        return RegionFields.decode(prbar(mpu, region), prlar(mpu, region));
    }

    /** PRENR as a read composes it: bit n = region n's EN for n &lt; min(32, count). */
    public long prenr(ExceptionLevel mpu) {
        long value = 0;
        long[] lar = prlar[mpu.number()];
        for (int r = 0; r < Math.min(32, lar.length); r++) {
            if (RegionBits.enabled(lar[r])) value |= 1L << r;
        }
        return value;
    }

    /** The compiled lookup of the enabled regions (prepared at a commit, else on first use after a change). */
    public RegionLookup lookup(ExceptionLevel mpu) {
        return lookup(mpu.number());
    }

    RegionLookup lookup(int el) {
        RegionLookup l = lookup[el];
        if (l == null) {
            l = cache.lookup(el, prbar[el], prlar[el], regionCount[el], hash[el]);
            lookup[el] = l;
        }
        return l;
    }

    /** Prepares the lookups a change has left to build, so that checks find them ready. */
    void prepareLookups() {
        lookup(1);
        lookup(2);
    }

    void setControl(ControlRegister register, long value) {
        control[register.ordinal()] = value;
    }

    void setPrbar(int el, int region, long value) {
        set(el, region, value, prlar[el][region]);
    }

    void setPrlar(int el, int region, long value) {
        set(el, region, prbar[el][region], value);
    }

    private void set(int el, int region, long base, long limit) {
        long old = LookupCache.regionHash(region, prbar[el][region], prlar[el][region]);
        prbar[el][region] = base;
        prlar[el][region] = limit;
        hash[el] += LookupCache.regionHash(region, base, limit) - old;
        lookup[el] = null;
    }

    /** A PRENR write: EN of regions 0..min(31, count-1) from the bits of the value. */
    void setEnableBits(int el, long value) {
        long[] lar = prlar[el];
        for (int r = 0; r < Math.min(32, lar.length); r++) {
            long updated = (lar[r] & ~RegionBits.PRLAR_EN) | ((value >>> r) & 1L);
            if (updated != lar[r]) set(el, r, prbar[el][r], updated);
        }
    }

    /** The PRENR bits that exist for this MPU. */
    long enableMask(int el) {
        return (1L << Math.min(32, regionCount[el])) - 1;
    }

    /** A hash of the control registers and the enabled regions (equal values give equal hashes). */
    long valueHash() {
        return java.util.Arrays.hashCode(control) * 0x9E3779B97F4A7C15L + hash[1] * 31 + hash[2];
    }

    /** Same values (lookups aside). */
    public boolean sameValues(RegisterBank other) {
        if (!java.util.Arrays.equals(control, other.control)) return false;
        for (int el = 1; el <= 2; el++) {
            if (!java.util.Arrays.equals(prbar[el], other.prbar[el])) return false;
            if (!java.util.Arrays.equals(prlar[el], other.prlar[el])) return false;
        }
        return true;
    }
}

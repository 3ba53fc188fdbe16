package dev.mpuworkbench.emulator.xen;

/**
 * One region Xen means to program: [base, end) with its permissions, and what it maps (for views and messages).
 */
public record MpuRegion(long base, long end, RegionPerm perm, String what) {
    public long prbar() {
        return perm.prbar(base);
    }

    public long prlar() {
        return perm.prlar(end);
    }

    @Override
    public String toString() {
        return String.format("[0x%X, 0x%X) %s %s", base, end, perm.describe(), what);
    }
}

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

    /** PRBAR for the CPU: AArch64 PRBAR_EL2, or HPRBAR on an AArch32 (Cortex-R52) Xen. */
    public long prbar(boolean aarch32) {
        return aarch32 ? perm.prbar32(base) : prbar();
    }

    public long prlar(boolean aarch32) {
        return aarch32 ? perm.prlar32(end) : prlar();
    }

    @Override
    public String toString() {
        return String.format("[0x%X, 0x%X) %s %s", base, end, perm.describe(), what);
    }
}

package dev.mpuworkbench.core.model;

/** Memory attributes as Xen's MAIR_EL2 offers them (index in MAIR_EL2 = 0xFF000004_EEAA4400). */
public enum MemoryType {
    DEVICE_nGnRnE(0, true),
    NORMAL_NC(1, false),
    DEVICE_nGnRE(4, true),
    NORMAL_WB(7, false);

    private final int mairIndex;
    private final boolean device;

    MemoryType(int mairIndex, boolean device) {
        this.mairIndex = mairIndex;
        this.device = device;
    }

    public int mairIndex() {
        return mairIndex;
    }

    public boolean isDevice() {
        return device;
    }

    /** Device-nGnRnE is stricter than Device-nGnRE; Normal memory is the least strict. */
    public int strictness() {
        return switch (this) {
            case DEVICE_nGnRnE -> 3;
            case DEVICE_nGnRE -> 2;
            case NORMAL_NC -> 1;
            case NORMAL_WB -> 0;
        };
    }
}

package dev.mpuworkbench.emulator.machine;

/** The barriers that matter to MPU programming. */
public enum Barrier {
    DSB, ISB;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

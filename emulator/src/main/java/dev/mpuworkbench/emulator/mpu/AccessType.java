package dev.mpuworkbench.emulator.mpu;

/** What a memory access does: a data read, a data write, or an instruction fetch. */
public enum AccessType {
    READ, WRITE, EXECUTE;

    private static final AccessType[] TYPES = values();

    static AccessType of(int ordinal) {
        return TYPES[ordinal];
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.mpuworkbench.emulator.mpu;

/** The exception levels an Armv8-R AArch64 core runs at (always Secure state; there is no EL3). */
public enum ExceptionLevel {
    EL0, EL1, EL2;

    private static final ExceptionLevel[] LEVELS = values();

    public int number() {
        return ordinal();
    }

    /** The MPU this level owns: EL1 and EL2 have one each; EL0 has none. */
    public boolean hasMpu() {
        return this != EL0;
    }

    public static ExceptionLevel of(int number) {
        if (number < 0 || number > 2) throw new IllegalArgumentException("no exception level EL" + number);
        return LEVELS[number];
    }
}

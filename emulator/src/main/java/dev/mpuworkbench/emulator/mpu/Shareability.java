package dev.mpuworkbench.emulator.mpu;

/** PRBAR.SH (bits [5:4]). */
public enum Shareability {
    NON_SHAREABLE("Non-shareable"),
    RESERVED("Reserved (0b01)"),
    OUTER_SHAREABLE("Outer Shareable"),
    INNER_SHAREABLE("Inner Shareable");

    private final String text;

    Shareability(String text) {
        this.text = text;
    }

    public int bits() {
        return ordinal();
    }

    public static Shareability of(int bits) {
        return values()[bits & 3];
    }

    public String text() {
        return text;
    }
}

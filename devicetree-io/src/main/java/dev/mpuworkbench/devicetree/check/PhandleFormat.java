package dev.mpuworkbench.devicetree.check;

/** Which properties a newly allocated phandle is written to (dtc's {@code -H}). */
public enum PhandleFormat {
    /** {@code linux,phandle} only. */
    LEGACY(true, false),
    /** {@code phandle} only (dtc's default). */
    EPAPR(false, true),
    /** Both, {@code linux,phandle} first. */
    BOTH(true, true);

    final boolean legacy;
    final boolean epapr;

    PhandleFormat(boolean legacy, boolean epapr) {
        this.legacy = legacy;
        this.epapr = epapr;
    }

    /** Parses dtc's {@code -H} argument. */
    public static PhandleFormat parse(String arg) {
        return switch (arg) {
            case "legacy" -> LEGACY;
            case "epapr" -> EPAPR;
            case "both" -> BOTH;
            default -> throw new IllegalArgumentException("Invalid argument \"" + arg + "\" to -H option");
        };
    }
}

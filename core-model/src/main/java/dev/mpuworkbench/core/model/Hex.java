package dev.mpuworkbench.core.model;

/** Hexadecimal formatting and parsing of addresses and sizes as the product shows them. */
public final class Hex {
    private Hex() {
    }

    public static String of(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    }

    /** Human-friendly size: "64 KiB", "2 MiB", or hex when not a whole unit. */
    public static String size(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        long value = bytes;
        while (unit < units.length - 1 && value >= 1024 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + " " + units[unit];
    }

    /** Parses "0x1F", "0X1f", "31", or underscore-grouped forms like "0x4000_0000". */
    public static long parse(String text) {
        String t = text.trim().replace("_", "");
        if (t.isEmpty()) throw new NumberFormatException("empty number");
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
        return Long.parseLong(t);
    }
}

package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.Hex;
import java.util.Locale;

/**
 * Sizes for people: the exact unit when it divides and stays below 1024 ({@code 128 MiB}), else three
 * significant digits in the largest unit ({@code 3.34 MiB}, {@code 21.4 MiB} rather than {@code 21888 KiB}).
 */
public final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {
    }

    public static String human(long bytes) {
        String exact = Hex.size(bytes);
        if (bytes < 1024 || Long.parseLong(exact.substring(0, exact.indexOf(' '))) < 1024) return exact;
        double value = bytes;
        int unit = 0;
        while (unit < UNITS.length - 1 && value >= 1024) {
            value /= 1024;
            unit++;
        }
        String digits = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
            : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        return digits + " " + UNITS[unit];
    }
}

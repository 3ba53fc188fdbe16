package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.Hex;
import java.util.Locale;

/** Sizes for people: exact units when they divide ({@code 128 MiB}), else three significant digits ({@code 3.34 MiB}). */
public final class Sizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Sizes() {
    }

    public static String human(long bytes) {
        String exact = Hex.size(bytes);
        if (!exact.endsWith(" B") || bytes < 1024) return exact;
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

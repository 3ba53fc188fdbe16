package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.app.gui.model.Sizes;
import java.util.Locale;

/** Address text as the map shows it: hex grouped in fours ({@code 0x9C09_0000}), which reads at a glance. */
public final class MapText {
    private MapText() {
    }

    public static String hex(long value) {
        String digits = Long.toHexString(value).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(digits.length() + 6);
        int lead = digits.length() % 4;
        if (lead == 0) lead = 4;
        sb.append(digits, 0, Math.min(lead, digits.length()));
        for (int i = lead; i < digits.length(); i += 4) sb.append('_').append(digits, i, i + 4);
        return "0x" + sb;
    }

    /** {@code 0x2000_0000 – 0x27FF_FFFF · 128 MiB} (inclusive last address, as MPU limits are written). */
    public static String range(AddressRange r) {
        if (r.isEmpty()) return hex(r.base()) + " · empty";
        return hex(r.base()) + " – " + hex(r.last()) + " · " + Sizes.human(r.size());
    }
}

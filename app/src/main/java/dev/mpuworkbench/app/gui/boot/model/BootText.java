package dev.mpuworkbench.app.gui.boot.model;

import java.util.Locale;

/** Numbers as the boot view writes them: register values plain ({@code 0x200038}), addresses grouped in fours. */
public final class BootText {
    private BootText() {
    }

    /** A register value, as the trace and the CLI print it: {@code 0x2BFFCF}. */
    public static String reg(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
    }

    /** An address grouped in fours for reading: {@code 0x9C09_0000}. */
    public static String addr(long value) {
        String digits = Long.toHexString(value).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(digits.length() + 6).append("0x");
        int lead = digits.length() % 4 == 0 ? 4 : digits.length() % 4;
        sb.append(digits, 0, Math.min(lead, digits.length()));
        for (int i = lead; i < digits.length(); i += 4) sb.append('_').append(digits, i, i + 4);
        return sb.toString();
    }
}

package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.report.FatalError;

/**
 * dtc's string escapes ({@code util.c get_escape_char}): {@code \a \b \t \n \v \f \r}, up to three octal
 * digits, {@code \x} with up to two hex digits (parsed like C's {@code strtol}), any other character stands
 * for itself.
 */
final class Escapes {
    private Escapes() {
    }

    /**
     * Decodes {@code len} bytes of {@code src} from {@code off} (a string body without quotes) and appends them
     * plus a terminating NUL. {@code after} is the byte that follows the body (the closing quote), which dtc
     * reads when a backslash is the last body byte.
     */
    static void decodeInto(byte[] src, int off, int len, int after, ByteData out) {
        int i = 0;
        while (i < len) {
            int c = src[off + i++] & 0xff;
            if (c == '\\') {
                int[] consumed = new int[1];
                c = escape(src, off, len, i, after, consumed);
                i += consumed[0];
            }
            out.appendByte(c);
        }
        out.appendByte(0);
    }

    private static int escape(byte[] s, int off, int len, int i, int after, int[] consumed) {
        int c = i < len ? s[off + i] & 0xff : after;
        switch (c) {
            case 'a': consumed[0] = 1; return 7;
            case 'b': consumed[0] = 1; return 8;
            case 't': consumed[0] = 1; return 9;
            case 'n': consumed[0] = 1; return 10;
            case 'v': consumed[0] = 1; return 11;
            case 'f': consumed[0] = 1; return 12;
            case 'r': consumed[0] = 1; return 13;
            case 'x': {
                long[] r = strtol(s, off + i + 1, Math.min(2, len - i - 1), 16);
                if (r[1] == 0) {
                    throw new FatalError("\\x used with no following hex digits");
                }
                consumed[0] = 1 + (int) r[1];
                return (int) r[0] & 0xff;
            }
            default:
                if (c >= '0' && c <= '7') {
                    long[] r = strtol(s, off + i, Math.min(3, len - i), 8);
                    consumed[0] = (int) r[1];
                    return (int) r[0] & 0xff;
                }
                consumed[0] = 1;
                return c;
        }
    }

    /**
     * C {@code strtol} over at most {@code max} bytes (stopping at a NUL like the {@code strncpy} before it):
     * leading white space, an optional sign, a "0x" prefix in base 16. Returns {value, bytes consumed}; zero
     * consumed means no digits.
     */
    static long[] strtol(byte[] s, int from, int max, int base) {
        int end = from;
        while (end < from + max && s[end] != 0) {
            end++;
        }
        int p = from;
        while (p < end && isSpace(s[p])) {
            p++;
        }
        boolean negative = false;
        if (p < end && (s[p] == '+' || s[p] == '-')) {
            negative = s[p] == '-';
            p++;
        }
        if (base == 16 && p + 1 < end && s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'X')
            && p + 2 < end && Character.digit(s[p + 2], 16) >= 0) {
            p += 2;
        }
        long value = 0;
        int digitsStart = p;
        while (p < end && Character.digit(s[p], base) >= 0) {
            value = value * base + Character.digit(s[p], base);
            p++;
        }
        if (p == digitsStart) {
            return new long[] {0, 0};
        }
        return new long[] {negative ? -value : value, p - from};
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || (b >= 9 && b <= 13);
    }
}

package dev.mpuworkbench.devicetree.dts;

import java.nio.charset.StandardCharsets;

/**
 * The regular expressions of dtc's lexer as hand-written matchers: each returns how many bytes its pattern
 * matches at a position (0 for none), so that the lexer can pick the longest match as flex does.
 */
final class LexerPatterns {
    private static final byte[][] LITERAL_SUFFIXES = {bytes("ULL"), bytes("UL"), bytes("LL"), bytes("U"), bytes("L")};

    private LexerPatterns() {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] d, int p, byte[] prefix) {
        if (p + prefix.length > d.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (d[p + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || (b >= 9 && b <= 13);
    }

    static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    static boolean isPropNodeChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
            || b == ',' || b == '.' || b == '_' || b == '+' || b == '*' || b == '#' || b == '?' || b == '@'
            || b == '-';
    }

    static int identifierLength(byte[] d, int p) {
        if (p >= d.length || !(Character.isLetter(d[p] & 0xff) && d[p] < 128 || d[p] == '_')) {
            return 0;
        }
        int q = p + 1;
        while (q < d.length && ((d[q] >= 'a' && d[q] <= 'z') || (d[q] >= 'A' && d[q] <= 'Z')
            || (d[q] >= '0' && d[q] <= '9') || d[q] == '_')) {
            q++;
        }
        return q - p;
    }

    /** {@code \"([^\\"]|\\.)*\"}: '.' does not match a newline, so a backslash before a newline ends the match. */
    static int stringLength(byte[] d, int p) {
        if (p >= d.length || d[p] != '"') {
            return 0;
        }
        int q = p + 1;
        while (q < d.length) {
            byte b = d[q];
            if (b == '"') {
                return q + 1 - p;
            }
            if (b == '\\') {
                if (q + 1 >= d.length || d[q + 1] == '\n') {
                    return 0;
                }
                q += 2;
            } else {
                q++;
            }
        }
        return 0;
    }

    /** {@code '([^']|\\')*'} with flex's longest match. */
    static int charLiteralLength(byte[] d, int p) {
        int q = p + 1;
        int longest = 0;
        while (q < d.length) {
            if (d[q] == '\'') {
                longest = q + 1 - p;
                if (d[q - 1] == '\\' && q - 1 > p) {
                    q++;
                    continue;
                }
                break;
            }
            q++;
        }
        return longest;
    }

    /** {@code ([0-9]+|0[xX][0-9a-fA-F]+)(U|L|UL|LL|ULL)?}. */
    static int literalLength(byte[] d, int p) {
        int q = p;
        while (q < d.length && d[q] >= '0' && d[q] <= '9') {
            q++;
        }
        if (q == p) {
            return 0;
        }
        if (d[p] == '0' && p + 2 < d.length && (d[p + 1] == 'x' || d[p + 1] == 'X') && isHex(d[p + 2])) {
            q = p + 2;
            while (q < d.length && isHex(d[q])) {
                q++;
            }
        }
        for (byte[] suffix : LITERAL_SUFFIXES) {
            if (startsWith(d, q, suffix)) {
                return q + suffix.length - p;
            }
        }
        return q - p;
    }

    /** {@code ^"#"(line)?[ \t]+[0-9]+[ \t]+{STRING}([ \t]+[0-9]+)*}. */
    static int lineMarkerLength(byte[] d, int p) {
        int q = p + 1;
        if (startsWith(d, q, bytes("line"))) {
            int afterLine = blanks(d, q + 4);
            int plain = blanks(d, q);
            q = afterLine > q + 4 ? afterLine : plain;
        } else {
            q = blanks(d, q);
        }
        if (q == p + 1 || (q > p + 1 && !isBlank(d[q - 1]))) {
            return 0;
        }
        int digits = digitsEnd(d, q);
        if (digits == q) {
            return 0;
        }
        int afterBlanks = blanks(d, digits);
        if (afterBlanks == digits) {
            return 0;
        }
        int s = stringLength(d, afterBlanks);
        if (s == 0) {
            return 0;
        }
        int end = afterBlanks + s;
        while (true) {
            int b = blanks(d, end);
            if (b == end) {
                break;
            }
            int e = digitsEnd(d, b);
            if (e == b) {
                break;
            }
            end = e;
        }
        return end - p;
    }

    static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    static int blanks(byte[] d, int q) {
        while (q < d.length && isBlank(d[q])) {
            q++;
        }
        return q;
    }

    static int digitsEnd(byte[] d, int q) {
        while (q < d.length && d[q] >= '0' && d[q] <= '9') {
            q++;
        }
        return q;
    }

    /** One or more adjacent C comments. */
    static int commentsLength(byte[] d, int p) {
        int q = p;
        while (q + 1 < d.length && d[q] == '/' && d[q + 1] == '*') {
            int r = q + 2;
            int end = -1;
            while (r + 1 < d.length) {
                if (d[r] == '*' && d[r + 1] == '/') {
                    end = r + 2;
                    break;
                }
                r++;
            }
            if (end < 0) {
                break;
            }
            q = end;
        }
        return q - p;
    }

    /** One or more adjacent {@code //...\n} comments (each needs its newline). */
    static int lineCommentsLength(byte[] d, int p) {
        int q = p;
        while (q + 1 < d.length && d[q] == '/' && d[q + 1] == '/') {
            int r = q + 2;
            while (r < d.length && d[r] != '\n') {
                r++;
            }
            if (r >= d.length) {
                break;
            }
            q = r + 1;
        }
        return q - p;
    }

    static TokenKind operator(byte[] d, int p) {
        if (p + 1 >= d.length) {
            return null;
        }
        int a = d[p];
        int b = d[p + 1];
        if (a == '<' && b == '<') {
            return TokenKind.LSHIFT;
        } else if (a == '>' && b == '>') {
            return TokenKind.RSHIFT;
        } else if (a == '<' && b == '=') {
            return TokenKind.LE;
        } else if (a == '>' && b == '=') {
            return TokenKind.GE;
        } else if (a == '=' && b == '=') {
            return TokenKind.EQ;
        } else if (a == '!' && b == '=') {
            return TokenKind.NE;
        } else if (a == '&' && b == '&') {
            return TokenKind.AND;
        } else if (a == '|' && b == '|') {
            return TokenKind.OR;
        }
        return null;
    }
}

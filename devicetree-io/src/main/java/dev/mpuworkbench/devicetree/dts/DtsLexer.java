package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A hand-written copy of dtc 1.6.1's flex lexer ({@code dtc-lexer.l}): the same start states, the same rules
 * chosen by longest match (earlier rule on a tie), {@code /include/} handled as a push of a new input buffer,
 * and cpp line markers changing the reported file and line.
 */
final class DtsLexer {
    static final int MAX_INCLUDE_DEPTH = 200;

    private enum State { INITIAL, V1, BYTESTRING, PROPNODENAME }

    /** One input buffer: a file being read, with its position and the names dtc reports. */
    private static final class Frame {
        final byte[] data;
        final String directory;
        String name;
        int pos;
        int line = 1;
        int column = 1;

        Frame(byte[] data, String name) {
            this.data = data;
            this.name = name;
            this.directory = IncludePath.dirName(name);
        }
    }

    private enum Rule {
        INCLUDE, LINE_MARKER, STRING, DTS_V1, PLUGIN, MEMRESERVE, BITS, DEL_PROP, DEL_NODE, OMIT_NO_REF, LABEL,
        LITERAL, CHAR_LITERAL, LABEL_REF, PATH_REF, BYTE, BYTE_END, PROPNODENAME, INCBIN, WHITESPACE, COMMENT,
        LINE_COMMENT, OPERATOR, CHAR
    }

    private static final byte[][] KEYWORDS = {
        bytes("/dts-v1/"), bytes("/plugin/"), bytes("/memreserve/"), bytes("/bits/"), bytes("/delete-property/"),
        bytes("/delete-node/"), bytes("/omit-if-no-ref/"),
    };
    private static final Rule[] KEYWORD_RULES = {
        Rule.DTS_V1, Rule.PLUGIN, Rule.MEMRESERVE, Rule.BITS, Rule.DEL_PROP, Rule.DEL_NODE, Rule.OMIT_NO_REF,
    };
    private static final byte[] INCLUDE = bytes("/include/");
    private static final byte[] INCBIN = bytes("/incbin/");
    private static final byte[][] LITERAL_SUFFIXES = {bytes("ULL"), bytes("UL"), bytes("LL"), bytes("U"), bytes("L")};

    /** For each first byte, the rules that can match there, in rule order (longest match still decides). */
    private static final Rule[][] CANDIDATES = new Rule[256][];

    static {
        for (int c = 0; c < 256; c++) {
            java.util.List<Rule> rules = new java.util.ArrayList<>();
            for (Rule r : Rule.values()) {
                if (canStartWith(r, c)) {
                    rules.add(r);
                }
            }
            CANDIDATES[c] = rules.toArray(Rule[]::new);
        }
    }

    private static boolean canStartWith(Rule r, int c) {
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        boolean digit = c >= '0' && c <= '9';
        return switch (r) {
            case INCLUDE, DTS_V1, PLUGIN, MEMRESERVE, BITS, DEL_PROP, DEL_NODE, OMIT_NO_REF, INCBIN, COMMENT,
                LINE_COMMENT -> c == '/';
            case LINE_MARKER -> c == '#';
            case STRING -> c == '"';
            case CHAR_LITERAL -> c == '\'';
            case LABEL -> letter || c == '_';
            case LITERAL -> digit;
            case LABEL_REF, PATH_REF -> c == '&';
            case BYTE -> digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case BYTE_END -> c == ']';
            case PROPNODENAME -> c == '\\' || isPropNodeChar((byte) c);
            case WHITESPACE -> c == ' ' || (c >= 9 && c <= 13);
            case OPERATOR -> c == '<' || c == '>' || c == '=' || c == '!' || c == '&' || c == '|';
            case CHAR -> c != '\n';
        };
    }

    private final IncludePath includePath;
    private final ParseErrors errors;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private State state = State.INITIAL;
    private SourceSpan lastSpan;

    DtsLexer(IncludePath includePath, ParseErrors errors, String name, byte[] content) {
        this.includePath = includePath;
        this.errors = errors;
        stack.push(new Frame(content, name));
        lastSpan = new SourceSpan(name, 1, 1, 1, 1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The directory of the file being read (null when its name has no '/'), for {@code /incbin/}. */
    String currentDirectory() {
        Frame f = stack.peek();
        return f == null ? null : f.directory;
    }

    /** The span of the last text matched by any rule (dtc's {@code yylloc}). */
    SourceSpan lastSpan() {
        return lastSpan;
    }

    Token next() {
        while (true) {
            Frame f = stack.peek();
            if (f == null) {
                return new Token(TokenKind.EOF, null, 0, null, lastSpan);
            }
            if (f.pos >= f.data.length) {
                stack.pop();
                if (stack.isEmpty()) {
                    return new Token(TokenKind.EOF, null, 0, null, lastSpan);
                }
                continue;
            }
            Token t = scan(f);
            if (t != null) {
                return t;
            }
        }
    }

    private Token scan(Frame f) {
        byte[] d = f.data;
        int p = f.pos;
        Rule best = null;
        int bestLen = 0;
        for (Rule r : CANDIDATES[d[p] & 0xff]) {
            int len = match(r, d, p);
            if (len > bestLen) {
                best = r;
                bestLen = len;
            }
        }
        SourceSpan span = advance(f, bestLen);
        lastSpan = span;
        return act(best, f, d, p, bestLen, span);
    }

    private SourceSpan advance(Frame f, int len) {
        int firstLine = f.line;
        int firstColumn = f.column;
        for (int i = f.pos; i < f.pos + len; i++) {
            if (f.data[i] == '\n') {
                f.line++;
                f.column = 1;
            } else {
                f.column++;
            }
        }
        f.pos += len;
        return new SourceSpan(f.name, firstLine, firstColumn, f.line, f.column);
    }

    // ---- matching: the length each rule would match at p (0 = no match) ----------------------------------

    private int match(Rule r, byte[] d, int p) {
        int c = d[p] & 0xff;
        switch (r) {
            case INCLUDE: {
                if (c != '/' || !startsWith(d, p, INCLUDE)) {
                    return 0;
                }
                int q = p + INCLUDE.length;
                while (q < d.length && isSpace(d[q])) {
                    q++;
                }
                int s = stringLength(d, q);
                return s == 0 ? 0 : q + s - p;
            }
            case LINE_MARKER:
                return c == '#' && (p == 0 || d[p - 1] == '\n') ? lineMarkerLength(d, p) : 0;
            case STRING:
                return stringLength(d, p);
            case DTS_V1: case PLUGIN: case MEMRESERVE: case BITS: case DEL_PROP: case DEL_NODE: case OMIT_NO_REF: {
                byte[] kw = KEYWORDS[r.ordinal() - Rule.DTS_V1.ordinal()];
                return c == '/' && startsWith(d, p, kw) ? kw.length : 0;
            }
            case LABEL: {
                int n = identifierLength(d, p);
                return n > 0 && p + n < d.length && d[p + n] == ':' ? n + 1 : 0;
            }
            case LITERAL:
                return state == State.V1 ? literalLength(d, p) : 0;
            case CHAR_LITERAL:
                return c == '\'' ? charLiteralLength(d, p) : 0;
            case LABEL_REF: {
                if (c != '&') {
                    return 0;
                }
                int n = identifierLength(d, p + 1);
                return n > 0 ? n + 1 : 0;
            }
            case PATH_REF: {
                if (c != '&' || p + 2 >= d.length || d[p + 1] != '{' || d[p + 2] != '/') {
                    return 0;
                }
                int q = p + 3;
                while (q < d.length && (isPropNodeChar(d[q]) || d[q] == '/')) {
                    q++;
                }
                return q < d.length && d[q] == '}' ? q + 1 - p : 0;
            }
            case BYTE:
                return state == State.BYTESTRING && p + 1 < d.length && isHex(d[p]) && isHex(d[p + 1]) ? 2 : 0;
            case BYTE_END:
                return state == State.BYTESTRING && c == ']' ? 1 : 0;
            case PROPNODENAME: {
                if (state != State.PROPNODENAME) {
                    return 0;
                }
                int q = c == '\\' ? p + 1 : p;
                int start = q;
                while (q < d.length && isPropNodeChar(d[q])) {
                    q++;
                }
                return q > start ? q - p : 0;
            }
            case INCBIN:
                return (state == State.INITIAL || state == State.V1) && c == '/' && startsWith(d, p, INCBIN)
                    ? INCBIN.length : 0;
            case WHITESPACE: {
                int q = p;
                while (q < d.length && isSpace(d[q])) {
                    q++;
                }
                return q - p;
            }
            case COMMENT:
                return commentsLength(d, p);
            case LINE_COMMENT:
                return lineCommentsLength(d, p);
            case OPERATOR:
                return operator(d, p) != null ? 2 : 0;
            case CHAR:
                return c == '\n' ? 0 : 1;
            default:
                return 0;
        }
    }

    private static boolean startsWith(byte[] d, int p, byte[] prefix) {
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

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    static boolean isPropNodeChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
            || b == ',' || b == '.' || b == '_' || b == '+' || b == '*' || b == '#' || b == '?' || b == '@'
            || b == '-';
    }

    private static int identifierLength(byte[] d, int p) {
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
    private static int stringLength(byte[] d, int p) {
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
    private static int charLiteralLength(byte[] d, int p) {
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
    private static int literalLength(byte[] d, int p) {
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
    private static int lineMarkerLength(byte[] d, int p) {
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

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static int blanks(byte[] d, int q) {
        while (q < d.length && isBlank(d[q])) {
            q++;
        }
        return q;
    }

    private static int digitsEnd(byte[] d, int q) {
        while (q < d.length && d[q] >= '0' && d[q] <= '9') {
            q++;
        }
        return q;
    }

    /** One or more adjacent C comments. */
    private static int commentsLength(byte[] d, int p) {
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
    private static int lineCommentsLength(byte[] d, int p) {
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

    private static TokenKind operator(byte[] d, int p) {
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

    // ---- actions ------------------------------------------------------------------------------------------

    private Token act(Rule rule, Frame f, byte[] d, int p, int len, SourceSpan span) {
        switch (rule) {
            case INCLUDE: {
                int q = p + INCLUDE.length;
                while (d[q] != '"') {
                    q++;
                }
                String name = new String(d, q + 1, p + len - 1 - (q + 1), StandardCharsets.ISO_8859_1);
                push(f, name);
                return null;
            }
            case LINE_MARKER:
                lineMarker(f, d, p, len, span);
                return null;
            case STRING: {
                ByteData data = new ByteData().addMarker(MarkerKind.TYPE_STRING, null);
                Escapes.decodeInto(d, p + 1, len - 2, '"', data);
                return new Token(TokenKind.STRING, null, 0, data, span);
            }
            case DTS_V1:
                state = State.V1;
                return token(TokenKind.V1, span);
            case PLUGIN:
                return token(TokenKind.PLUGIN, span);
            case MEMRESERVE:
                state = State.V1;
                return token(TokenKind.MEMRESERVE, span);
            case BITS:
                state = State.V1;
                return token(TokenKind.BITS, span);
            case DEL_PROP:
                state = State.PROPNODENAME;
                return token(TokenKind.DEL_PROP, span);
            case DEL_NODE:
                state = State.PROPNODENAME;
                return token(TokenKind.DEL_NODE, span);
            case OMIT_NO_REF:
                state = State.PROPNODENAME;
                return token(TokenKind.OMIT_NO_REF, span);
            case LABEL:
                return new Token(TokenKind.LABEL, text(d, p, len - 1), 0, null, span);
            case LITERAL:
                return new Token(TokenKind.LITERAL, null, literalValue(text(d, p, len), span), null, span);
            case CHAR_LITERAL:
                return new Token(TokenKind.CHAR_LITERAL, null, charLiteralValue(d, p, len, span), null, span);
            case LABEL_REF:
                return new Token(TokenKind.LABEL_REF, text(d, p + 1, len - 1), 0, null, span);
            case PATH_REF:
                return new Token(TokenKind.PATH_REF, text(d, p + 2, len - 3), 0, null, span);
            case BYTE:
                return new Token(TokenKind.BYTE, null, Integer.parseInt(text(d, p, 2), 16), null, span);
            case BYTE_END:
                state = State.V1;
                return new Token(TokenKind.CHAR, null, ']', null, span);
            case PROPNODENAME: {
                state = State.V1;
                int skip = d[p] == '\\' ? 1 : 0;
                return new Token(TokenKind.PROPNODENAME, text(d, p + skip, len - skip), 0, null, span);
            }
            case INCBIN:
                return token(TokenKind.INCBIN, span);
            case WHITESPACE: case COMMENT: case LINE_COMMENT:
                return null;
            case OPERATOR:
                return token(operator(d, p), span);
            case CHAR:
            default: {
                int c = d[p] & 0xff;
                if (c == '[') {
                    state = State.BYTESTRING;
                }
                if (c == '{' || c == ';') {
                    state = State.PROPNODENAME;
                }
                return new Token(TokenKind.CHAR, null, c, null, span);
            }
        }
    }

    private static Token token(TokenKind kind, SourceSpan span) {
        return new Token(kind, null, 0, null, span);
    }

    private static String text(byte[] d, int p, int len) {
        return new String(d, p, len, StandardCharsets.ISO_8859_1);
    }

    private void push(Frame current, String name) {
        if (stack.size() >= MAX_INCLUDE_DEPTH) {
            throw new FatalError("Includes nested too deeply");
        }
        IncludePath.Found found = includePath.open(current.directory, name);
        stack.push(new Frame(found.content(), found.name()));
    }

    private void lineMarker(Frame f, byte[] d, int p, int len, SourceSpan span) {
        int q = p;
        while (!(d[q] >= '0' && d[q] <= '9')) {
            q++;
        }
        long line = 0;
        while (d[q] >= '0' && d[q] <= '9') {
            line = Math.min(Integer.MAX_VALUE, line * 10 + (d[q] - '0'));
            q++;
        }
        int fnStart = p;
        while (d[fnStart] != '"') {
            fnStart++;
        }
        int fnEnd = p + len - 1;
        while (d[fnEnd] != '"') {
            fnEnd--;
        }
        ByteData fn = new ByteData();
        Escapes.decodeInto(d, fnStart + 1, fnEnd - fnStart - 1, '"', fn);
        byte[] name = fn.toArray();
        int nul = 0;
        while (name[nul] != 0) {
            nul++;
        }
        if (nul < name.length - 1) {
            errors.lexical(span, "nul in line number directive");
        }
        f.name = new String(name, 0, nul, StandardCharsets.ISO_8859_1);
        f.line = (int) line - 1;
    }

    private long literalValue(String text, SourceSpan span) {
        int base = 10;
        int start = 0;
        if (text.length() > 1 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            base = 16;
            start = 2;
        } else if (text.charAt(0) == '0') {
            base = 8;
        }
        int end = start;
        while (end < text.length() && Character.digit(text.charAt(end), base) >= 0) {
            end++;
        }
        for (int i = end; i < text.length(); i++) {
            if (text.charAt(i) != 'U' && text.charAt(i) != 'L') {
                errors.lexical(span, "Bad integer literal '" + text + "'");
                break;
            }
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = Character.digit(text.charAt(i), base);
            long max = Long.divideUnsigned(-1L - digit, base);
            if (Long.compareUnsigned(value, max) > 0) {
                errors.lexical(span, "Integer literal '" + text + "' out of range");
                return -1L;
            }
            value = value * base + digit;
        }
        return value;
    }

    private long charLiteralValue(byte[] d, int p, int len, SourceSpan span) {
        ByteData data = new ByteData();
        Escapes.decodeInto(d, p + 1, len - 2, '\'', data);
        if (data.length() == 1) {
            errors.lexical(span, "Empty character literal");
            return 0;
        }
        if (data.length() > 2) {
            errors.lexical(span, "Character literal has " + (data.length() - 1) + " characters instead of 1");
        }
        return data.byteAt(0) & 0xff;
    }
}

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
    static final byte[] INCLUDE = bytes("/include/");
    static final byte[] INCBIN = bytes("/incbin/");

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
            case PROPNODENAME -> c == '\\' || LexerPatterns.isPropNodeChar((byte) c);
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
                if (c != '/' || !LexerPatterns.startsWith(d, p, INCLUDE)) {
                    return 0;
                }
                int q = p + INCLUDE.length;
                while (q < d.length && LexerPatterns.isSpace(d[q])) {
                    q++;
                }
                int s = LexerPatterns.stringLength(d, q);
                return s == 0 ? 0 : q + s - p;
            }
            case LINE_MARKER:
                return c == '#' && (p == 0 || d[p - 1] == '\n') ? LexerPatterns.lineMarkerLength(d, p) : 0;
            case STRING:
                return LexerPatterns.stringLength(d, p);
            case DTS_V1: case PLUGIN: case MEMRESERVE: case BITS: case DEL_PROP: case DEL_NODE: case OMIT_NO_REF: {
                byte[] kw = KEYWORDS[r.ordinal() - Rule.DTS_V1.ordinal()];
                return c == '/' && LexerPatterns.startsWith(d, p, kw) ? kw.length : 0;
            }
            case LABEL: {
                int n = LexerPatterns.identifierLength(d, p);
                return n > 0 && p + n < d.length && d[p + n] == ':' ? n + 1 : 0;
            }
            case LITERAL:
                return state == State.V1 ? LexerPatterns.literalLength(d, p) : 0;
            case CHAR_LITERAL:
                return c == '\'' ? LexerPatterns.charLiteralLength(d, p) : 0;
            case LABEL_REF: {
                if (c != '&') {
                    return 0;
                }
                int n = LexerPatterns.identifierLength(d, p + 1);
                return n > 0 ? n + 1 : 0;
            }
            case PATH_REF: {
                if (c != '&' || p + 2 >= d.length || d[p + 1] != '{' || d[p + 2] != '/') {
                    return 0;
                }
                int q = p + 3;
                while (q < d.length && (LexerPatterns.isPropNodeChar(d[q]) || d[q] == '/')) {
                    q++;
                }
                return q < d.length && d[q] == '}' ? q + 1 - p : 0;
            }
            case BYTE:
                return state == State.BYTESTRING && p + 1 < d.length && LexerPatterns.isHex(d[p]) && LexerPatterns.isHex(d[p + 1]) ? 2 : 0;
            case BYTE_END:
                return state == State.BYTESTRING && c == ']' ? 1 : 0;
            case PROPNODENAME: {
                if (state != State.PROPNODENAME) {
                    return 0;
                }
                int q = c == '\\' ? p + 1 : p;
                int start = q;
                while (q < d.length && LexerPatterns.isPropNodeChar(d[q])) {
                    q++;
                }
                return q > start ? q - p : 0;
            }
            case INCBIN:
                return (state == State.INITIAL || state == State.V1) && c == '/' && LexerPatterns.startsWith(d, p, INCBIN)
                    ? INCBIN.length : 0;
            case WHITESPACE: {
                int q = p;
                while (q < d.length && LexerPatterns.isSpace(d[q])) {
                    q++;
                }
                return q - p;
            }
            case COMMENT:
                return LexerPatterns.commentsLength(d, p);
            case LINE_COMMENT:
                return LexerPatterns.lineCommentsLength(d, p);
            case OPERATOR:
                return LexerPatterns.operator(d, p) != null ? 2 : 0;
            case CHAR:
                return c == '\n' ? 0 : 1;
            default:
                return 0;
        }
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
                // dtc's yylloc names its file through the file state the marker just renamed.
                lastSpan = new SourceSpan(f.name, span.firstLine(), span.firstColumn(), span.lastLine(), span.lastColumn());
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
                return token(LexerPatterns.operator(d, p), span);
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

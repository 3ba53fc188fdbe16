package dev.mpuworkbench.devicetree.cpp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into preprocessing tokens the way GNU cpp does with {@code -x assembler-with-cpp}: comments
 * become white space, backslash-newline joins lines, a quote without its closing quote on the same line is just
 * a character, and every logical line ends with a NEWLINE token.
 */
final class CppLexer {
    private static final String[] PUNCTUATORS = {
        "%:%:", "...", "<<=", ">>=", "##", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=",
        "/=", "%=", "+=", "-=", "&=", "^=", "|=", "<:", ":>", "<%", "%>", "%:",
    };

    private final String text;
    private final String file;
    private int pos;
    private int line = 1;
    private int column = 1;

    private CppLexer(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /** Tokenizes a whole file. */
    static List<CppToken> tokenize(String text, String file) {
        return new CppLexer(text, file).run();
    }

    private char peek(int ahead) {
        int p = pos;
        for (int i = 0; ; ) {
            p = skipSplices(p);
            if (p >= text.length()) {
                return '\0';
            }
            if (i == ahead) {
                return text.charAt(p);
            }
            p++;
            i++;
        }
    }

    private int skipSplices(int p) {
        while (p + 1 < text.length() && text.charAt(p) == '\\'
            && (text.charAt(p + 1) == '\n' || (text.charAt(p + 1) == '\r' && p + 2 < text.length()
            && text.charAt(p + 2) == '\n'))) {
            p += text.charAt(p + 1) == '\r' ? 3 : 2;
        }
        return p;
    }

    private boolean atEnd() {
        return skipSplices(pos) >= text.length();
    }

    /** Consumes one character (after any splices), keeping the physical line and column. */
    private char take() {
        passSplices();
        char c = text.charAt(pos++);
        stepOver(c);
        return c;
    }

    private List<CppToken> run() {
        List<CppToken> out = new ArrayList<>();
        boolean space = false;
        while (true) {
            if (atEnd()) {
                if (!out.isEmpty() && out.get(out.size() - 1).kind != CppToken.Kind.NEWLINE) {
                    out.add(new CppToken(CppToken.Kind.NEWLINE, "\n", file, line, column, pos, pos, false));
                }
                out.add(new CppToken(CppToken.Kind.EOF, "", file, line, column, pos, pos, false));
                return out;
            }
            passSplices();
            char c = peek(0);
            if (c == '\n') {
                int l = line;
                int col = column;
                int start = pos;
                take();
                out.add(new CppToken(CppToken.Kind.NEWLINE, "\n", file, l, col, start, pos, false));
                space = false;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                take();
                space = true;
                continue;
            }
            if (c == '/' && peek(1) == '*') {
                int l = line;
                int col = column;
                take();
                take();
                while (true) {
                    if (atEnd()) {
                        throw CppException.at(file, l, col, "unterminated comment");
                    }
                    if (peek(0) == '*' && peek(1) == '/') {
                        take();
                        take();
                        break;
                    }
                    take();
                }
                space = true;
                continue;
            }
            if (c == '/' && peek(1) == '/') {
                while (!atEnd() && peek(0) != '\n') {
                    take();
                }
                space = true;
                continue;
            }
            out.add(token(space));
            space = false;
        }
    }

    /** Steps over backslash-newlines so that a token's position is where its first character is. */
    private void passSplices() {
        int p = skipSplices(pos);
        while (pos < p) stepOver(text.charAt(pos++));
    }

    /** Moves the physical line and column past {@code c}. */
    private void stepOver(char c) {
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private CppToken token(boolean space) {
        passSplices();
        int l = line;
        int col = column;
        int start = pos;
        StringBuilder sb = new StringBuilder();
        char c = peek(0);
        CppToken.Kind kind;
        if (isIdentStart(c)) {
            while (isIdentPart(peek(0))) {
                sb.append(take());
            }
            kind = CppToken.Kind.IDENTIFIER;
        } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            sb.append(take());
            while (true) {
                char d = peek(0);
                char prev = sb.charAt(sb.length() - 1);
                if ((d == '+' || d == '-') && (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P')) {
                    sb.append(take());
                } else if (isIdentPart(d) || d == '.') {
                    sb.append(take());
                } else {
                    break;
                }
            }
            kind = CppToken.Kind.NUMBER;
        } else if (c == '"' || c == '\'') {
            int close = closingQuote(c);
            if (close < 0) {
                // As GNU cpp in assembler mode: an unterminated quote takes the rest of the line as one token.
                while (!atEnd() && peek(0) != '\n') {
                    sb.append(take());
                }
                kind = CppToken.Kind.OTHER;
            } else {
                while (pos < close) {
                    sb.append(take());
                }
                kind = c == '"' ? CppToken.Kind.STRING : CppToken.Kind.CHAR;
            }
        } else {
            String punct = null;
            for (String p : PUNCTUATORS) {
                boolean match = true;
                for (int i = 0; i < p.length() && match; i++) {
                    match = peek(i) == p.charAt(i);
                }
                if (match) {
                    punct = p;
                    break;
                }
            }
            if (punct != null) {
                for (int i = 0; i < punct.length(); i++) {
                    sb.append(take());
                }
            } else {
                sb.append(take());
            }
            kind = "()[]{}.,;:?~!+-*/%^&|<>=#".indexOf(sb.charAt(0)) >= 0 || punct != null
                ? CppToken.Kind.PUNCTUATOR : CppToken.Kind.OTHER;
        }
        return new CppToken(kind, sb.toString(), file, l, col, start, pos, space);
    }

    /** The offset just past the closing quote on the same logical line, or -1. */
    private int closingQuote(char quote) {
        int p = skipSplices(pos) + 1;
        while (true) {
            p = skipSplices(p);
            if (p >= text.length() || text.charAt(p) == '\n') {
                return -1;
            }
            char c = text.charAt(p);
            if (c == quote) {
                return p + 1;
            }
            if (c == '\\') {
                p = skipSplices(p + 1);
                if (p >= text.length() || text.charAt(p) == '\n') {
                    return -1;
                }
            }
            p++;
        }
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }
}

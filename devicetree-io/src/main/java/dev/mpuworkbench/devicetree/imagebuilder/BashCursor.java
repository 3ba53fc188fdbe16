package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Arrays;

/** A position in the text of a bash fragment, with line and column lookup and the errors it raises. */
final class BashCursor {
    /** A syntax error at an offset; the parser records it and skips to the next line. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        Failure(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    final String text;
    int pos;
    private final int[] lineStarts;

    BashCursor(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The character at {@code pos + ahead}, or NUL past the end. */
    char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    char peek() {
        return peek(0);
    }

    boolean continuationHere() {
        return peek() == '\\' && peek(1) == '\n';
    }

    /** Skips spaces, tabs and backslash-newline continuations. */
    void skipBlanks() {
        while (!atEnd()) {
            if (peek() == ' ' || peek() == '\t' || peek() == '\r') {
                pos++;
            } else if (continuationHere()) {
                pos += 2;
            } else {
                return;
            }
        }
    }

    void skipComment() {
        while (!atEnd() && peek() != '\n') pos++;
    }

    /** Moves past the next newline (error recovery). */
    void skipLine() {
        skipComment();
        if (!atEnd()) pos++;
    }

    static boolean nameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean namePart(char c) {
        return nameStart(c) || (c >= '0' && c <= '9');
    }

    /** Reads {@code [A-Za-z_][A-Za-z0-9_]*}, or returns "" when none starts here. */
    String readName() {
        if (!nameStart(peek())) return "";
        int start = pos;
        while (namePart(peek())) pos++;
        return text.substring(start, pos);
    }

    SourcePosition position(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    Failure fail(int offset, String message) {
        return new Failure(offset, message);
    }

    static String describe(char c) {
        return switch (c) {
            case '\0' -> "the end of the file";
            case '\n' -> "the end of the line";
            case '\'' -> "\"'\"";
            default -> "'" + c + "'";
        };
    }
}

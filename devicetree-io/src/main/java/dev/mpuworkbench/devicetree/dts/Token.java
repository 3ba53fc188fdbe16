package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.SourceSpan;

/**
 * One token: its kind, text (names, labels, references), integer value (literals, bytes, characters), decoded
 * string data (strings) and source span.
 */
record Token(TokenKind kind, String text, long value, ByteData data, SourceSpan span) {

    boolean isChar(char c) {
        return kind == TokenKind.CHAR && value == c;
    }
}

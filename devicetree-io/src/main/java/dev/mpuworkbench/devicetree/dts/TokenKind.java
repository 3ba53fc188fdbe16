package dev.mpuworkbench.devicetree.dts;

/** The tokens of dtc's grammar ({@code dtc-parser.y}); {@link #CHAR} carries any other single character. */
enum TokenKind {
    V1, PLUGIN, MEMRESERVE, BITS, DEL_PROP, DEL_NODE, OMIT_NO_REF,
    PROPNODENAME, LITERAL, CHAR_LITERAL, BYTE, STRING, LABEL, LABEL_REF, PATH_REF, INCBIN,
    LSHIFT, RSHIFT, LE, GE, EQ, NE, AND, OR,
    CHAR, EOF
}

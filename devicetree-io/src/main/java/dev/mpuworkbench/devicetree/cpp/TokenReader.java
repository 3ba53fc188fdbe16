package dev.mpuworkbench.devicetree.cpp;

/** Where the macro expander takes its tokens from, with the ability to go back to a saved point. */
interface TokenReader {
    /** The next token; NEWLINE at the end of a line, EOF at the end of the input. */
    CppToken next();

    /** A point to return to with {@link #restore}. */
    Object mark();

    void restore(Object mark);

    /** Puts tokens back in front of the input, to be read (and rescanned) next. */
    void pushFront(java.util.List<CppToken> tokens);

    /** Whether argument collection may continue past a NEWLINE (not in directives, not before a directive). */
    boolean mayCrossLine();
}

package dev.mpuworkbench.devicetree.cpp;

import java.util.Set;

/**
 * A preprocessing token with where it came from (file, line, column, offsets in the file), whether white space
 * preceded it, and the names of the macros that must not expand it again (its "hide set").
 */
final class CppToken {
    enum Kind { IDENTIFIER, NUMBER, STRING, CHAR, PUNCTUATOR, OTHER, NEWLINE, EOF, PLACEMARKER }

    final Kind kind;
    final String text;
    final String file;
    final int line;
    final int column;
    final int start;
    final int end;
    boolean spaceBefore;
    /** Starts or ends a macro expansion or a substituted argument: where GNU cpp puts padding (paste avoidance). */
    boolean paddingBefore;
    boolean paddingAfter;
    Set<String> hideSet = Set.of();

    CppToken(Kind kind, String text, String file, int line, int column, int start, int end, boolean spaceBefore) {
        this.kind = kind;
        this.text = text;
        this.file = file;
        this.line = line;
        this.column = column;
        this.start = start;
        this.end = end;
        this.spaceBefore = spaceBefore;
    }

    /** A copy placed at another token's position (macro expansion output appears where the macro was used). */
    CppToken copyAt(CppToken where, boolean space, Set<String> hide) {
        CppToken t = new CppToken(kind, text, where.file, where.line, where.column, where.start, where.end, space);
        t.hideSet = hide;
        return t;
    }

    CppToken withText(Kind newKind, String newText) {
        CppToken t = new CppToken(newKind, newText, file, line, column, start, end, spaceBefore);
        t.hideSet = hideSet;
        t.paddingBefore = paddingBefore;
        t.paddingAfter = paddingAfter;
        return t;
    }

    boolean is(String s) {
        return (kind == Kind.PUNCTUATOR || kind == Kind.IDENTIFIER || kind == Kind.OTHER) && text.equals(s);
    }

    @Override
    public String toString() {
        return text;
    }
}

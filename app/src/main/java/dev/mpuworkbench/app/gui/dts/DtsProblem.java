package dev.mpuworkbench.app.gui.dts;

import java.util.Objects;

/**
 * Something wrong with the edited device tree source, at a place when one is known: lines and columns count
 * from 1 and {@code endColumn} is one past the last character (dtc's convention); line 0 means no place.
 */
public record DtsProblem(int line, int column, int endLine, int endColumn, String message) {
    public DtsProblem {
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position");
        if (endLine < line) endLine = line;
        if (endLine == line && endColumn < column) endColumn = column;
    }

    /** A problem with no place in the text. */
    public static DtsProblem unplaced(String message) {
        return new DtsProblem(0, 0, 0, 0, message);
    }

    public boolean hasPlace() {
        return line > 0;
    }

    /** {@code line:col: message}, or the message alone when there is no place. */
    @Override
    public String toString() {
        return hasPlace() ? line + ":" + column + ": " + message : message;
    }
}

package dev.mpuworkbench.devicetree.export;

import java.util.Objects;

/**
 * Something wrong at a place in a text input.
 *
 * @param column 1-based column, or 0 when only the line is known
 */
public record InputProblem(String file, int line, int column, String message) {
    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:col: message}, or {@code file:line: message} without a column. */
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}

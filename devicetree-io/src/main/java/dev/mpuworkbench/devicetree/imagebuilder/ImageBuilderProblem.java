package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Objects;

/** An error or warning at a place in an ImageBuilder config; prints as {@code file:line:col: message}. */
public record ImageBuilderProblem(String file, SourcePosition position, String message) {
    public ImageBuilderProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + position + ": " + message;
    }
}

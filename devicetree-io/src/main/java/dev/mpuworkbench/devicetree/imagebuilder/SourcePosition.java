package dev.mpuworkbench.devicetree.imagebuilder;

/** A 1-based line and column in a config file. */
public record SourcePosition(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

package dev.mpuworkbench.devicetree.tree;

/**
 * Where a piece of device tree source came from, with dtc's conventions: lines and columns count from 1 and
 * {@code lastColumn} is one past the last character.
 */
public record SourceSpan(String file, int firstLine, int firstColumn, int lastLine, int lastColumn) {

    /** A span from the start of {@code first} to the end of {@code last}, named after {@code last}'s file. */
    public static SourceSpan between(SourceSpan first, SourceSpan last) {
        return new SourceSpan(last.file, first.firstLine, first.firstColumn, last.lastLine, last.lastColumn);
    }

    /** dtc's {@code srcpos_string}: {@code file:line.col-col} or {@code file:line.col-line.col}. */
    @Override
    public String toString() {
        String name = file == null ? "<no-file>" : file;
        if (firstLine != lastLine) {
            return name + ":" + firstLine + "." + firstColumn + "-" + lastLine + "." + lastColumn;
        }
        if (firstColumn != lastColumn) {
            return name + ":" + firstLine + "." + firstColumn + "-" + lastColumn;
        }
        return name + ":" + firstLine + "." + firstColumn;
    }
}

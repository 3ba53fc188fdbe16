package dev.mpuworkbench.icons;

/** Which background an icon set is drawn for. */
public enum IconTheme {
    /** Dark outlines and pale surfaces, as the SVG sources are drawn. */
    LIGHT("png"),
    /** The same icons with light outlines and dark surfaces (render.sh swaps those palette colours). */
    DARK("png-dark");

    private final String folder;

    IconTheme(String folder) {
        this.folder = folder;
    }

    /** The resource folder of this set, below {@code dev/mpuworkbench/icons/}. */
    public String folder() {
        return folder;
    }
}

package dev.mpuworkbench.devicetree.dtb;

/**
 * Extra space options of {@code dtc}: {@code -R} empty reservation slots, {@code -S} minimum total size,
 * {@code -p} padding bytes, {@code -a} total size alignment (a power of two). Zero means unused.
 */
public record DtbLayout(int extraReservations, int minimumSize, int padding, int alignment) {
    public static final DtbLayout DEFAULT = new DtbLayout(0, 0, 0, 0);

    public DtbLayout {
        if (extraReservations < 0 || minimumSize < 0 || padding < 0 || alignment < 0) {
            throw new IllegalArgumentException("DTB layout values cannot be negative");
        }
        if (alignment != 0 && Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("Invalid alignment value " + alignment + " (must be a power of two)");
        }
        if (minimumSize != 0 && padding != 0) {
            throw new IllegalArgumentException("Can't set both -p and -S");
        }
    }
}

package dev.mpuworkbench.devicetree.tree;

/**
 * A note attached to a byte offset of a property value: a reference, a label or the way the following bytes
 * were written. {@code ref} is the label or path for references and labels, else null.
 */
public record Marker(MarkerKind kind, int offset, String ref) {

    public Marker {
        if (kind == null) {
            throw new IllegalArgumentException("marker kind is required");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("negative marker offset " + offset);
        }
    }

    public Marker movedBy(int delta) {
        return delta == 0 ? this : new Marker(kind, offset + delta, ref);
    }
}

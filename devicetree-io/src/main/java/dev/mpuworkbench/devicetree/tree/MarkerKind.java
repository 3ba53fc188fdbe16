package dev.mpuworkbench.devicetree.tree;

/** What a {@link Marker} inside a property value records (dtc's {@code enum markertype}). */
public enum MarkerKind {
    /** A phandle reference: 4 bytes at the offset are the phandle of the node named by the marker's ref. */
    REF_PHANDLE,
    /** A path reference: the full path of the referenced node is inserted at the offset. */
    REF_PATH,
    /** A label inside the value. */
    LABEL,
    /** From the offset on, the value was written as a byte string {@code [..]}. */
    TYPE_UINT8,
    /** From the offset on, the value was written as {@code /bits/ 16 <..>}. */
    TYPE_UINT16,
    /** From the offset on, the value was written as cells {@code <..>}. */
    TYPE_UINT32,
    /** From the offset on, the value was written as {@code /bits/ 64 <..>}. */
    TYPE_UINT64,
    /** From the offset on, the value was written as a string. */
    TYPE_STRING;

    /** True for the markers that say how the value was written. */
    public boolean isType() {
        return ordinal() >= TYPE_UINT8.ordinal();
    }
}

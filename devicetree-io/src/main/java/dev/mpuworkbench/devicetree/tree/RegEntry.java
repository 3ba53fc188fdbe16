package dev.mpuworkbench.devicetree.tree;

/** One (address, size) pair of a {@code reg} property, decoded with the parent's cell counts. */
public record RegEntry(long address, long size) {

    /** Address one past the end, wrapping like unsigned 64-bit arithmetic. */
    public long end() {
        return address + size;
    }
}

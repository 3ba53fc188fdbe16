package dev.mpuworkbench.devicetree.tree;

import java.util.List;

/** One {@code /memreserve/} entry: a physical range the OS must not use, with its source labels. */
public record MemoryReservation(long address, long size, List<String> labels) {

    public MemoryReservation {
        labels = List.copyOf(labels);
    }

    public MemoryReservation(long address, long size) {
        this(address, size, List.of());
    }
}

package dev.mpuworkbench.core.model;

import java.util.Objects;

/**
 * Memory nobody in the design may use: a {@code /reserved-memory} child or a {@code /memreserve/} entry.
 *
 * @param source where it comes from, so messages can say which kind of reservation is hit
 */
public record ReservedRange(String name, AddressRange range, Source source) {
    public enum Source { RESERVED_MEMORY_NODE, MEMRESERVE }

    public ReservedRange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
    }
}

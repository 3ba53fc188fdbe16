package dev.mpuworkbench.core.model;

import java.util.Objects;

/** A bank of RAM as the board's {@code /memory} nodes list it. */
public record MemoryBank(String name, AddressRange range) {
    public MemoryBank {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
    }
}

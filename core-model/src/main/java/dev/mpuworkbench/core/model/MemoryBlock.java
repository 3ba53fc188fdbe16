package dev.mpuworkbench.core.model;

import java.util.Objects;

/**
 * One placed thing of a design at its address.
 *
 * @param owner {@code xen}, a domain name, or {@code board} for devices nobody is assigned
 */
public record MemoryBlock(SubjectPath subject, String label, BlockClass blockClass, AddressRange range,
                          String owner) {
    public MemoryBlock {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(blockClass, "blockClass");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(owner, "owner");
    }
}

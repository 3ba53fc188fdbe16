package dev.mpuworkbench.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A memory-mapped device of the board.
 *
 * @param name       node name in the board tree, unique on the board (e.g. {@code uart@9c090000})
 * @param compatible first compatible string, or empty
 * @param kind       what the rules treat it as
 * @param mmio       its register windows, translated to CPU physical addresses
 * @param memoryType the attributes it must be mapped with
 * @param interrupts SPI/PPI numbers as the tree lists them (may be empty)
 */
public record Device(String name, String compatible, DeviceKind kind, List<AddressRange> mmio,
                     MemoryType memoryType, List<Integer> interrupts) {
    public Device {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(compatible, "compatible");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(memoryType, "memoryType");
        mmio = List.copyOf(mmio);
        interrupts = List.copyOf(interrupts);
    }
}

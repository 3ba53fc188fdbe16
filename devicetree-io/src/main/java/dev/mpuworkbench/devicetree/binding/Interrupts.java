package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node's {@code interrupts} as specifiers of the GIC they end up at: through {@code interrupt-parent} (or the
 * tree parent) and, for a nexus such as a Versatile Express motherboard bus, through its {@code interrupt-map}.
 */
final class Interrupts {
    /** One specifier at a GIC: its cells (type, number, flags, ...). */
    record GicSpecifier(long[] cells) {
        long type() {
            return cells[0];
        }

        long number() {
            return cells[1];
        }
    }

    private static final int MAX_MAP_HOPS = 8;

    private final References references;

    Interrupts(References references) {
        this.references = references;
    }

    /** The specifiers, or empty when they do not lead to a GIC with at least 2 cells per specifier. */
    Optional<List<GicSpecifier>> of(Node node, Property interrupts) {
        Optional<Node> controller = references.interruptParent(node);
        if (controller.isEmpty()) return Optional.empty();
        long cells = controller.get().u32("#interrupt-cells").orElse(0);
        if (cells < 1 || interrupts.length() % (cells * 4) != 0) return Optional.empty();
        long[] raw = interrupts.cells();
        long[] unit = unitAddress(node, controller.get());
        List<GicSpecifier> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i += (int) cells) {
            long[] spec = java.util.Arrays.copyOfRange(raw, i, i + (int) cells);
            Optional<GicSpecifier> s = toGic(controller.get(), unit, spec);
            if (s.isEmpty()) return Optional.empty();
            out.add(s.get());
        }
        return Optional.of(out);
    }

    private Optional<GicSpecifier> toGic(Node controller, long[] unit, long[] spec) {
        Node current = controller;
        long[] address = unit;
        long[] specifier = spec;
        for (int hop = 0; hop < MAX_MAP_HOPS; hop++) {
            if (DeviceKinds.isGic(current.strings("compatible"))) {
                return specifier.length >= 2 ? Optional.of(new GicSpecifier(specifier)) : Optional.empty();
            }
            Property map = current.propertyOrNull("interrupt-map");
            if (map == null) return Optional.empty();
            Optional<Mapped> next = lookUp(current, map, address, specifier);
            if (next.isEmpty()) return Optional.empty();
            current = next.get().parent();
            address = next.get().address();
            specifier = next.get().specifier();
        }
        return Optional.empty();
    }

    private record Mapped(Node parent, long[] address, long[] specifier) {
    }

    /** The {@code interrupt-map} entry that matches (address, specifier) under {@code interrupt-map-mask}. */
    private Optional<Mapped> lookUp(Node nexus, Property map, long[] address, long[] specifier) {
        int addressCells = (int) nexus.u32("#address-cells").orElse(0);
        int specCells = specifier.length;
        long[] child = new long[addressCells + specCells];
        for (int i = 0; i < addressCells; i++) child[i] = i < address.length ? address[i] : 0;
        System.arraycopy(specifier, 0, child, addressCells, specCells);
        long[] mask = nexus.cells("interrupt-map-mask");
        long[] entries = map.cells();
        int at = 0;
        while (at + child.length < entries.length) {
            boolean match = true;
            for (int i = 0; i < child.length; i++) {
                long m = i < mask.length ? mask[i] : 0xffffffffL;
                if (((entries[at + i] ^ child[i]) & m) != 0) match = false;
            }
            int phandleAt = at + child.length;
            Optional<Node> parent = references.phandle(map, phandleAt);
            if (parent.isEmpty()) return Optional.empty();
            int parentAddress = (int) parent.get().u32("#address-cells").orElse(0);
            int parentSpec = (int) parent.get().u32("#interrupt-cells").orElse(0);
            int end = phandleAt + 1 + parentAddress + parentSpec;
            if (parentSpec == 0 || end > entries.length) return Optional.empty();
            if (match) {
                long[] a = java.util.Arrays.copyOfRange(entries, phandleAt + 1, phandleAt + 1 + parentAddress);
                long[] s = java.util.Arrays.copyOfRange(entries, phandleAt + 1 + parentAddress, end);
                return Optional.of(new Mapped(parent.get(), a, s));
            }
            at = end;
        }
        return Optional.empty();
    }

    /** The first address of the node's {@code reg}, in the cells of the nexus (zero-padded at the front). */
    private static long[] unitAddress(Node node, Node nexus) {
        Property reg = node.propertyOrNull("reg");
        int wanted = (int) nexus.u32("#address-cells").orElse(0);
        long[] out = new long[wanted];
        if (reg == null || node.parent() == null) return out;
        int own = node.parent().addressCells();
        for (int i = 0; i < Math.min(own, wanted) && i < reg.cellCount(); i++) {
            out[wanted - Math.min(own, wanted) + i] = reg.cell(own - Math.min(own, wanted) + i);
        }
        return out;
    }
}

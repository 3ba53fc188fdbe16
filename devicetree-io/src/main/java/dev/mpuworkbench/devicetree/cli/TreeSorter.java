package dev.mpuworkbench.devicetree.cli;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.Comparator;

/** dtc's {@code -s}: reservations by address then size, properties and children by name (byte order). */
final class TreeSorter {
    private TreeSorter() {
    }

    static void sort(DeviceTree tree) {
        tree.sortReservations(Comparator.comparing(MemoryReservation::address, Long::compareUnsigned)
            .thenComparing(MemoryReservation::size, Long::compareUnsigned));
        sort(tree.root());
    }

    private static void sort(Node node) {
        node.sortProperties(Comparator.comparing(p -> p.name()));
        node.sortChildren(Comparator.comparing(Node::name));
        for (Node c : node.children()) {
            sort(c);
        }
    }
}

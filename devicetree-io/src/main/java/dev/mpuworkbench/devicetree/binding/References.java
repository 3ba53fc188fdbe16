package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.Optional;

/**
 * Follows phandle and path references whether or not they have been fixed up: a tree straight from the DTS
 * parser still holds them as markers ({@code <&gic>}, {@code serial0 = &uart0;}), a DTB holds the numbers
 * and path strings.
 */
final class References {
    private static final int MAX_INTERRUPT_HOPS = 64;

    private References() {
    }

    /** The node a one-cell phandle at {@code cellIndex} of {@code property} refers to. */
    static Optional<Node> phandle(DeviceTree tree, Property property, int cellIndex) {
        for (Marker m : property.markers()) {
            if (m.kind() == MarkerKind.REF_PHANDLE && m.offset() == cellIndex * 4) return byRef(tree, m.ref());
        }
        if (property.cellCount() <= cellIndex) return Optional.empty();
        return tree.nodeByPhandle(property.cell(cellIndex));
    }

    /** The node an alias names ({@code /aliases/<alias>}). */
    static Optional<Node> alias(DeviceTree tree, String alias) {
        return tree.node("/aliases").flatMap(a -> pathProperty(tree, a, alias));
    }

    /**
     * The node a path-valued property names: a path reference ({@code = &uart0;}) or a path string. For
     * {@code stdout-path} the text may also be an alias and carry {@code :options}.
     */
    static Optional<Node> pathProperty(DeviceTree tree, Node node, String propertyName) {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) return Optional.empty();
        for (Marker m : p.markers()) {
            if (m.kind() == MarkerKind.REF_PATH && m.offset() == 0) return byRef(tree, m.ref());
        }
        String text = p.string();
        int colon = text.indexOf(':');
        if (colon >= 0) text = text.substring(0, colon);
        if (text.startsWith("/")) return tree.node(text);
        return node.name().equals("aliases") ? Optional.empty() : pathOrAlias(tree, text);
    }

    /** A path, or an alias with an optional "/rest", as {@code stdout-path} holds (options already cut off). */
    static Optional<Node> pathOrAlias(DeviceTree tree, String text) {
        if (text.startsWith("/")) return tree.node(text);
        int slash = text.indexOf('/');
        Optional<Node> aliased = alias(tree, slash < 0 ? text : text.substring(0, slash));
        if (aliased.isEmpty() || slash < 0) return aliased;
        return aliased.get().find(text.substring(slash + 1));
    }

    /**
     * The interrupt controller a node's {@code interrupts} refer to: follow {@code interrupt-parent}, else the
     * tree parent, until a node with {@code #interrupt-cells}.
     */
    static Optional<Node> interruptParent(DeviceTree tree, Node node) {
        Node current = node;
        for (int hop = 0; hop < MAX_INTERRUPT_HOPS; hop++) {
            Property ip = current.propertyOrNull("interrupt-parent");
            Optional<Node> next = ip != null ? phandle(tree, ip, 0) : Optional.ofNullable(current.parent());
            if (next.isEmpty()) return Optional.empty();
            current = next.get();
            if (current.hasProperty("#interrupt-cells")) return Optional.of(current);
        }
        return Optional.empty();
    }

    private static Optional<Node> byRef(DeviceTree tree, String ref) {
        if (ref == null) return Optional.empty();
        return ref.startsWith("/") ? tree.node(ref) : tree.nodeByLabel(ref);
    }
}

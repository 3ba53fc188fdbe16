package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Follows phandle and path references whether or not they have been fixed up: a tree straight from the DTS
 * parser still holds them as markers ({@code <&gic>}, {@code serial0 = &uart0;}), a DTB holds the numbers
 * and path strings.
 */
final class References {
    private static final int MAX_INTERRUPT_HOPS = 64;

    private final DeviceTree tree;
    private Map<Long, Node> byPhandle;

    References(DeviceTree tree) {
        this.tree = tree;
    }

    /** The node with a phandle, from an index built on first use (the tree is not changed while importing). */
    private Optional<Node> nodeByPhandle(long phandle) {
        if (byPhandle == null) {
            byPhandle = new HashMap<>();
            tree.forEachNode(n -> DeviceTree.phandleOf(n).ifPresent(p -> byPhandle.putIfAbsent(p, n)));
        }
        return Optional.ofNullable(byPhandle.get(phandle));
    }

    /** The node a one-cell phandle at {@code cellIndex} of {@code property} refers to. */
    Optional<Node> phandle(Property property, int cellIndex) {
        for (Marker m : property.markers()) {
            if (m.kind() == MarkerKind.REF_PHANDLE && m.offset() == cellIndex * 4) return byRef(m.ref());
        }
        if (property.cellCount() <= cellIndex) return Optional.empty();
        return nodeByPhandle(property.cell(cellIndex));
    }

    /** The node an alias names ({@code /aliases/<alias>}). */
    Optional<Node> alias(String alias) {
        return tree.node("/aliases").flatMap(a -> pathProperty(a, alias));
    }

    /**
     * The node a path-valued property names: a path reference ({@code = &uart0;}) or a path string. For
     * {@code stdout-path} the text may also be an alias and carry {@code :options}.
     */
    Optional<Node> pathProperty(Node node, String propertyName) {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) return Optional.empty();
        for (Marker m : p.markers()) {
            if (m.kind() == MarkerKind.REF_PATH && m.offset() == 0) return byRef(m.ref());
        }
        String text = p.string();
        int colon = text.indexOf(':');
        if (colon >= 0) text = text.substring(0, colon);
        if (text.startsWith("/")) return tree.node(text);
        return node.name().equals("aliases") ? Optional.empty() : pathOrAlias(text);
    }

    /** A path, or an alias with an optional "/rest", as {@code stdout-path} holds (options already cut off). */
    Optional<Node> pathOrAlias(String text) {
        if (text.startsWith("/")) return tree.node(text);
        int slash = text.indexOf('/');
        Optional<Node> aliased = alias(slash < 0 ? text : text.substring(0, slash));
        if (aliased.isEmpty() || slash < 0) return aliased;
        return aliased.get().find(text.substring(slash + 1));
    }

    /**
     * The interrupt controller a node's {@code interrupts} refer to: follow {@code interrupt-parent}, else the
     * tree parent, until a node with {@code #interrupt-cells}.
     */
    Optional<Node> interruptParent(Node node) {
        Node current = node;
        for (int hop = 0; hop < MAX_INTERRUPT_HOPS; hop++) {
            Property ip = current.propertyOrNull("interrupt-parent");
            Optional<Node> next = ip != null ? phandle(ip, 0) : Optional.ofNullable(current.parent());
            if (next.isEmpty()) return Optional.empty();
            current = next.get();
            if (current.hasProperty("#interrupt-cells")) return Optional.of(current);
        }
        return Optional.empty();
    }

    private Optional<Node> byRef(String ref) {
        if (ref == null) return Optional.empty();
        return ref.startsWith("/") ? tree.node(ref) : tree.nodeByLabel(ref);
    }
}

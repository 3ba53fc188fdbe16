package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * For {@code /plugin/} sources, dtc adds {@code /__fixups__} (one string per unresolved label:
 * "path:property:offset") and {@code /__local_fixups__} (a mirror of the tree listing the offsets of resolved
 * phandles) so that a loader can apply the overlay.
 */
final class OverlayFixups {
    private OverlayFixups() {
    }

    static void generate(CheckContext ctx) {
        if (anyReference(ctx, ctx.root, false)) {
            Node fixups = rootChild(ctx.root, "__fixups__");
            fixups(ctx, fixups, ctx.root);
        }
        if (anyReference(ctx, ctx.root, true)) {
            Node local = rootChild(ctx.root, "__local_fixups__");
            localFixups(ctx, local, ctx.root);
        }
    }

    private static boolean anyReference(CheckContext ctx, Node node, boolean resolved) {
        for (Property p : node.properties()) {
            for (Marker m : p.markers()) {
                if (m.kind() == MarkerKind.REF_PHANDLE && (ctx.nodeByRef(m.ref()) != null) == resolved) {
                    return true;
                }
            }
        }
        for (Node c : node.children()) {
            if (anyReference(ctx, c, resolved)) {
                return true;
            }
        }
        return false;
    }

    private static Node rootChild(Node root, String name) {
        Node n = root.childOrNull(name);
        return n != null ? n : root.addChild(name);
    }

    private static void fixups(CheckContext ctx, Node fixups, Node node) {
        for (Property p : new ArrayList<>(node.properties())) {
            for (Marker m : p.markers()) {
                if (m.kind() == MarkerKind.REF_PHANDLE && ctx.nodeByRef(m.ref()) == null) {
                    String path = node.path();
                    if (path.indexOf(':') >= 0 || p.name().indexOf(':') >= 0) {
                        throw new FatalError("arguments should not contain ':'");
                    }
                    String entry = path + ":" + p.name() + ":" + Integer.toUnsignedString(m.offset()) + "\0";
                    append(fixups, m.ref(), entry.getBytes(StandardCharsets.ISO_8859_1), MarkerKind.TYPE_STRING);
                }
            }
        }
        for (Node c : new ArrayList<>(node.children())) {
            fixups(ctx, fixups, c);
        }
    }

    private static void localFixups(CheckContext ctx, Node local, Node node) {
        for (Property p : new ArrayList<>(node.properties())) {
            for (Marker m : p.markers()) {
                if (m.kind() == MarkerKind.REF_PHANDLE && ctx.nodeByRef(m.ref()) != null) {
                    Node mirror = local;
                    for (String component : pathFromRoot(node)) {
                        Node next = mirror.childOrNull(component);
                        mirror = next != null ? next : mirror.addChild(component);
                    }
                    byte[] offset = new byte[4];
                    dev.mpuworkbench.devicetree.tree.PropertyValues.writeU32(offset, 0, m.offset());
                    append(mirror, p.name(), offset, MarkerKind.TYPE_UINT32);
                }
            }
        }
        for (Node c : new ArrayList<>(node.children())) {
            localFixups(ctx, local, c);
        }
    }

    private static List<String> pathFromRoot(Node node) {
        List<String> names = new ArrayList<>();
        for (Node n = node; n.parent() != null; n = n.parent()) {
            names.add(0, n.name());
        }
        return names;
    }

    /** dtc's {@code append_to_property}. */
    private static void append(Node node, String name, byte[] data, MarkerKind type) {
        Property existing = node.propertyOrNull(name);
        if (existing == null) {
            node.addProperty(Property.of(name, data, List.of(new Marker(type, 0, name)), List.of(), null));
            return;
        }
        byte[] old = existing.value();
        byte[] grown = new byte[old.length + data.length];
        System.arraycopy(old, 0, grown, 0, old.length);
        System.arraycopy(data, 0, grown, old.length, data.length);
        List<Marker> markers = new ArrayList<>(existing.markers());
        markers.add(new Marker(type, old.length, name));
        node.setProperty(existing.withValue(grown, markers));
    }
}

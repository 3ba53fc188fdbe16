package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import dev.mpuworkbench.devicetree.tree.PropertyValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * dtc's reference fix-ups, run as checks: phandle references get the referenced node's phandle (allocating one
 * on first use, in dtc's order), path references get the node's full path, then unreferenced
 * {@code /omit-if-no-ref/} nodes are deleted.
 */
final class ReferenceFixups {
    private static final String UNRESOLVED = "Reference to non-existent node or label \"%s\"\n";

    private ReferenceFixups() {
    }

    static void phandleReferences(CheckContext ctx, Check c, Node node) {
        for (int i = 0; i < node.properties().size(); i++) {
            Property prop = node.properties().get(i);
            byte[] value = null;
            for (Marker m : prop.markers()) {
                if (m.kind() != MarkerKind.REF_PHANDLE) {
                    continue;
                }
                if (value == null) {
                    value = prop.value();
                }
                Node target = ctx.nodeByRef(m.ref());
                if (target == null) {
                    if (!ctx.plugin) {
                        ctx.fail(c, node, String.format(UNRESOLVED, m.ref()));
                    } else {
                        PropertyValues.writeU32(value, m.offset(), 0xffffffffL);
                    }
                    continue;
                }
                long phandle = nodePhandle(ctx, target);
                PropertyValues.writeU32(value, m.offset(), phandle);
                ctx.markReferenced(target);
            }
            if (value != null) {
                // Look the property up again: allocating a phandle may have appended to this node.
                node.replaceProperty(i, prop.withValue(value, prop.markers()));
            }
        }
    }

    /** dtc's {@code get_node_phandle}: the node's phandle, allocating the next free one when it has none. */
    static long nodePhandle(CheckContext ctx, Node node) {
        long existing = ctx.phandle(node);
        if (CheckContext.isValidPhandle(existing)) {
            return existing;
        }
        long phandle = ctx.takeNextPhandleCandidate();
        ctx.setPhandle(node, phandle);
        byte[] cell = new byte[4];
        PropertyValues.writeU32(cell, 0, phandle);
        List<Marker> markers = List.of(new Marker(MarkerKind.TYPE_UINT32, 0, null));
        PhandleFormat format = ctx.options.phandleFormat();
        if (!node.hasProperty("linux,phandle") && format.legacy) {
            node.addProperty(Property.of("linux,phandle", cell, markers, List.of(), null));
        }
        if (!node.hasProperty("phandle") && format.epapr) {
            node.addProperty(Property.of("phandle", cell, markers, List.of(), null));
        }
        return phandle;
    }

    static void pathReferences(CheckContext ctx, Check c, Node node) {
        for (int i = 0; i < node.properties().size(); i++) {
            Property prop = node.properties().get(i);
            List<Marker> markers = new ArrayList<>(prop.markers());
            byte[] value = null;
            for (int k = 0; k < markers.size(); k++) {
                Marker m = markers.get(k);
                if (m.kind() != MarkerKind.REF_PATH) {
                    continue;
                }
                Node target = ctx.nodeByRef(m.ref());
                if (target == null) {
                    ctx.fail(c, node, String.format(UNRESOLVED, m.ref()));
                    continue;
                }
                if (value == null) {
                    value = prop.value();
                }
                byte[] path = (target.path() + "\0").getBytes(StandardCharsets.ISO_8859_1);
                byte[] grown = new byte[value.length + path.length];
                System.arraycopy(value, 0, grown, 0, m.offset());
                System.arraycopy(path, 0, grown, m.offset(), path.length);
                System.arraycopy(value, m.offset(), grown, m.offset() + path.length, value.length - m.offset());
                value = grown;
                for (int later = k + 1; later < markers.size(); later++) {
                    markers.set(later, markers.get(later).movedBy(path.length));
                }
                ctx.markReferenced(target);
            }
            if (value != null) {
                node.replaceProperty(i, prop.withValue(value, markers));
            }
        }
    }

    static void omitUnusedNodes(CheckContext ctx, Check c, Node node) {
        if (ctx.options.symbols() && ctx.hasLabelList(node)) {
            return;
        }
        if (ctx.isOmitIfUnused(node) && !ctx.isReferenced(node) && node.parent() != null) {
            ctx.delete(node);
        }
    }
}

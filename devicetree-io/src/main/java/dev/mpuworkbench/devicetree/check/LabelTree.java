package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;

/**
 * dtc's {@code -@} and {@code -A}: a root child ({@code __symbols__} or {@code aliases}) with one string
 * property per node label holding the node's path; for {@code __symbols__} every labelled node also gets a
 * phandle, allocated after the checks with the same counter.
 */
final class LabelTree {
    private LabelTree() {
    }

    static void generate(CheckContext ctx, String name, boolean allocatePhandles) {
        if (!anyLabel(ctx, ctx.root)) {
            return;
        }
        Node target = ctx.root.childOrNull(name);
        if (target == null) {
            target = ctx.root.addChild(name);
        }
        add(ctx, target, ctx.root, allocatePhandles);
    }

    private static boolean anyLabel(CheckContext ctx, Node node) {
        if (ctx.hasLabelList(node)) {
            return true;
        }
        for (Node c : node.children()) {
            if (anyLabel(ctx, c)) {
                return true;
            }
        }
        return false;
    }

    private static void add(CheckContext ctx, Node target, Node node, boolean allocatePhandles) {
        if (ctx.hasLabelList(node)) {
            for (String label : node.labels()) {
                if (target.hasProperty(label)) {
                    ctx.diagnostics.report("WARNING: label " + label + " already exists in /" + target.name());
                    continue;
                }
                target.addProperty(Property.of(label, (node.path() + "\0").getBytes(StandardCharsets.ISO_8859_1)));
            }
            if (allocatePhandles) {
                ReferenceFixups.nodePhandle(ctx, node);
            }
        }
        for (int i = 0; i < node.children().size(); i++) {
            add(ctx, target, node.children().get(i), allocatePhandles);
        }
    }
}

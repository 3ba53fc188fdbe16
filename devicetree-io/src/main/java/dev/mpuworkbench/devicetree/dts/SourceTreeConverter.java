package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the parser's tree into the public model, leaving out everything deleted. */
final class SourceTreeConverter {
    private final Set<Node> omit = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, List<RawChild>> rawChildren = new IdentityHashMap<>();
    private final Set<Node> onlyDeletedLabels = Collections.newSetFromMap(new IdentityHashMap<>());

    static ParsedSource convert(SourceTree.SNode root, List<MemoryReservation> reservations, long bootCpuid,
                                boolean plugin) {
        SourceTreeConverter c = new SourceTreeConverter();
        Node r = c.node(root);
        DeviceTree tree = new DeviceTree(r);
        reservations.forEach(tree::addReservation);
        tree.setBootCpuidPhys(bootCpuid);
        tree.setPlugin(plugin);
        return new ParsedSource(tree, c.omit, c.rawChildren, c.onlyDeletedLabels);
    }

    private Node node(SourceTree.SNode s) {
        Node n = new Node(s.name);
        List<String> labels = SourceTree.liveLabels(s.labels);
        for (int i = labels.size() - 1; i >= 0; i--) {
            n.addLabel(labels.get(i));
        }
        if (labels.isEmpty() && !s.labels.isEmpty()) {
            onlyDeletedLabels.add(n);
        }
        for (SourceSpan span : s.sources) {
            n.addSource(span);
        }
        if (s.omitIfUnused) {
            omit.add(n);
        }
        for (SourceTree.Prop p : s.props) {
            if (!p.deleted) {
                n.addProperty(Property.of(p.name, p.value.toArray(), p.value.markers(),
                    SourceTree.liveLabels(p.labels), p.source));
            }
        }
        List<RawChild> raw = new ArrayList<>(s.children.size());
        boolean anyDeleted = false;
        for (SourceTree.SNode c : s.children) {
            if (!c.deleted) {
                Node child = node(c);
                n.addChild(child);
                raw.add(new RawChild(c.name, child, c.sources));
            } else {
                anyDeleted = true;
                raw.add(new RawChild(c.name, null, c.sources));
            }
        }
        if (anyDeleted) {
            rawChildren.put(n, raw);
        }
        return n;
    }
}

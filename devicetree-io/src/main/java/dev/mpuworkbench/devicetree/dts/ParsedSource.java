package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of parsing DTS: the tree (deleted parts already dropped), the nodes marked
 * {@code /omit-if-no-ref/}, which the reference checks may still remove, for nodes that had deleted children
 * their full child list as dtc's checks see it, and the nodes whose labels were all deleted (dtc still treats
 * them as labelled for {@code -@} and {@code -A}).
 */
public record ParsedSource(DeviceTree tree, Set<Node> omitIfUnreferenced, Map<Node, List<RawChild>> rawChildren,
                           Set<Node> onlyDeletedLabels) {

    public ParsedSource {
        omitIfUnreferenced = identitySet(omitIfUnreferenced);
        onlyDeletedLabels = identitySet(onlyDeletedLabels);
        rawChildren = Collections.unmodifiableMap(new IdentityHashMap<>(rawChildren));
    }

    private static Set<Node> identitySet(Set<Node> nodes) {
        Set<Node> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(nodes);
        return Collections.unmodifiableSet(copy);
    }

    /** A parse result for a tree that did not come from source (nothing omitted, nothing deleted). */
    public static ParsedSource of(DeviceTree tree) {
        return new ParsedSource(tree, Set.of(), Map.of(), Set.of());
    }
}

package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.List;

/**
 * A child as dtc's parser left it in its parent's list: either a live node, or a deleted one (a
 * {@code /delete-node/} statement, or a node deleted later) that dtc still sees in some checks.
 */
public record RawChild(String name, Node live, List<SourceSpan> sources) {

    public RawChild {
        sources = List.copyOf(sources);
    }

    public boolean deleted() {
        return live == null;
    }
}

package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.dts.ParsedSource;
import dev.mpuworkbench.devicetree.dts.RawChild;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What dtc keeps on its {@code struct node} while checking (phandle, cell counts, bus type, referenced and
 * deleted flags), plus how messages are printed.
 */
final class CheckContext {
    /** dtc's bus types, set by the bridge checks and read by the reg checks. */
    enum Bus { PCI, SIMPLE, I2C, SPI, GRAPH_PORT, GRAPH_PORTS }

    final DeviceTree tree;
    final Node root;
    final Diagnostics diagnostics;
    final CheckOptions options;
    final boolean plugin;
    private final Set<Node> omitIfUnused;
    private final Map<Node, List<RawChild>> rawChildren;
    private final Set<Node> onlyDeletedLabels;
    private final Set<Node> referenced = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Node> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, Long> phandles = new IdentityHashMap<>();
    private final Map<Long, Node> byPhandle = new HashMap<>();
    private final Map<Node, Integer> addressCells = new IdentityHashMap<>();
    private final Map<Node, Integer> sizeCells = new IdentityHashMap<>();
    private final Map<Node, Bus> buses = new IdentityHashMap<>();
    private long nextPhandle = 1;
    private Map<String, Node> labelIndex;
    private final Map<String, Object> memos = new HashMap<>();

    CheckContext(ParsedSource source, Diagnostics diagnostics, CheckOptions options) {
        this.tree = source.tree();
        this.root = tree.root();
        this.diagnostics = diagnostics;
        this.options = options;
        this.plugin = tree.isPlugin();
        this.omitIfUnused = source.omitIfUnreferenced();
        this.rawChildren = new IdentityHashMap<>(source.rawChildren());
        this.onlyDeletedLabels = source.onlyDeletedLabels();
    }

    // ---- per-node state -----------------------------------------------------------------------------------

    long phandle(Node node) {
        Long p = phandles.get(node);
        return p == null ? 0 : p;
    }

    void setPhandle(Node node, long phandle) {
        phandles.put(node, phandle);
        byPhandle.putIfAbsent(phandle, node);
    }

    /** dtc's {@code get_node_by_phandle}; 0 and 0xffffffff find nothing. */
    Node nodeByPhandle(long phandle) {
        if (!isValidPhandle(phandle)) {
            return null;
        }
        Node n = byPhandle.get(phandle);
        return n == null || deleted.contains(n) ? null : n;
    }

    static boolean isValidPhandle(long phandle) {
        return phandle != 0 && phandle != 0xffffffffL;
    }

    long takeNextPhandleCandidate() {
        while (nodeByPhandle(nextPhandle) != null) {
            nextPhandle++;
        }
        return nextPhandle;
    }

    /** dtc's {@code node->addr_cells}: 0 until the addr_size_cells check ran, then the value or -1. */
    int addressCellsField(Node node) {
        return addressCells.getOrDefault(node, 0);
    }

    int sizeCellsField(Node node) {
        return sizeCells.getOrDefault(node, 0);
    }

    void setCells(Node node, int address, int size) {
        addressCells.put(node, address);
        sizeCells.put(node, size);
    }

    /** dtc's {@code node_addr_cells}: the field, with -1 meaning the default 2. */
    int nodeAddressCells(Node node) {
        int v = addressCellsField(node);
        return v == -1 ? 2 : v;
    }

    int nodeSizeCells(Node node) {
        int v = sizeCellsField(node);
        return v == -1 ? 1 : v;
    }

    Bus bus(Node node) {
        return node == null ? null : buses.get(node);
    }

    void setBus(Node node, Bus bus) {
        buses.put(node, bus);
    }

    boolean isOmitIfUnused(Node node) {
        return omitIfUnused.contains(node);
    }

    /** dtc's {@code node->labels != NULL}: the node has labels, or had labels that were all deleted. */
    boolean hasLabelList(Node node) {
        return !node.labels().isEmpty() || onlyDeletedLabels.contains(node);
    }

    void markReferenced(Node node) {
        referenced.add(node);
    }

    boolean isReferenced(Node node) {
        return referenced.contains(node);
    }

    boolean isDeleted(Node node) {
        return deleted.contains(node);
    }

    /** dtc's {@code delete_node} during checks: the node stays visible as a deleted child of its parent. */
    void delete(Node node) {
        labelIndex = null;
        memos.clear();
        deleted.add(node);
        Node parent = node.parent();
        List<RawChild> raw = rawChildren(parent);
        List<RawChild> updated = new ArrayList<>(raw.size());
        for (RawChild c : raw) {
            updated.add(c.live() == node ? new RawChild(c.name(), null, node.sources()) : c);
        }
        rawChildren.put(parent, updated);
        parent.removeChild(node);
    }

    /** The children as dtc's list holds them, deleted ones included. */
    List<RawChild> rawChildren(Node node) {
        List<RawChild> raw = rawChildren.get(node);
        if (raw != null) {
            return raw;
        }
        List<RawChild> out = new ArrayList<>(node.children().size());
        for (Node c : node.children()) {
            out.add(new RawChild(c.name(), c, c.sources()));
        }
        return out;
    }

    /** dtc's {@code node->children != NULL}: true when the node has any child, even a deleted one. */
    boolean hasAnyChild(Node node) {
        return !node.children().isEmpty() || rawChildren.containsKey(node);
    }

    /** dtc's {@code get_node_by_ref}: "/" is the root, "/..." a path, anything else a node label. */
    Node nodeByRef(String ref) {
        if (ref.equals("/")) {
            return root;
        }
        if (ref.startsWith("/")) {
            return nodeByPath(ref);
        }
        return nodeByLabel(ref);
    }

    /** dtc's {@code get_node_by_label}: the first node in pre-order carrying the label (indexed). */
    Node nodeByLabel(String label) {
        if (labelIndex == null) {
            labelIndex = new HashMap<>();
            indexLabels(root);
        }
        return labelIndex.get(label);
    }

    private void indexLabels(Node node) {
        for (String l : node.labels()) {
            labelIndex.putIfAbsent(l, node);
        }
        for (Node c : node.children()) {
            indexLabels(c);
        }
    }

    /** A value computed once per tree state (recomputed after a node is deleted). */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memos.get(key);
        if (v == null) {
            v = compute.get();
            memos.put(key, v);
        }
        return (T) v;
    }

    Node nodeByPath(String path) {
        return nodeByPath(root, path);
    }

    /** dtc's {@code get_node_by_path}: exact component names; "" is the node itself, "/" alone finds nothing. */
    static Node nodeByPath(Node tree, String path) {
        if (path.isEmpty()) {
            return tree;
        }
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        String rest = path.substring(i);
        int slash = rest.indexOf('/');
        for (Node child : tree.children()) {
            if (slash >= 0 && rest.substring(0, slash).equals(child.name())) {
                return nodeByPath(child, rest.substring(slash + 1));
            } else if (slash < 0 && rest.equals(child.name())) {
                return child;
            }
        }
        return null;
    }

    // ---- messages -----------------------------------------------------------------------------------------

    void fail(Check c, Node node, String message) {
        failAt(c, node == null ? null : node.path(), node == null ? List.of() : node.sources(), null, message);
    }

    void failProperty(Check c, Node node, Property prop, String message) {
        failAt(c, node.path(), node.sources(), prop, message);
    }

    /** dtc's {@code FAIL}/{@code FAIL_PROP} and {@code check_msg}. */
    void failAt(Check c, String nodePath, List<SourceSpan> nodeSources, Property prop, String message) {
        c.status = Check.Status.FAILED;
        report(c, nodePath, nodeSources, prop, message);
    }

    void report(Check c, String nodePath, List<SourceSpan> nodeSources, Property prop, String message) {
        if (!(c.warn && options.quiet() < 1) && !(c.error && options.quiet() < 2)) {
            return;
        }
        SourceSpan pos = null;
        if (prop != null && prop.source() != null) {
            pos = prop.source();
        } else if (nodePath != null && !nodeSources.isEmpty()) {
            pos = nodeSources.get(0);
        }
        StringBuilder sb = new StringBuilder();
        if (pos != null) {
            sb.append(pos);
        } else {
            sb.append(options.outputName().equals("-") ? "<stdout>" : options.outputName());
        }
        sb.append(": ").append(c.error ? "ERROR" : "Warning").append(" (").append(c.name).append("): ");
        if (nodePath != null) {
            sb.append(nodePath);
            if (prop != null) {
                sb.append(':').append(prop.name());
            }
            sb.append(": ");
        }
        sb.append(message);
        if (prop == null && pos != null) {
            for (int i = 1; i < nodeSources.size(); i++) {
                sb.append("\n  also defined at ").append(nodeSources.get(i));
            }
        }
        diagnostics.report(sb.toString());
    }
}

package dev.mpuworkbench.devicetree.tree;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds a tree in code, for exporters:
 * <pre>
 * DeviceTree t = TreeBuilder.create()
 *     .cells("#address-cells", 2).cells("#size-cells", 2)
 *     .node("memory@80000000").string("device_type", "memory").cells("reg", 0, 0x80000000L, 0, 0x7c000000L).end()
 *     .build();
 * </pre>
 */
public final class TreeBuilder {
    private final DeviceTree tree;
    private final Deque<Node> open = new ArrayDeque<>();

    private TreeBuilder(DeviceTree tree) {
        this.tree = tree;
        open.push(tree.root());
    }

    public static TreeBuilder create() {
        return new TreeBuilder(DeviceTree.empty());
    }

    /** Continues building inside an existing tree (starting at its root). */
    public static TreeBuilder editing(DeviceTree tree) {
        return new TreeBuilder(tree);
    }

    private Node current() {
        return open.peek();
    }

    /** Opens a child of the current node (reusing an existing child of that name) and makes it current. */
    public TreeBuilder node(String name) {
        Node existing = current().childOrNull(name);
        open.push(existing != null ? existing : current().addChild(name));
        return this;
    }

    /** Closes the current node and returns to its parent. */
    public TreeBuilder end() {
        if (open.size() == 1) {
            throw new IllegalStateException("end() without a matching node()");
        }
        open.pop();
        return this;
    }

    public TreeBuilder label(String label) {
        current().addLabel(label);
        return this;
    }

    public TreeBuilder empty(String name) {
        current().setProperty(Property.empty(name));
        return this;
    }

    public TreeBuilder cells(String name, long... values) {
        current().setProperty(Property.cells(name, values));
        return this;
    }

    public TreeBuilder u64(String name, long... values) {
        current().setProperty(Property.u64s(name, values));
        return this;
    }

    public TreeBuilder string(String name, String... values) {
        current().setProperty(Property.strings(name, values));
        return this;
    }

    public TreeBuilder bytes(String name, byte[] value) {
        current().setProperty(Property.bytes(name, value));
        return this;
    }

    public TreeBuilder property(Property property) {
        current().setProperty(property);
        return this;
    }

    /**
     * A {@code reg}-style value: each (address, size) pair encoded with the given cell counts, e.g.
     * {@code addressSize("reg", 2, 1, 0x80000000L, 0x1000)}.
     */
    public TreeBuilder addressSize(String name, int addressCells, int sizeCells, long... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("address/size values come in pairs");
        }
        long[] cells = new long[pairs.length / 2 * (addressCells + sizeCells)];
        int i = 0;
        for (int p = 0; p < pairs.length; p += 2) {
            i = split(pairs[p], addressCells, cells, i);
            i = split(pairs[p + 1], sizeCells, cells, i);
        }
        return cells(name, cells);
    }

    private static int split(long value, int count, long[] out, int at) {
        if (count == 1 && (value >>> 32) != 0) {
            throw new IllegalArgumentException("0x" + Long.toHexString(value) + " does not fit in one cell");
        }
        for (int c = count - 1; c >= 0; c--) {
            out[at + c] = c == count - 1 ? value & 0xffffffffL : (count - 1 - c == 1 ? value >>> 32 : 0);
        }
        return at + count;
    }

    public TreeBuilder reserve(long address, long size) {
        tree.addReservation(new MemoryReservation(address, size));
        return this;
    }

    public TreeBuilder bootCpuid(long id) {
        tree.setBootCpuidPhys(id);
        return this;
    }

    public DeviceTree build() {
        return tree;
    }
}

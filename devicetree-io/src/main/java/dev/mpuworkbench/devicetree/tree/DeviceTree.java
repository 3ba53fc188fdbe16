package dev.mpuworkbench.devicetree.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A whole device tree: the root node, the memory reservations ({@code /memreserve/}), the boot CPU's
 * physical id written in a DTB header, and whether the source was an overlay ({@code /plugin/}).
 */
public final class DeviceTree {
    private final Node root;
    private final List<MemoryReservation> reservations = new ArrayList<>();
    private long bootCpuidPhys;
    private boolean plugin;

    public DeviceTree(Node root) {
        this.root = Objects.requireNonNull(root, "root");
        if (root.parent() != null) {
            throw new IllegalArgumentException("the root of a tree cannot have a parent");
        }
    }

    /** An empty tree: a root without properties. */
    public static DeviceTree empty() {
        return new DeviceTree(Node.newRoot());
    }

    public Node root() {
        return root;
    }

    public List<MemoryReservation> reservations() {
        return Collections.unmodifiableList(reservations);
    }

    public DeviceTree addReservation(MemoryReservation reservation) {
        reservations.add(Objects.requireNonNull(reservation));
        return this;
    }

    /** Reorders the reservations (stable). */
    public DeviceTree sortReservations(java.util.Comparator<MemoryReservation> order) {
        reservations.sort(order);
        return this;
    }

    public DeviceTree clearReservations() {
        reservations.clear();
        return this;
    }

    /** The {@code boot_cpuid_phys} header field, as an unsigned 32-bit value. */
    public long bootCpuidPhys() {
        return bootCpuidPhys;
    }

    public DeviceTree setBootCpuidPhys(long value) {
        this.bootCpuidPhys = value & 0xffffffffL;
        return this;
    }

    public boolean isPlugin() {
        return plugin;
    }

    public DeviceTree setPlugin(boolean value) {
        this.plugin = value;
        return this;
    }

    /** The node at an absolute path ("/", "/soc/uart@9c090000"); names must match exactly. */
    public Optional<Node> node(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        return root.find(path);
    }

    /** The first node, in pre-order, carrying the label. */
    public Optional<Node> nodeByLabel(String label) {
        Node[] found = new Node[1];
        walkUntil(root, n -> n.labels().contains(label), found);
        return Optional.ofNullable(found[0]);
    }

    /** The first node, in pre-order, whose {@code phandle} (or {@code linux,phandle}) is the given value. */
    public Optional<Node> nodeByPhandle(long phandle) {
        Node[] found = new Node[1];
        walkUntil(root, n -> phandleOf(n).orElse(-1) == phandle, found);
        return Optional.ofNullable(found[0]);
    }

    /** The node's {@code phandle}, else its {@code linux,phandle}, when one cell long. */
    public static OptionalLong phandleOf(Node node) {
        OptionalLong p = node.u32("phandle");
        return p.isPresent() ? p : node.u32("linux,phandle");
    }

    /**
     * A node by path, alias (a name in {@code /aliases}, optionally followed by "/rest") or label
     * (written {@code &label}).
     */
    public Optional<Node> resolve(String pathAliasOrLabel) {
        String s = pathAliasOrLabel;
        if (s.startsWith("&")) {
            return nodeByLabel(s.substring(1));
        }
        if (s.startsWith("/")) {
            return node(s);
        }
        int slash = s.indexOf('/');
        String alias = slash < 0 ? s : s.substring(0, slash);
        Optional<String> target = node("/aliases").flatMap(a -> a.string(alias));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return node(slash < 0 ? target.get() : target.get() + s.substring(slash));
    }

    /** Visits every node in pre-order (a node, then its children in order). */
    public void forEachNode(Consumer<Node> visitor) {
        visit(root, visitor);
    }

    private static void visit(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child : node.children()) {
            visit(child, visitor);
        }
    }

    private static boolean walkUntil(Node node, java.util.function.Predicate<Node> test, Node[] found) {
        if (test.test(node)) {
            found[0] = node;
            return true;
        }
        for (Node child : node.children()) {
            if (walkUntil(child, test, found)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Translates an address in {@code bus}'s child address space (for example a {@code reg} address of one of
     * its children) to the CPU address space, through the {@code ranges} of {@code bus} and every ancestor.
     * Empty {@code ranges} means identity; a missing {@code ranges} (or no matching entry) means the address is
     * not visible to the CPU and the result is empty.
     */
    public static OptionalLong translateToCpu(Node bus, long address) {
        long a = address;
        for (Node current = bus; current.parent() != null; current = current.parent()) {
            Property ranges = current.propertyOrNull("ranges");
            if (ranges == null) {
                return OptionalLong.empty();
            }
            if (ranges.isEmpty()) {
                continue;
            }
            int childCells = current.addressCells();
            int parentCells = current.parent().addressCells();
            int sizeCells = current.sizeCells();
            int entry = childCells + parentCells + sizeCells;
            if (entry == 0 || ranges.length() % (entry * 4) != 0) {
                return OptionalLong.empty();
            }
            boolean matched = false;
            for (int cell = 0; cell < ranges.cellCount(); cell += entry) {
                long childBase = ranges.joinedCells(cell, childCells);
                long parentBase = ranges.joinedCells(cell + childCells, parentCells);
                long length = ranges.joinedCells(cell + childCells + parentCells, sizeCells);
                long offset = a - childBase;
                if (Long.compareUnsigned(a, childBase) >= 0 && Long.compareUnsigned(offset, length) < 0) {
                    a = parentBase + offset;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(a);
    }

    /**
     * The node's {@code reg} entries with addresses translated to the CPU address space; entries that cannot be
     * translated are left out.
     */
    public static List<RegEntry> regInCpuSpace(Node node) {
        List<RegEntry> out = new ArrayList<>();
        if (node.parent() == null) {
            return out;
        }
        for (RegEntry e : node.reg()) {
            OptionalLong cpu = translateToCpu(node.parent(), e.address());
            if (cpu.isPresent()) {
                out.add(new RegEntry(cpu.getAsLong(), e.size()));
            }
        }
        return out;
    }
}

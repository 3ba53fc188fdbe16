package dev.mpuworkbench.samples;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node of a device tree as {@code dtc -I dtb -O dts} prints it: one statement per line, cells in hex,
 * strings quoted with {@code \0} between list items. Read only as far as the board tests need.
 */
final class BoardTree {
    private static final Pattern NODE_OPEN = Pattern.compile("(\\S+) \\{");
    private static final Pattern PROPERTY = Pattern.compile("([^\\s=;]+)(?: = (.*))?;");

    private final String name;
    private final BoardTree parent;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<BoardTree> children = new ArrayList<>();

    private BoardTree(String name, BoardTree parent) {
        this.name = name;
        this.parent = parent;
    }

    static BoardTree parse(String dts) {
        BoardTree root = null;
        BoardTree current = null;
        for (String raw : dts.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("/dts-v1/") || line.startsWith("/memreserve/")) continue;
            Matcher open = NODE_OPEN.matcher(line);
            Matcher property = PROPERTY.matcher(line);
            if (open.matches()) {
                BoardTree node = new BoardTree(open.group(1), current);
                if (current == null) root = node;
                else current.children.add(node);
                current = node;
            } else if (line.equals("};")) {
                current = current.parent;
            } else if (property.matches() && current != null) {
                current.properties.put(property.group(1), property.group(2) == null ? "" : property.group(2));
            } else {
                throw new IllegalArgumentException("unexpected line in dtc output: " + raw);
            }
        }
        if (root == null) throw new IllegalArgumentException("dtc output holds no root node");
        return root;
    }

    String name() {
        return name;
    }

    BoardTree parent() {
        return parent;
    }

    List<BoardTree> children() {
        return List.copyOf(children);
    }

    /** The node at an absolute path such as {@code /cpus/cpu@0}. */
    Optional<BoardTree> node(String path) {
        BoardTree node = this;
        for (String part : path.split("/")) {
            if (part.isEmpty()) continue;
            node = node.children.stream().filter(c -> c.name.equals(part)).findFirst().orElse(null);
            if (node == null) return Optional.empty();
        }
        return Optional.of(node);
    }

    /** Every node below this one (depth first), this one included. */
    List<BoardTree> allNodes() {
        List<BoardTree> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.allNodes()));
        return all;
    }

    String path() {
        if (parent == null) return "/";
        String parentPath = parent.path();
        return (parentPath.equals("/") ? "" : parentPath) + "/" + name;
    }

    boolean has(String property) {
        return properties.containsKey(property);
    }

    /** A property's 32-bit cells, e.g. {@code <0x00 0x9c090000>} gives [0x0, 0x9c090000]. */
    List<Long> cells(String property) {
        String value = require(property).strip();
        if (!value.startsWith("<") || !value.endsWith(">")) {
            throw new IllegalArgumentException(path() + ":" + property + " is not a cell list: " + value);
        }
        String inner = value.substring(1, value.length() - 1).strip();
        if (inner.isEmpty()) return List.of();
        List<Long> cells = new ArrayList<>();
        for (String token : inner.split("\\s+")) cells.add(Long.decode(token));
        return cells;
    }

    long cell(String property) {
        List<Long> cells = cells(property);
        if (cells.size() != 1) throw new IllegalArgumentException(path() + ":" + property + " is not one cell");
        return cells.get(0);
    }

    /** A string-list property, e.g. {@code "arm,pl011\0arm,primecell"}. */
    List<String> strings(String property) {
        String value = require(property).strip();
        if (!value.startsWith("\"") || !value.endsWith("\"")) {
            throw new IllegalArgumentException(path() + ":" + property + " is not a string: " + value);
        }
        return List.of(value.substring(1, value.length() - 1).split("\\\\0"));
    }

    String string(String property) {
        return strings(property).get(0);
    }

    /** The node's {@code reg} windows in CPU physical addresses, translated through every parent's {@code ranges}. */
    List<AddressRange> reg() {
        int addressCells = parent.addressCells();
        int sizeCells = parent.sizeCells();
        List<Long> cells = cells("reg");
        List<AddressRange> windows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += addressCells + sizeCells) {
            long address = join(cells, i, addressCells);
            long size = join(cells, i + addressCells, sizeCells);
            windows.add(AddressRange.of(parent.toCpuAddress(address, size), size));
        }
        return windows;
    }

    int addressCells() {
        return has("#address-cells") ? (int) cell("#address-cells") : 2;
    }

    int sizeCells() {
        return has("#size-cells") ? (int) cell("#size-cells") : 1;
    }

    /** Translates an address on this node's bus to the CPU's physical address space. */
    private long toCpuAddress(long address, long size) {
        if (parent == null) return address;
        if (!has("ranges")) throw new IllegalArgumentException(path() + " has children with reg but no ranges");
        if (properties.get("ranges").isEmpty()) return parent.toCpuAddress(address, size);
        List<Long> ranges = cells("ranges");
        int child = addressCells();
        int parentCells = parent.addressCells();
        int length = sizeCells();
        for (int i = 0; i < ranges.size(); i += child + parentCells + length) {
            long childBase = join(ranges, i, child);
            long parentBase = join(ranges, i + child, parentCells);
            long windowSize = join(ranges, i + child + parentCells, length);
            if (address >= childBase && address + size <= childBase + windowSize) {
                return parent.toCpuAddress(parentBase + (address - childBase), size);
            }
        }
        throw new IllegalArgumentException(path() + ": no ranges entry covers child address 0x" + Long.toHexString(address));
    }

    private static long join(List<Long> cells, int from, int count) {
        long value = 0;
        for (int i = 0; i < count; i++) value = (value << 32) | cells.get(from + i);
        return value;
    }

    private String require(String property) {
        String value = properties.get(property);
        if (value == null) throw new IllegalArgumentException(path() + " has no property " + property);
        return value;
    }

    @Override
    public String toString() {
        return path();
    }
}

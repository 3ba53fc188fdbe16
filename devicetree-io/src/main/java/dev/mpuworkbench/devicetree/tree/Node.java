package dev.mpuworkbench.devicetree.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A device tree node: its name with unit address ({@code uart@9c090000}; the root's name is empty), labels,
 * ordered properties and ordered children. Nodes are mutable so that compilers, checks and builders can edit a
 * tree in place; a node belongs to at most one parent.
 */
public final class Node {
    public static final int DEFAULT_ADDRESS_CELLS = 2;
    public static final int DEFAULT_SIZE_CELLS = 1;

    private final String name;
    private Node parent;
    private final List<String> labels = new ArrayList<>(1);
    private final List<Property> properties = new ArrayList<>();
    private final List<Node> children = new ArrayList<>();
    private final List<SourceSpan> sources = new ArrayList<>(1);

    public Node(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A fresh root node (empty name). */
    public static Node newRoot() {
        return new Node("");
    }

    public String name() {
        return name;
    }

    /** The name without the unit address. */
    public String baseName() {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    /** The unit address after the first '@', or "" when there is none. */
    public String unitAddress() {
        int at = name.indexOf('@');
        return at < 0 ? "" : name.substring(at + 1);
    }

    public Node parent() {
        return parent;
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** The full path: "/" for the root, else "/a/b@1" (a named root, possible in a DTB, is "/name" as in dtc). */
    public String path() {
        if (parent == null) {
            return "/" + name;
        }
        StringBuilder sb = new StringBuilder();
        appendPath(sb);
        return sb.toString();
    }

    private void appendPath(StringBuilder sb) {
        if (parent == null) {
            if (!name.isEmpty()) {
                sb.append('/').append(name);
            }
            return;
        }
        parent.appendPath(sb);
        sb.append('/').append(name);
    }

    /** Number of ancestors (0 for a root). */
    public int depth() {
        int d = 0;
        for (Node n = parent; n != null; n = n.parent) {
            d++;
        }
        return d;
    }

    // ---- labels -------------------------------------------------------------------------------------------

    /** Labels in dtc's order (the most recently added first). */
    public List<String> labels() {
        return Collections.unmodifiableList(labels);
    }

    /** Adds a label in front unless the node already has it. */
    public Node addLabel(String label) {
        if (!labels.contains(label)) {
            labels.add(0, label);
        }
        return this;
    }

    public boolean removeLabel(String label) {
        return labels.remove(label);
    }

    // ---- source positions ---------------------------------------------------------------------------------

    /** Where the node was defined, first definition first (merged definitions follow). */
    public List<SourceSpan> sources() {
        return Collections.unmodifiableList(sources);
    }

    public Node addSource(SourceSpan span) {
        sources.add(Objects.requireNonNull(span));
        return this;
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public List<Property> properties() {
        return Collections.unmodifiableList(properties);
    }

    /** The first property with that name. */
    public Optional<Property> property(String propertyName) {
        return Optional.ofNullable(propertyOrNull(propertyName));
    }

    /** The first property with that name, or null. */
    public Property propertyOrNull(String propertyName) {
        for (Property p : properties) {
            if (p.name().equals(propertyName)) {
                return p;
            }
        }
        return null;
    }

    public boolean hasProperty(String propertyName) {
        return propertyOrNull(propertyName) != null;
    }

    /** Appends a property even when one with the same name exists (as a DTB may hold). */
    public Node addProperty(Property property) {
        properties.add(Objects.requireNonNull(property));
        return this;
    }

    /** Replaces the first property with the same name in place, or appends it. */
    public Node setProperty(Property property) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(property.name())) {
                properties.set(i, property);
                return this;
            }
        }
        properties.add(property);
        return this;
    }

    /** Replaces the property at {@code index}. */
    public Node replaceProperty(int index, Property property) {
        properties.set(index, Objects.requireNonNull(property));
        return this;
    }

    /** Removes the first property with that name; true if there was one. */
    public boolean removeProperty(String propertyName) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(propertyName)) {
                properties.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Reorders the properties (stable). */
    public Node sortProperties(java.util.Comparator<Property> order) {
        properties.sort(order);
        return this;
    }

    /** Reorders the children (stable). */
    public Node sortChildren(java.util.Comparator<Node> order) {
        children.sort(order);
        return this;
    }

    public Node removePropertyAt(int index) {
        properties.remove(index);
        return this;
    }

    // ---- children -----------------------------------------------------------------------------------------

    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    /** The first child with exactly that name (unit address included). */
    public Optional<Node> child(String childName) {
        return Optional.ofNullable(childOrNull(childName));
    }

    public Node childOrNull(String childName) {
        for (Node c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Appends a child; it must not have a parent yet. */
    public Node addChild(Node child) {
        if (child.parent != null) {
            throw new IllegalArgumentException("node " + child.name + " already has a parent");
        }
        if (child == this) {
            throw new IllegalArgumentException("a node cannot be its own child");
        }
        child.parent = this;
        children.add(child);
        return this;
    }

    /** Creates, appends and returns a new child. */
    public Node addChild(String childName) {
        Node child = new Node(childName);
        addChild(child);
        return child;
    }

    public boolean removeChild(Node child) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == child) {
                children.remove(i);
                child.parent = null;
                return true;
            }
        }
        return false;
    }

    /**
     * The node at a path relative to this one ("a/b@1"), matching names exactly (unit address included);
     * leading and repeated slashes are ignored.
     */
    public Optional<Node> find(String relativePath) {
        Node current = this;
        for (String part : relativePath.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            current = current.childOrNull(part);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    // ---- typed readers ------------------------------------------------------------------------------------

    /** The property as one unsigned cell, if present and exactly one cell long. */
    public OptionalLong u32(String propertyName) {
        Property p = propertyOrNull(propertyName);
        return p == null || p.length() != 4 ? OptionalLong.empty() : OptionalLong.of(p.u32());
    }

    /** The property as one 64-bit value (two cells), if present and 8 bytes long. */
    public OptionalLong u64(String propertyName) {
        Property p = propertyOrNull(propertyName);
        return p == null || p.length() != 8 ? OptionalLong.empty() : OptionalLong.of(p.u64());
    }

    /** The property's first string, if present and NUL-terminated. */
    public Optional<String> string(String propertyName) {
        Property p = propertyOrNull(propertyName);
        return p == null || !p.isStringList() ? Optional.empty() : Optional.of(p.string());
    }

    /** The property's strings, or an empty list when absent. */
    public List<String> strings(String propertyName) {
        Property p = propertyOrNull(propertyName);
        return p == null ? List.of() : p.strings();
    }

    /** The property's unsigned cells, or an empty array when absent. */
    public long[] cells(String propertyName) {
        Property p = propertyOrNull(propertyName);
        return p == null ? new long[0] : p.cells();
    }

    /** True when {@code compatible} lists the given string. */
    public boolean isCompatible(String compatible) {
        return strings("compatible").contains(compatible);
    }

    /** This node's {@code #address-cells} (for its children's addresses), or 2 when absent. */
    public int addressCells() {
        return (int) u32("#address-cells").orElse(DEFAULT_ADDRESS_CELLS);
    }

    /** This node's {@code #size-cells} (for its children's sizes), or 1 when absent. */
    public int sizeCells() {
        return (int) u32("#size-cells").orElse(DEFAULT_SIZE_CELLS);
    }

    /**
     * The {@code reg} entries decoded with the parent's {@code #address-cells}/{@code #size-cells}; empty when
     * there is no {@code reg}. Throws {@link IllegalStateException} when the length does not fit the cells.
     */
    public List<RegEntry> reg() {
        Property reg = propertyOrNull("reg");
        if (reg == null) {
            return List.of();
        }
        int ac = parent == null ? DEFAULT_ADDRESS_CELLS : parent.addressCells();
        int sc = parent == null ? DEFAULT_SIZE_CELLS : parent.sizeCells();
        int entryCells = ac + sc;
        if (entryCells == 0 || reg.length() % (entryCells * 4) != 0) {
            throw new IllegalStateException(path() + ": reg is " + reg.length() + " bytes, not a multiple of "
                + entryCells + " cells (#address-cells " + ac + ", #size-cells " + sc + ")");
        }
        List<RegEntry> out = new ArrayList<>();
        for (int cell = 0; cell < reg.cellCount(); cell += entryCells) {
            out.add(new RegEntry(reg.joinedCells(cell, ac), reg.joinedCells(cell + ac, sc)));
        }
        return out;
    }

    @Override
    public String toString() {
        return path();
    }
}

package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes tuples of numbers of given cell widths from a property, with errors that say which cells were
 * expected and where their counts came from.
 */
final class Cells {
    private final String sourceName;

    Cells(String sourceName) {
        this.sourceName = sourceName;
    }

    /** The cell counts a node gives its children, checked to be ones we can read (0..2). */
    record Widths(int address, int size, String from) {
        int pair() {
            return address + size;
        }

        String describe() {
            return "#address-cells = <" + address + ">, #size-cells = <" + size + "> of " + from;
        }
    }

    Widths widthsOf(Node node) throws BindingException {
        int address = cellCount(node, "#address-cells", Node.DEFAULT_ADDRESS_CELLS);
        int size = cellCount(node, "#size-cells", Node.DEFAULT_SIZE_CELLS);
        return new Widths(address, size, node.path());
    }

    private int cellCount(Node node, String name, int fallback) throws BindingException {
        Property p = node.propertyOrNull(name);
        if (p == null) return fallback;
        if (p.length() != 4) {
            throw BindingException.at(sourceName, node, p, name + " is " + p.length() + " bytes; expected one cell");
        }
        long v = p.u32();
        if (v > 2) {
            throw BindingException.at(sourceName, node, p, name + " is " + v
                + "; addresses and sizes of more than 2 cells (64 bits) are not supported here");
        }
        return (int) v;
    }

    /**
     * Splits {@code property} into tuples of the given widths (in cells), e.g. {@code (2, 2)} for
     * (address, size) pairs with two cells each.
     */
    List<long[]> tuples(Node node, Property property, String what, int... widths) throws BindingException {
        int tupleCells = 0;
        for (int w : widths) tupleCells += w;
        int tupleBytes = tupleCells * 4;
        if (tupleBytes == 0 || property.length() % tupleBytes != 0) {
            throw BindingException.at(sourceName, node, property, property.name() + " is " + property.length()
                + " bytes, which is not a whole number of " + what + " (" + tupleCells + " cells = " + tupleBytes
                + " bytes each)");
        }
        List<long[]> out = new ArrayList<>();
        for (int cell = 0; cell < property.cellCount(); cell += tupleCells) {
            long[] tuple = new long[widths.length];
            int at = cell;
            for (int i = 0; i < widths.length; i++) {
                tuple[i] = property.joinedCells(at, widths[i]);
                at += widths[i];
            }
            out.add(tuple);
        }
        return out;
    }

    /** (address, size) pairs of {@code property} with the given widths; null when the property is absent. */
    List<AddressRange> ranges(Node node, String propertyName, Widths widths) throws BindingException {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) return null;
        List<AddressRange> out = new ArrayList<>();
        String what = "(address, size) pairs with " + widths.describe();
        for (long[] t : tuples(node, p, what, widths.address(), widths.size())) {
            out.add(range(node, p, t[0], t[1]));
        }
        return out;
    }

    /** Exactly one (address, size) pair, or null when the property is absent. */
    AddressRange oneRange(Node node, String propertyName, Widths widths) throws BindingException {
        List<AddressRange> all = ranges(node, propertyName, widths);
        if (all == null) return null;
        if (all.size() != 1) {
            throw BindingException.at(sourceName, node, node.propertyOrNull(propertyName), propertyName + " holds "
                + all.size() + " (address, size) pairs; expected exactly one with " + widths.describe());
        }
        return all.get(0);
    }

    AddressRange range(Node node, Property p, long base, long size) throws BindingException {
        if (base < 0 || size < 0 || base + size < base) {
            throw BindingException.at(sourceName, node, p, p.name() + " range " + Hex.of(base) + " + " + Hex.of(size)
                + " does not fit below 2^63");
        }
        return AddressRange.of(base, size);
    }

    /** A one-cell number. */
    long u32(Node node, String propertyName) throws BindingException {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) throw BindingException.at(sourceName, node, propertyName + " is missing; expected one cell");
        if (p.length() != 4) {
            throw BindingException.at(sourceName, node, p, propertyName + " is " + p.length()
                + " bytes; expected one cell");
        }
        return p.u32();
    }

    /** A string property, or null when absent. */
    String string(Node node, String propertyName) throws BindingException {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) return null;
        if (!p.isString() && !(p.isStringList() && p.strings().size() == 1)) {
            throw BindingException.at(sourceName, node, p, propertyName + " is not a string; expected \"...\"");
        }
        return p.string();
    }

    /** {@code /bits/ 64} values, checked to hold {@code count} of them (any count when negative). */
    long[] u64s(Node node, String propertyName, int count) throws BindingException {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) return null;
        if (p.length() % 8 != 0 || count >= 0 && p.length() != count * 8) {
            throw BindingException.at(sourceName, node, p, propertyName + " is " + p.length() + " bytes; expected "
                + (count >= 0 ? count + " " : "") + "64-bit values (/bits/ 64 <...>)");
        }
        long[] out = new long[p.length() / 8];
        for (int i = 0; i < out.length; i++) out[i] = p.joinedCells(2 * i, 2);
        return out;
    }
}

package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.List;

/** Writes numbers into cells of a given width, failing with the node and property when one does not fit. */
final class CellEncoder {
    private final String designName;

    CellEncoder(String designName) {
        this.designName = designName;
    }

    /** (address, size) pairs as {@code propertyName}, with the given cell widths. */
    void pairs(Node node, String propertyName, int addressCells, int sizeCells, List<AddressRange> ranges)
        throws BindingException {
        long[] cells = new long[ranges.size() * (addressCells + sizeCells)];
        int at = 0;
        for (AddressRange r : ranges) {
            at = put(node, propertyName, r.base(), addressCells, cells, at);
            at = put(node, propertyName, r.size(), sizeCells, cells, at);
        }
        node.setProperty(Property.cells(propertyName, cells));
    }

    /** Any sequence of numbers, each in the given number of cells. */
    void tuple(Node node, String propertyName, long[] values, int[] widths) throws BindingException {
        int total = 0;
        for (int w : widths) total += w;
        long[] cells = new long[total];
        int at = 0;
        for (int i = 0; i < values.length; i++) at = put(node, propertyName, values[i], widths[i], cells, at);
        node.setProperty(Property.cells(propertyName, cells));
    }

    private int put(Node node, String propertyName, long value, int width, long[] out, int at)
        throws BindingException {
        if (width == 1 && (value >>> 32) != 0 || width == 0 && value != 0) {
            throw new BindingException("design \"" + designName + "\"", node.path(), null, propertyName + ": "
                + Hex.of(value) + " does not fit in " + width + " cell(s) (32-bit addresses on this board)");
        }
        if (width == 2) {
            out[at] = value >>> 32;
            out[at + 1] = value & 0xffffffffL;
        } else if (width == 1) {
            out[at] = value;
        }
        return at + width;
    }
}

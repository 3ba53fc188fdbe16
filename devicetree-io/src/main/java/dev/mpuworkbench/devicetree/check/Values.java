package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;

/** Small readers shared by the checks, matching the C helpers dtc uses. */
final class Values {
    private Values() {
    }

    /** dtc's {@code data_is_one_string}. */
    static boolean isOneString(Property p) {
        return p.isString();
    }

    /** The value read as a C string (up to the first NUL); "(null)" for an empty value, as glibc prints it. */
    static String cString(Property p) {
        if (p.isEmpty()) {
            return "(null)";
        }
        int end = 0;
        while (end < p.length() && p.byteAt(end) != 0) {
            end++;
        }
        byte[] v = p.value();
        return new String(v, 0, end, StandardCharsets.ISO_8859_1);
    }

    /** {@code streq(prop->val.val, s)} for a non-empty value. */
    static boolean cStringEquals(Property p, String s) {
        return !p.isEmpty() && cString(p).equals(s);
    }

    /** dtc's {@code propval_cell} without its assertion: the first cell, or 0 when there is none. */
    static long firstCell(Property p) {
        return p.length() >= 4 ? p.cell(0) : 0;
    }

    /** Cell {@code index}, or 0 past the end (dtc would read beyond the value there). */
    static long cellOrZero(Property p, int index) {
        return p.length() >= (index + 1) * 4 ? p.cell(index) : 0;
    }

    /** dtc's {@code get_unitname}. */
    static String unitName(Node node) {
        return node.unitAddress();
    }

    /** dtc's {@code strprefixeq(node->name, node->basenamelen, s)}: the base name equals s. */
    static boolean baseNameIs(Node node, String s) {
        return node.baseName().equals(s);
    }

    static String hex(long v) {
        return Long.toHexString(v);
    }
}

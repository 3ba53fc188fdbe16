package dev.mpuworkbench.devicetree.dtb;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The DTB strings block as dtc builds it: a name that equals the tail of an earlier name reuses that tail
 * (dtc's {@code stringtable_insert} returns the first offset whose NUL-terminated string equals the name),
 * otherwise the name is appended. Names are bytes; Java strings map to them one char per byte (ISO-8859-1).
 */
final class StringTable {
    private final ByteSink bytes = new ByteSink(256);
    private final Map<String, Integer> offsets = new HashMap<>();

    /** Returns the offset of {@code name} in the table, appending it when no earlier string ends with it. */
    int insert(String name) {
        Integer known = offsets.get(name);
        if (known != null) {
            return known;
        }
        int start = bytes.size();
        byte[] encoded = name.getBytes(StandardCharsets.ISO_8859_1);
        bytes.bytes(encoded, 0, encoded.length);
        bytes.byteValue(0);
        // Every tail of the new string, down to the empty one at its NUL, becomes findable; earlier (smaller)
        // offsets win, as in dtc's scan.
        for (int i = 0; i <= name.length(); i++) {
            offsets.putIfAbsent(name.substring(i), start + i);
        }
        return start;
    }

    int size() {
        return bytes.size();
    }

    void copyTo(byte[] destination, int offset) {
        bytes.copyTo(destination, offset);
    }
}

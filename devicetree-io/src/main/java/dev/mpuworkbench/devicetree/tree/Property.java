package dev.mpuworkbench.devicetree.tree;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A device tree property: a name, raw big-endian value bytes, the labels written before it and the markers
 * (references, labels, how the value was written) that let it be printed back as dtc would. Immutable.
 */
public final class Property {
    private final String name;
    private final byte[] value;
    private final List<Marker> markers;
    private final List<String> labels;
    private final SourceSpan source;

    private Property(String name, byte[] value, List<Marker> markers, List<String> labels, SourceSpan source) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
        this.markers = List.copyOf(markers);
        this.labels = List.copyOf(labels);
        this.source = source;
    }

    /** A property with the given value bytes (copied), markers, labels and source position (may be null). */
    public static Property of(String name, byte[] value, List<Marker> markers, List<String> labels, SourceSpan source) {
        return new Property(name, value.clone(), markers, labels, source);
    }

    /** A property without markers, labels or source, e.g. one read from a DTB. */
    public static Property of(String name, byte[] value) {
        return new Property(name, value.clone(), List.of(), List.of(), null);
    }

    /** An empty (boolean) property. */
    public static Property empty(String name) {
        return new Property(name, new byte[0], List.of(), List.of(), null);
    }

    /** Cells {@code <v0 v1 ...>}; each value must fit in 32 bits (unsigned or sign-extended). */
    public static Property cells(String name, long... values) {
        return new Property(name, PropertyValues.cells(values), List.of(new Marker(MarkerKind.TYPE_UINT32, 0, null)),
            List.of(), null);
    }

    /** 64-bit elements {@code /bits/ 64 <v0 v1 ...>}. */
    public static Property u64s(String name, long... values) {
        return new Property(name, PropertyValues.u64s(values), List.of(new Marker(MarkerKind.TYPE_UINT64, 0, null)),
            List.of(), null);
    }

    /** One or more NUL-terminated UTF-8 strings {@code "a", "b"}. */
    public static Property strings(String name, String... values) {
        List<Marker> markers = new ArrayList<>();
        byte[] bytes = PropertyValues.strings(values, markers);
        return new Property(name, bytes, markers, List.of(), null);
    }

    /** A byte string {@code [..]}. */
    public static Property bytes(String name, byte[] value) {
        return new Property(name, value.clone(), List.of(new Marker(MarkerKind.TYPE_UINT8, 0, null)), List.of(), null);
    }

    public String name() {
        return name;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<String> labels() {
        return labels;
    }

    /** Where the property was defined, or null when it was not read from source. */
    public SourceSpan source() {
        return source;
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** A copy of the value bytes. */
    public byte[] value() {
        return value.clone();
    }

    public int byteAt(int index) {
        return value[index] & 0xff;
    }

    public void copyValueTo(byte[] destination, int offset) {
        System.arraycopy(value, 0, destination, offset, value.length);
    }

    public Property withValue(byte[] newValue, List<Marker> newMarkers) {
        return new Property(name, newValue.clone(), newMarkers, labels, source);
    }

    public Property withLabels(List<String> newLabels) {
        return new Property(name, value, markers, newLabels, source);
    }

    public Property withSource(SourceSpan newSource) {
        return new Property(name, value, markers, labels, newSource);
    }

    /** Number of whole 32-bit cells in the value. */
    public int cellCount() {
        return value.length / 4;
    }

    /** The unsigned 32-bit cell at {@code index}. */
    public long cell(int index) {
        int off = index * 4;
        if (index < 0 || off + 4 > value.length) {
            throw new IllegalStateException("property " + name + " has no cell " + index + " (" + value.length + " bytes)");
        }
        return PropertyValues.readU32(value, off);
    }

    /** All cells as unsigned values. */
    public long[] cells() {
        long[] out = new long[cellCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PropertyValues.readU32(value, i * 4);
        }
        return out;
    }

    /** The value as exactly one unsigned 32-bit cell. */
    public long u32() {
        if (value.length != 4) {
            throw new IllegalStateException("property " + name + " is " + value.length + " bytes, not one cell");
        }
        return PropertyValues.readU32(value, 0);
    }

    /** The value as exactly one 64-bit number (two cells). */
    public long u64() {
        if (value.length != 8) {
            throw new IllegalStateException("property " + name + " is " + value.length + " bytes, not a 64-bit value");
        }
        return PropertyValues.readU64(value, 0);
    }

    /**
     * {@code count} cells from {@code firstCell} joined into one number, most significant first; only the low 64
     * bits are kept when {@code count} is above 2.
     */
    public long joinedCells(int firstCell, int count) {
        long result = 0;
        for (int i = 0; i < count; i++) {
            result = (result << 32) | cell(firstCell + i);
        }
        return result;
    }

    /** dtc's {@code data_is_one_string}: exactly one NUL, at the end. */
    public boolean isString() {
        if (value.length == 0 || value[value.length - 1] != 0) {
            return false;
        }
        for (int i = 0; i < value.length - 1; i++) {
            if (value[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the value is a non-empty sequence of NUL-terminated strings. */
    public boolean isStringList() {
        return value.length > 0 && value[value.length - 1] == 0;
    }

    /** The first string of the value (up to the first NUL or the end). */
    public String string() {
        int end = 0;
        while (end < value.length && value[end] != 0) {
            end++;
        }
        return new String(value, 0, end, StandardCharsets.UTF_8);
    }

    /** Every NUL-terminated string of the value; a trailing unterminated piece is included as is. */
    public List<String> strings() {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == 0) {
                out.add(new String(value, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < value.length) {
            out.add(new String(value, start, value.length - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** True when the value bytes equal {@code other}'s. */
    public boolean valueEquals(Property other) {
        return Arrays.equals(value, other.value);
    }

    @Override
    public String toString() {
        return name + " (" + value.length + " bytes)";
    }
}

package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A property value under construction: bytes plus markers, with dtc's {@code data.c} operations. */
final class ByteData {
    private byte[] bytes;
    private int length;
    private final List<Marker> markers = new ArrayList<>(2);

    ByteData() {
        bytes = new byte[16];
    }

    int length() {
        return length;
    }

    List<Marker> markers() {
        return markers;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    byte byteAt(int i) {
        return bytes[i];
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }

    ByteData addMarker(MarkerKind kind, String ref) {
        markers.add(new Marker(kind, length, ref));
        return this;
    }

    ByteData appendByte(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
        return this;
    }

    ByteData appendBytes(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, bytes, length, len);
        length += len;
        return this;
    }

    /** Appends the low {@code bits} bits of {@code value}, big-endian. */
    ByteData appendInteger(long value, int bits) {
        for (int shift = bits - 8; shift >= 0; shift -= 8) {
            appendByte((int) (value >>> shift));
        }
        return this;
    }

    /** dtc's {@code data_merge}: appends {@code other}'s bytes and markers (offsets moved). */
    ByteData merge(ByteData other) {
        int base = length;
        appendBytes(other.bytes, 0, other.length);
        for (Marker m : other.markers) {
            markers.add(m.movedBy(base));
        }
        return this;
    }
}

package dev.mpuworkbench.devicetree.tree;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Big-endian encoding and decoding of property values. */
public final class PropertyValues {
    private PropertyValues() {
    }

    public static long readU32(byte[] b, int off) {
        return ((b[off] & 0xffL) << 24) | ((b[off + 1] & 0xffL) << 16) | ((b[off + 2] & 0xffL) << 8) | (b[off + 3] & 0xffL);
    }

    public static long readU64(byte[] b, int off) {
        return (readU32(b, off) << 32) | readU32(b, off + 4);
    }

    public static void writeU32(byte[] b, int off, long v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    public static void writeU64(byte[] b, int off, long v) {
        writeU32(b, off, v >>> 32);
        writeU32(b, off + 4, v);
    }

    static byte[] cells(long... values) {
        byte[] out = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            long v = values[i];
            if (v > 0xffffffffL || v < Integer.MIN_VALUE) {
                throw new IllegalArgumentException("value 0x" + Long.toHexString(v) + " does not fit in a 32-bit cell");
            }
            writeU32(out, i * 4, v);
        }
        return out;
    }

    static byte[] u64s(long... values) {
        byte[] out = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            writeU64(out, i * 8, values[i]);
        }
        return out;
    }

    static byte[] strings(String[] values, List<Marker> typeMarkers) {
        int total = 0;
        byte[][] encoded = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = values[i].getBytes(StandardCharsets.UTF_8);
            for (byte b : encoded[i]) {
                if (b == 0) {
                    throw new IllegalArgumentException("string \"" + values[i] + "\" contains a NUL character");
                }
            }
            total += encoded[i].length + 1;
        }
        byte[] out = new byte[total];
        int off = 0;
        for (byte[] e : encoded) {
            typeMarkers.add(new Marker(MarkerKind.TYPE_STRING, off, null));
            System.arraycopy(e, 0, out, off, e.length);
            off += e.length + 1;
        }
        return out;
    }
}

package dev.mpuworkbench.devicetree.dtb;

import java.util.Arrays;

/** A growable big-endian byte buffer. */
final class ByteSink {
    private byte[] data;
    private int size;

    ByteSink(int initialCapacity) {
        data = new byte[Math.max(16, initialCapacity)];
    }

    int size() {
        return size;
    }

    private void ensure(int extra) {
        if (size + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + extra));
        }
    }

    void u32(int v) {
        ensure(4);
        data[size] = (byte) (v >>> 24);
        data[size + 1] = (byte) (v >>> 16);
        data[size + 2] = (byte) (v >>> 8);
        data[size + 3] = (byte) v;
        size += 4;
    }

    void u64(long v) {
        u32((int) (v >>> 32));
        u32((int) v);
    }

    void bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, data, size, len);
        size += len;
    }

    /** Reserves {@code len} bytes and returns their start offset, for callers that fill them directly. */
    int reserve(int len) {
        ensure(len);
        int at = size;
        size += len;
        return at;
    }

    byte[] array() {
        return data;
    }

    void byteValue(int b) {
        ensure(1);
        data[size++] = (byte) b;
    }

    /** Appends zero bytes up to a multiple of {@code alignment}. */
    void alignTo(int alignment) {
        int padded = (size + alignment - 1) & -alignment;
        ensure(padded - size);
        while (size < padded) {
            data[size++] = 0;
        }
    }

    void copyTo(byte[] destination, int offset) {
        System.arraycopy(data, 0, destination, offset, size);
    }
}

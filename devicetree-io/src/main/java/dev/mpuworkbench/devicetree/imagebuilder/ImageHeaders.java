package dev.mpuworkbench.devicetree.imagebuilder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.OptionalLong;

/**
 * The effective size a kernel image header declares, as ImageBuilder reads it since September 2023:
 * an arm64 Image ("ARMd" magic at byte 56) declares {@code image_size} at byte 16; an arm32 zImage
 * (magic 0x016F2818 at byte 36) declares its end minus its start (bytes 44 and 40). Little endian.
 */
public final class ImageHeaders {
    /** How many leading bytes of a file {@link #effectiveSize} needs. */
    public static final int BYTES_NEEDED = 64;
    static final int ARM64_MAGIC = 0x644D_5241;
    static final int ZIMAGE_MAGIC = 0x016F_2818;

    private ImageHeaders() {
    }

    /** @param head the first bytes of the file (at least {@link #BYTES_NEEDED} when it has a header) */
    public static OptionalLong effectiveSize(byte[] head) {
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head.length >= 64 && b.getInt(56) == ARM64_MAGIC) {
            long size = b.getLong(16);
            return size > 0 ? OptionalLong.of(size) : OptionalLong.empty();
        }
        if (head.length >= 48 && b.getInt(36) == ZIMAGE_MAGIC) {
            long size = Integer.toUnsignedLong(b.getInt(44)) - Integer.toUnsignedLong(b.getInt(40));
            return size > 0 ? OptionalLong.of(size) : OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}

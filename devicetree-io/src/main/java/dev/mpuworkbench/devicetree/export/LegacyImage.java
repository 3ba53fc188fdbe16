package dev.mpuworkbench.devicetree.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A U-Boot legacy image ("uImage") holding a script, byte for byte as
 * {@code mkimage -A <arch> -O linux -T script -C none -a <addr> -e <addr> -n <name> -d boot.source boot.scr}
 * writes it: a 64-byte big-endian header, then the multi-image payload (a table of u32 lengths ended by 0,
 * then the script text). The timestamp is a parameter; exporters pass 0 so the bytes are reproducible
 * (the same as mkimage run with {@code SOURCE_DATE_EPOCH=0}).
 */
public final class LegacyImage {
    public static final int MAGIC = 0x2705_1956;
    public static final int HEADER_SIZE = 64;
    public static final int NAME_LENGTH = 32;
    static final int OS_LINUX = 5;
    static final int TYPE_SCRIPT = 6;
    static final int COMPRESSION_NONE = 0;

    /** {@code ih_arch} values of U-Boot's image.h. */
    public enum Arch {
        ARM(2), ARM64(22);

        private final int code;

        Arch(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    private LegacyImage() {
    }

    /**
     * @param loadAddress load and entry address (a 32-bit field in the header)
     * @param name        at most 32 bytes of ASCII; shorter names are padded with NULs
     * @param timestamp   seconds since 1970 (unsigned 32-bit)
     */
    public static byte[] script(String scriptText, Arch arch, long loadAddress, String name, long timestamp) {
        if (loadAddress < 0 || loadAddress > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("a legacy image holds a 32-bit load address, not 0x"
                + Long.toHexString(loadAddress));
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        if (nameBytes.length > NAME_LENGTH) throw new IllegalArgumentException("image name longer than 32 bytes: " + name);
        byte[] text = scriptText.getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = ByteBuffer.allocate(8 + text.length);
        data.putInt(text.length).putInt(0).put(text);

        ByteBuffer image = ByteBuffer.allocate(HEADER_SIZE + data.capacity());
        image.putInt(MAGIC).putInt(0).putInt((int) timestamp).putInt(data.capacity())
            .putInt((int) loadAddress).putInt((int) loadAddress).putInt((int) crc32(data.array(), 0, data.capacity()))
            .put((byte) OS_LINUX).put((byte) arch.code()).put((byte) TYPE_SCRIPT).put((byte) COMPRESSION_NONE)
            .put(nameBytes);
        image.position(HEADER_SIZE);
        image.put(data.array());
        byte[] bytes = image.array();
        ByteBuffer.wrap(bytes).putInt(4, (int) crc32(bytes, 0, HEADER_SIZE));
        return bytes;
    }

    static long crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}

package dev.mpuworkbench.emulator.mpu;

/**
 * The meaning of one MAIR attribute byte, as PRLAR.AttrIndx selects it.
 *
 * @param encoding the byte, 0..255
 * @param device   Device memory (Attr[7:4] = 0)
 * @param text     e.g. "Device-nGnRE", "Normal WB RW-alloc", "Normal outer WT R-alloc, inner Non-cacheable"
 */
public record MemoryAttribute(int encoding, boolean device, String text) {
    /** Xen's MAIR_EL2 (MAIRVAL in asm/page.h). */
    public static final long XEN_MAIR = 0xFF000004_EEAA4400L;

    /** Attr&lt;index&gt; of a MAIR value. */
    public static int attrByte(long mair, int index) {
        if (index < 0 || index > 7) throw new IllegalArgumentException("AttrIndx must be 0..7, was " + index);
        return (int) (mair >>> (8 * index)) & 0xFF;
    }

    public static MemoryAttribute fromMair(long mair, int index) {
        return decode(attrByte(mair, index));
    }

    public static MemoryAttribute decode(int encoding) {
        int b = encoding & 0xFF;
        int outer = b >>> 4;
        int inner = b & 0xF;
        if (outer == 0) {
            return switch (inner) {
                case 0x0 -> new MemoryAttribute(b, true, "Device-nGnRnE");
                case 0x4 -> new MemoryAttribute(b, true, "Device-nGnRE");
                case 0x8 -> new MemoryAttribute(b, true, "Device-nGRE");
                case 0xC -> new MemoryAttribute(b, true, "Device-GRE");
                default -> new MemoryAttribute(b, true, String.format("Device, reserved encoding 0x%02X", b));
            };
        }
        if (inner == 0) {
            return new MemoryAttribute(b, false, String.format("Normal, UNPREDICTABLE encoding 0x%02X", b));
        }
        String o = cachePolicy(outer);
        String i = cachePolicy(inner);
        String text = outer == inner ? "Normal " + o : "Normal outer " + o + ", inner " + i;
        return new MemoryAttribute(b, false, text);
    }

    /** One nibble of a Normal attribute. */
    private static String cachePolicy(int nibble) {
        if (nibble == 0b0100) return "Non-cacheable";
        String alloc = switch (nibble & 0b11) {
            case 0b11 -> "RW-alloc";
            case 0b10 -> "R-alloc";
            case 0b01 -> "W-alloc";
            default -> "no-alloc";
        };
        return switch (nibble >>> 2) {
            case 0b00 -> "WT transient " + alloc;
            case 0b01 -> "WB transient " + alloc;
            case 0b10 -> "WT " + alloc;
            default -> "WB " + alloc;
        };
    }
}

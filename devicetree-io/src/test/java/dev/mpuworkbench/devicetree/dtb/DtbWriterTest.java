package dev.mpuworkbench.devicetree.dtb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.TreeBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DtbWriterTest {

    private static int u32(byte[] b, int off) {
        return ByteBuffer.wrap(b, off, 4).getInt();
    }

    @Test
    void anEmptyTreeIsSeventyTwoBytesLaidOutLikeDtc() {
        byte[] blob = DtbWriter.write(DeviceTree.empty());
        assertEquals(72, blob.length);
        assertEquals(0xd00dfeed, u32(blob, 0));
        assertEquals(72, u32(blob, 4), "totalsize");
        assertEquals(0x38, u32(blob, 8), "off_dt_struct right after the one-entry reservation block");
        assertEquals(0x48, u32(blob, 12), "off_dt_strings right after the structure block");
        assertEquals(0x28, u32(blob, 16), "off_mem_rsvmap");
        assertEquals(17, u32(blob, 20));
        assertEquals(16, u32(blob, 24));
        assertEquals(0, u32(blob, 32), "no strings");
        assertEquals(16, u32(blob, 36), "BEGIN_NODE, empty name, END_NODE, END");
        assertArrayEquals(new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 9},
            java.util.Arrays.copyOfRange(blob, 0x38, 0x48));
    }

    /** The strings block as a list of (offset, string) for each property, in order. */
    private static List<String> nameOffsets(byte[] blob) {
        int struct = u32(blob, 8);
        int strings = u32(blob, 12);
        List<String> out = new ArrayList<>();
        int p = struct;
        while (true) {
            int token = u32(blob, p);
            p += 4;
            if (token == 1) {
                while (blob[p] != 0) {
                    p++;
                }
                p = (p + 4) & ~3;
            } else if (token == 3) {
                int len = u32(blob, p);
                int off = u32(blob, p + 4);
                out.add(off + ":" + cString(blob, strings + off));
                p = (p + 8 + len + 3) & ~3;
            } else if (token == 9) {
                return out;
            }
        }
    }

    private static String cString(byte[] b, int off) {
        int end = off;
        while (b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.ISO_8859_1);
    }

    @Test
    void namesThatEndAnEarlierNameShareItsBytes() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            / {
                #address-cells = <1>;
                cells = <1>;
                linux,phandle = <5>;
                n { ref = <&m>; a-very-long-property-name; e; };
                m: m { };
            };
            """);
        byte[] blob = DtbWriter.write(t);
        assertEquals(List.of("0:#address-cells", "9:cells", "15:linux,phandle", "29:ref",
            "33:a-very-long-property-name", "27:e", "21:phandle"), nameOffsets(blob));
        assertEquals(59, u32(blob, 32), "strings block: 15 + 14 + 4 + 26 bytes, unpadded; e is the end of linux,phandle");
        assertEquals(blob.length, u32(blob, 12) + 59, "totalsize is not rounded up");
    }

    @Test
    void anEmptyNameSharesTheFirstNul() {
        DeviceTree t = DeviceTree.empty();
        t.root().addProperty(dev.mpuworkbench.devicetree.tree.Property.empty("abc"));
        t.root().addProperty(dev.mpuworkbench.devicetree.tree.Property.empty(""));
        byte[] blob = DtbWriter.write(t);
        assertEquals(List.of("0:abc", "3:"), nameOffsets(blob));
        assertEquals(4, u32(blob, 32));
    }

    @Test
    void reservationsAndBootCpuAreInTheHeaderBlocks() {
        DeviceTree t = TreeBuilder.create().reserve(0xdeadbeef00000000L, 0x100000).reserve(0x75bcd15, 0x1000)
            .bootCpuid(0x10).build();
        byte[] blob = DtbWriter.write(t);
        assertEquals(0x10, u32(blob, 28));
        assertEquals(0x28 + 3 * 16, u32(blob, 8));
        ByteBuffer b = ByteBuffer.wrap(blob);
        assertEquals(0xdeadbeef00000000L, b.getLong(0x28));
        assertEquals(0x100000, b.getLong(0x30));
        assertEquals(0x75bcd15, b.getLong(0x38));
        assertEquals(0, b.getLong(0x48));
        assertEquals(0, b.getLong(0x50));
    }

    @Test
    void extraSpaceOptionsWorkLikeDtc() {
        DeviceTree t = DeviceTree.empty();
        byte[] r2p16 = DtbWriter.write(t, new DtbLayout(2, 0, 16, 0), w -> { });
        assertEquals(72 + 32 + 16, r2p16.length);
        assertEquals(0x28 + 3 * 16, u32(r2p16, 8), "two empty slots then the terminator");
        assertEquals(r2p16.length, u32(r2p16, 4), "padding is counted in totalsize");
        assertEquals(256, DtbWriter.write(t, new DtbLayout(0, 256, 0, 0), w -> { }).length);
        assertEquals(128, DtbWriter.write(t, new DtbLayout(0, 0, 0, 64), w -> { }).length);
        List<String> warnings = new ArrayList<>();
        assertEquals(72, DtbWriter.write(t, new DtbLayout(0, 10, 0, 0), warnings::add).length);
        assertEquals(List.of("Warning: blob size 72 >= minimum size 10"), warnings);
        assertThrows(IllegalArgumentException.class, () -> new DtbLayout(0, 0, 0, 24));
        assertThrows(IllegalArgumentException.class, () -> new DtbLayout(0, 8, 8, 0));
    }

    @Test
    void valuesArePaddedToFourBytesWithZeros() {
        DeviceTree t = Compile.ok("/dts-v1/; / { b = /bits/ 8 <1 2 3>; };");
        byte[] blob = DtbWriter.write(t);
        int prop = u32(blob, 8) + 8;
        assertEquals(3, u32(blob, prop + 4), "length is 3, not padded");
        assertArrayEquals(new byte[] {1, 2, 3, 0}, java.util.Arrays.copyOfRange(blob, prop + 12, prop + 16));
    }
}

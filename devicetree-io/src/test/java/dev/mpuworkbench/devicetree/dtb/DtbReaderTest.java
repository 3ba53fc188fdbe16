package dev.mpuworkbench.devicetree.dtb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DtbReaderTest {
    private static final String SOURCE = """
        /dts-v1/;
        /memreserve/ 0x80000000 0x10000;
        / {
            model = "test";
            cpus { #address-cells = <1>; #size-cells = <0>; cpu@0 { reg = <0>; }; };
            soc { uart@1000 { reg = <0x1000>; data = [01 02 03]; }; };
        };
        """;

    private static byte[] blob() {
        return DtbWriter.write(Compile.ok(SOURCE));
    }

    private static void put(byte[] b, int off, int v) {
        ByteBuffer.wrap(b).putInt(off, v);
    }

    private static int get(byte[] b, int off) {
        return ByteBuffer.wrap(b).getInt(off);
    }

    private static String refusal(byte[] b) {
        return assertThrows(DtbFormatException.class, () -> DtbReader.read(b)).getMessage();
    }

    @Test
    void readsBackWhatTheWriterWrote() {
        byte[] original = blob();
        DeviceTree t = DtbReader.read(original);
        assertEquals(List.of(new MemoryReservation(0x80000000L, 0x10000)), t.reservations());
        assertEquals("test", t.root().string("model").orElseThrow());
        assertArrayEquals(new byte[] {1, 2, 3}, t.node("/soc/uart@1000").orElseThrow().propertyOrNull("data").value());
        assertArrayEquals(original, DtbWriter.write(t));
    }

    @Test
    void refusesWrongMagicAndShortBlobs() {
        byte[] b = blob();
        b[0] = 0;
        assertEquals("Blob has incorrect magic number", refusal(b));
        assertEquals("Blob is too short (3 bytes) to hold a header", refusal(new byte[3]));
        byte[] c = blob();
        assertEquals("Blob is truncated: header says " + c.length + " bytes, only 100 present",
            refusal(Arrays.copyOf(c, 100)));
        put(c, 4, 20);
        assertEquals("DT blob size (20) is too small", refusal(c));
    }

    @Test
    void refusesVersionsItCannotRead() {
        byte[] b = blob();
        put(b, 20, 15);
        assertEquals("Blob version 15 is not supported (16 and 17 are)", refusal(b));
        byte[] c = blob();
        put(c, 20, 18);
        put(c, 24, 18);
        assertEquals("Blob version 18 needs a reader for version 18 (this one reads 17)", refusal(c));
    }

    @Test
    void refusesOffsetsAndSizesOutsideTheBlob() {
        byte[] b = blob();
        put(b, 16, b.length);
        assertEquals("Mem Reserve structure offset exceeds total size", refusal(b));
        b = blob();
        put(b, 8, b.length + 4);
        assertEquals("DT structure offset exceeds total size", refusal(b));
        b = blob();
        put(b, 12, b.length + 1);
        assertEquals("String table offset exceeds total size", refusal(b));
        b = blob();
        put(b, 32, 0x7fffffff);
        assertEquals("String table extends past total size", refusal(b));
        b = blob();
        put(b, 36, 0xfffffff0);
        assertEquals("Structure block extends past total size", refusal(b));
    }

    @Test
    void refusesAReservationBlockWithoutTerminator() {
        byte[] b = blob();
        put(b, 16, get(b, 12) - 8);
        assertEquals("Memory reservation block at 0x" + Integer.toHexString(get(b, 12) - 8)
            + " runs past the end of the blob without its terminating entry", refusal(b));
    }

    @Test
    void refusesBadTokensNamesAndLengths() {
        byte[] b = blob();
        int struct = get(b, 8);
        put(b, struct, 7);
        assertEquals("Device tree blob doesn't begin with FDT_BEGIN_NODE (begins with 0x00000007)", refusal(b));

        b = blob();
        int firstProp = struct + 8;
        put(b, firstProp, 0x55);
        assertEquals(String.format("Invalid opcode word 00000055 in device tree blob at offset 0x%x", firstProp), refusal(b));

        b = blob();
        put(b, firstProp + 4, 0x7ffffff0);
        assertEquals(String.format("Property at offset 0x%x claims 2147483632 bytes, past the end of the blob",
            firstProp), refusal(b));

        b = blob();
        put(b, firstProp + 8, 100000);
        assertEquals("String offset 100000 overruns string table", refusal(b));

        b = blob();
        int strings = get(b, 12);
        b[b.length - 1] = 'x';
        assertEquals(strings, get(b, 12));
        String m = refusal(b);
        assertEquals(true, m.startsWith("String offset ") && m.endsWith("overruns string table (unterminated name)"), m);

        b = blob();
        put(b, firstProp, 9);
        assertEquals(String.format("Premature FDT_END in device tree blob at offset 0x%x", firstProp), refusal(b));

        ByteBuffer noEnd = ByteBuffer.allocate(68);
        noEnd.putInt(0xd00dfeed).putInt(68).putInt(56).putInt(56).putInt(40).putInt(17).putInt(16).putInt(0).putInt(0)
            .putInt(12).putLong(40, 0).putLong(48, 0);
        noEnd.putInt(56, 1).putInt(60, 0).putInt(64, 2);
        assertEquals("Premature end of data parsing flat device tree (the blob ends at 0x44)", refusal(noEnd.array()));

        b = blob();
        put(b, struct + get(b, 36) - 4, 4);
        assertEquals("Device tree blob doesn't end with FDT_END", refusal(b));
    }

    @Test
    void readsTheStructureBlockToTheEndOfTheBlobLikeDtc() {
        byte[] b = blob();
        put(b, 36, get(b, 36) - 8);
        assertEquals("/soc/uart@1000", DtbReader.read(b).node("/soc/uart@1000").orElseThrow().path());
    }

    @Test
    void keepsARootNameAndAnEmptyPropertyNameAsDtcDoes() {
        byte[] b = blob();
        int struct = get(b, 8);
        put(b, struct + 4, 0x78000000);
        DeviceTree t = DtbReader.read(b);
        assertEquals("x", t.root().name());
        assertEquals("/x/soc", t.root().children().get(1).path());
        byte[] c = blob();
        put(c, struct + 16, get(c, 32) - 1);
        assertEquals("", DtbReader.read(c).root().properties().get(0).name(), "a name offset at a NUL is an empty name");
    }

    @Test
    void refusesAnUnterminatedNodeName() {
        byte[] b = DtbWriter.write(Compile.ok("/dts-v1/; / { abc { }; };"));
        int struct = get(b, 8);
        int size = get(b, 36);
        for (int i = struct + 12; i < struct + size; i++) {
            b[i] = 'x';
        }
        assertEquals("Unterminated node name at offset 0x" + Integer.toHexString(struct + 12), refusal(b));
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutRecursing() {
        int depth = DtbReader.MAX_DEPTH + 1;
        ByteBuffer s = ByteBuffer.allocate(depth * 16 + 64);
        for (int i = 0; i < depth; i++) {
            s.putInt(1).putInt(i == 0 ? 0 : 0x61000000);
        }
        for (int i = 0; i < depth; i++) {
            s.putInt(2);
        }
        s.putInt(9);
        int structSize = s.position();
        byte[] blob = new byte[56 + structSize];
        ByteBuffer h = ByteBuffer.wrap(blob);
        h.putInt(0xd00dfeed).putInt(blob.length).putInt(56).putInt(56 + structSize).putInt(40).putInt(17).putInt(16)
            .putInt(0).putInt(0).putInt(structSize);
        System.arraycopy(s.array(), 0, blob, 56, structSize);
        assertEquals("Nodes nested deeper than 1024 levels at offset 0x" + Integer.toHexString(56 + 1024 * 8),
            refusal(blob));
    }

    @Test
    void acceptsNopsAndWarnsAboutPropertiesAfterSubnodesLikeDtc() {
        ByteBuffer s = ByteBuffer.allocate(64);
        s.putInt(1).putInt(0).putInt(4).putInt(1).putInt(0x61000000).putInt(2).putInt(3).putInt(0).putInt(0).putInt(2)
            .putInt(9);
        int structSize = s.position();
        byte[] strings = {'p', 0};
        byte[] blob = new byte[56 + structSize + 2];
        ByteBuffer h = ByteBuffer.wrap(blob);
        h.putInt(0xd00dfeed).putInt(blob.length).putInt(56).putInt(56 + structSize).putInt(40).putInt(17).putInt(16)
            .putInt(0).putInt(2).putInt(structSize);
        System.arraycopy(s.array(), 0, blob, 56, structSize);
        System.arraycopy(strings, 0, blob, 56 + structSize, 2);
        List<String> warnings = new ArrayList<>();
        DeviceTree t = DtbReader.read(blob, warnings::add);
        assertEquals(List.of("Warning: Flat tree input has subnodes preceding a property."), warnings);
        assertEquals("p", t.root().properties().get(0).name());
        assertEquals("a", t.root().children().get(0).name());
    }
}

package dev.mpuworkbench.devicetree.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Property;
import org.junit.jupiter.api.Test;

class DtsPrinterTest {
    private static final String SOURCE = """
        /dts-v1/;
        /memreserve/ 0x80000000 0x10000;
        / {
            #address-cells = <1>;
            #size-cells = <1>;
            model = "round \\"trip\\"\\t";
            strings = "a", "b\\0c", "";
            mixed = "x", <1 2>, [ab cd], /bits/ 16 <3>, /bits/ 64 <0x100000000>, /bits/ 8 <7>;
            empty;
            l1: labelled = v1: <1 v2: 2> v3:;
            bytes = [00 ff 10];
            path = &n;
            n: node@10 { reg = <0x10 4>; ref = <&n 5>; };
        };
        """;

    @Test
    void sourceToBlobToSourceToBlobIsStable() {
        DeviceTree compiled = Compile.ok(SOURCE);
        byte[] first = DtbWriter.write(compiled);
        String fromSource = DtsPrinter.print(compiled);
        byte[] second = DtbWriter.write(Compile.ok(fromSource));
        assertArrayEquals(first, second);
        String fromBlob = DtsPrinter.print(DtbReader.read(first));
        byte[] third = DtbWriter.write(Compile.ok(fromBlob));
        assertArrayEquals(first, third);
        assertEquals(fromBlob, DtsPrinter.print(DtbReader.read(third)));
    }

    @Test
    void typedValuesAreWrittenTheWayTheyWereWritten() {
        String out = DtsPrinter.print(Compile.ok(SOURCE));
        assertEquals("""
            /dts-v1/;

            /memreserve/\t0x0000000080000000 0x0000000000010000;
            / {
            \t#address-cells = <0x01>;
            \t#size-cells = <0x01>;
            \tmodel = "round \\"trip\\"\\t";
            \tstrings = "a", "b\\0c", "";
            \tmixed = "x", <0x01 0x02>, [ab cd], /bits/ 16 <0x03>, /bits/ 64 <0x100000000>, [07];
            \tempty;
            \tl1: labelled = v1: <0x01 v2:0x02> v3:;
            \tbytes = [00 ff 10];
            \tpath = "/node@10";

            \tn: node@10 {
            \t\treg = <0x10 0x04>;
            \t\tref = <0x01 0x05>;
            \t\tphandle = <0x01>;
            \t};
            };
            """, out);
    }

    @Test
    void untypedValuesAreGuessedLikeDtc() {
        DeviceTree t = DeviceTree.empty();
        t.root().addProperty(Property.of("s", "hello\0".getBytes()));
        t.root().addProperty(Property.of("list", "a\0bc\0".getBytes()));
        t.root().addProperty(Property.of("mostlynul", new byte[] {'a', 0, 0, 0}));
        t.root().addProperty(Property.of("cells", new byte[] {0, 0, 0, 1, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}));
        t.root().addProperty(Property.of("odd", new byte[] {1, 2, 3}));
        t.root().addProperty(Property.of("high", new byte[] {'a', (byte) 0x80, 0}));
        assertEquals("""
            /dts-v1/;

            / {
            \ts = "hello";
            \tlist = "a\\0bc";
            \tmostlynul = <0x61000000>;
            \tcells = <0x01 0xdeadbeef>;
            \todd = [01 02 03];
            \thigh = <0x618000>;
            };
            """.replace("<0x618000>", "[61 80 00]"), DtsPrinter.print(t));
    }
}

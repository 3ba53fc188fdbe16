package dev.mpuworkbench.devicetree.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.testing.SharedMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressTranslationTest {
    /** The shape of Arm's FVP Base RevC: the UART sits three buses deep behind non-identity ranges. */
    private static final String FVP = """
        /dts-v1/;
        / {
            #address-cells = <2>;
            #size-cells = <2>;
            aliases { serial0 = "/bus@8000000/motherboard-bus@8000000/iofpga-bus@300000000/serial@90000"; };
            chosen { stdout-path = "serial0:115200n8"; };
            memory@80000000 { device_type = "memory"; reg = <0 0x80000000 0 0x7c000000>, <8 0x80000000 0 0x80000000>; };
            bus@8000000 {
                #address-cells = <2>;
                #size-cells = <1>;
                ranges = <0 0x8000000 0 0x8000000 0x18000000>;
                motherboard-bus@8000000 {
                    #address-cells = <2>;
                    #size-cells = <1>;
                    ranges = <0 0 0 0x08000000 0x04000000>, <3 0 0 0x1c000000 0x04000000>;
                    iofpga-bus@300000000 {
                        #address-cells = <1>;
                        #size-cells = <1>;
                        ranges = <0 3 0 0x210000>;
                        serial@90000 { reg = <0x90000 0x1000>; };
                    };
                };
                hidden { #address-cells = <1>; #size-cells = <1>; dev@0 { reg = <0 4>; }; };
                plain { #address-cells = <2>; #size-cells = <1>; ranges; dev@0,8000100 { reg = <0 0x8000100 0x10>; }; };
            };
        };
        """;

    @Test
    void regIsDecodedWithTheParentsCells() {
        DeviceTree t = Compile.ok(FVP);
        Node memory = t.node("/memory@80000000").orElseThrow();
        assertEquals(List.of(new RegEntry(0x80000000L, 0x7c000000L), new RegEntry(0x880000000L, 0x80000000L)), memory.reg());
        Node serial = t.resolve("serial0").orElseThrow();
        assertEquals(List.of(new RegEntry(0x90000, 0x1000)), serial.reg());
        assertEquals(1, serial.parent().addressCells());
        assertEquals(2, t.root().addressCells());
    }

    @Test
    void addressesAreTranslatedThroughEveryAncestorsRanges() {
        DeviceTree t = Compile.ok(FVP);
        Node serial = t.resolve("serial0").orElseThrow();
        assertEquals(List.of(new RegEntry(0x1c090000L, 0x1000)), DeviceTree.regInCpuSpace(serial));
        assertEquals(0x1c090004L, DeviceTree.translateToCpu(serial.parent(), 0x90004).getAsLong());
    }

    @Test
    void emptyRangesIsIdentityAndMissingRangesHidesTheBus() {
        DeviceTree t = Compile.ok(FVP);
        Node plain = t.node("/bus@8000000/plain/dev@0,8000100").orElseThrow();
        assertEquals(List.of(new RegEntry(0x8000100, 0x10)), DeviceTree.regInCpuSpace(plain));
        Node hidden = t.node("/bus@8000000/hidden/dev@0").orElseThrow();
        assertTrue(DeviceTree.regInCpuSpace(hidden).isEmpty());
        assertTrue(DeviceTree.translateToCpu(t.node("/bus@8000000/motherboard-bus@8000000").orElseThrow(), 0x200000000L)
            .isEmpty(), "an address outside every range is not visible");
    }

    @Test
    void regWithTheWrongLengthIsAnError() {
        DeviceTree t = TreeBuilder.create().cells("#address-cells", 2).cells("#size-cells", 1)
            .node("bad@0").cells("reg", 1, 2).end().build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> t.node("/bad@0").orElseThrow().reg());
        assertEquals("/bad@0: reg is 8 bytes, not a multiple of 3 cells (#address-cells 2, #size-cells 1)", e.getMessage());
    }

    @Test
    void lookupsByPathLabelPhandleAndAlias() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            / {
                aliases { console = &uart; };
                uart: serial@1 { reg = <1 1>; };
                user { port = <&uart>; };
            };
            """);
        Node uart = t.node("/serial@1").orElseThrow();
        assertEquals(uart, t.nodeByLabel("uart").orElseThrow());
        assertEquals(uart, t.resolve("&uart").orElseThrow());
        assertEquals(uart, t.resolve("console").orElseThrow());
        long phandle = t.node("/user").orElseThrow().u32("port").getAsLong();
        assertEquals(uart, t.nodeByPhandle(phandle).orElseThrow());
        assertTrue(t.node("serial@1").isEmpty(), "paths must be absolute");
    }

    @Test
    void theRealFvpTreeHasItsConsoleWhereArmSaysItIs() throws IOException {
        var corpus = SharedMaterial.devicetreeCorpus();
        DeviceTree t = DtbReader.read(Files.readAllBytes(corpus.resolve("golden-dtc-1.6.1/real/fvp-base-revc.dtb")));
        String stdout = t.node("/chosen").orElseThrow().string("stdout-path").orElseThrow();
        Node uart = t.resolve(stdout.substring(0, stdout.indexOf(':'))).orElseThrow();
        assertEquals(0x1c090000L, DeviceTree.regInCpuSpace(uart).get(0).address());
    }
}

package dev.mpuworkbench.devicetree.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceTreesTest {

    @Test
    void parsesTextAndReturnsWarnings() throws Exception {
        DeviceTrees.Loaded l = DeviceTrees.parseDts("board.dts", "/dts-v1/; / { n@1 { }; };");
        assertEquals(List.of("board.dts:1.19-23: Warning (unit_address_vs_reg): /n@1: node has a unit name, but no reg"
            + " or ranges property"), l.warnings());
        assertTrue(l.tree().node("/n@1").isPresent());
    }

    @Test
    void errorsCarryDtcsMessagesAndStatus() {
        DeviceTreeException syntax = assertThrows(DeviceTreeException.class,
            () -> DeviceTrees.parseDts("b.dts", "/dts-v1/; / { p = <1>"));
        assertEquals(1, syntax.exitStatus());
        assertEquals("Error: b.dts:1.21-22 syntax error\nFATAL ERROR: Unable to parse input tree", syntax.getMessage());
        DeviceTreeException check = assertThrows(DeviceTreeException.class,
            () -> DeviceTrees.parseDts("b.dts", "/dts-v1/; / { p = <&x>; };"));
        assertEquals(2, check.exitStatus());
        assertTrue(check.getMessage().startsWith("b.dts:1.13-27: ERROR (phandle_references)"), check.getMessage());
        assertEquals(1, assertThrows(DeviceTreeException.class, () -> DeviceTrees.readDtb(new byte[8])).exitStatus());
    }

    @Test
    void loadsThroughThePreprocessorLikeABoardBuild(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("include/dt-bindings"));
        Files.writeString(dir.resolve("include/dt-bindings/irq.h"), "#define IRQ_TYPE_LEVEL_HIGH 4\n");
        Files.writeString(dir.resolve("soc.dtsi"), "/ { #address-cells = <1>; #size-cells = <1>; };\n");
        Files.writeString(dir.resolve("board.dts"), """
            /dts-v1/;
            #include "soc.dtsi"
            #include <dt-bindings/irq.h>
            / { irq = <IRQ_TYPE_LEVEL_HIGH>; };
            """);
        DeviceTrees.Loaded l = DeviceTrees.loadDts(dir.resolve("board.dts"), List.of(dir.resolve("include")), true);
        assertArrayEquals(new long[] {4}, l.tree().root().cells("irq"));
        DeviceTree back = DeviceTrees.readDtb(DeviceTrees.toDtb(l.tree())).tree();
        assertEquals(DeviceTrees.toDts(l.tree()), DeviceTrees.toDts(back));
        DeviceTreeException e = assertThrows(DeviceTreeException.class,
            () -> DeviceTrees.loadDts(dir.resolve("board.dts"), List.of(), true));
        assertTrue(e.getMessage().endsWith("fatal error: dt-bindings/irq.h: No such file or directory"), e.getMessage());
    }
}

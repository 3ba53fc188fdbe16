package dev.mpuworkbench.devicetree.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpuworkbench.devicetree.dts.DtsPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeBuilderTest {

    @Test
    void buildsNodesWithCellsStringsAndSixtyFourBitValues() {
        DeviceTree t = TreeBuilder.create()
            .cells("#address-cells", 2).cells("#size-cells", 2)
            .reserve(0x80000000L, 0x10000).bootCpuid(1)
            .node("chosen").string("bootargs", "console=ttyAMA0").end()
            .node("memory@80000000").label("ram").string("device_type", "memory")
            .addressSize("reg", 2, 2, 0x80000000L, 0x7c000000L, 0x880000000L, 0x80000000L).end()
            .node("big").u64("value", 0x1122334455667788L).empty("flag").end()
            .build();
        Node memory = t.node("/memory@80000000").orElseThrow();
        assertEquals(List.of(new RegEntry(0x80000000L, 0x7c000000L), new RegEntry(0x880000000L, 0x80000000L)), memory.reg());
        assertEquals(List.of("ram"), memory.labels());
        assertEquals(0x1122334455667788L, t.node("/big").orElseThrow().u64("value").getAsLong());
        assertEquals(List.of(new MemoryReservation(0x80000000L, 0x10000)), t.reservations());
        assertEquals(1, t.bootCpuidPhys());
        assertEquals("""
            /dts-v1/;

            /memreserve/\t0x0000000080000000 0x0000000000010000;
            / {
            \t#address-cells = <0x02>;
            \t#size-cells = <0x02>;

            \tchosen {
            \t\tbootargs = "console=ttyAMA0";
            \t};

            \tram: memory@80000000 {
            \t\tdevice_type = "memory";
            \t\treg = <0x00 0x80000000 0x00 0x7c000000 0x08 0x80000000 0x00 0x80000000>;
            \t};

            \tbig {
            \t\tvalue = /bits/ 64 <0x1122334455667788>;
            \t\tflag;
            \t};
            };
            """, DtsPrinter.print(t));
    }

    @Test
    void reopeningANodeAddsToIt() {
        DeviceTree t = TreeBuilder.create().node("a").cells("x", 1).end().node("a").cells("y", 2).end().build();
        assertEquals(1, t.root().children().size());
        assertEquals(2, t.node("/a").orElseThrow().properties().size());
    }

    @Test
    void mistakesAreRefused() {
        assertThrows(IllegalStateException.class, () -> TreeBuilder.create().end());
        assertThrows(IllegalArgumentException.class, () -> TreeBuilder.create().addressSize("reg", 1, 1, 0x100000000L, 1));
        assertThrows(IllegalArgumentException.class, () -> TreeBuilder.create().addressSize("reg", 1, 1, 1));
        assertArrayEquals(new long[] {0, 5, 7}, TreeBuilder.create().addressSize("r", 2, 1, 5, 7).build().root().cells("r"));
    }
}

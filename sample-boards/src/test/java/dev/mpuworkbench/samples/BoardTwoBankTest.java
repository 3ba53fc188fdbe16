package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-bank R82 board: banks above 1 GiB and 4 GiB, SRAM, 16 EL2 regions, a bus that moves addresses. */
class BoardTwoBankTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private BoardTree root;

    @BeforeEach
    void compile() throws Exception {
        root = BoardDtc.tree("r82-twobank-16", dir);
    }

    @Test
    void ramComesInTwoBanksOneAboveFourGib() {
        assertEquals(List.of(AddressRange.of(0x4000_0000L, GIB), AddressRange.of(0x1_0000_0000L, 2 * GIB)),
            root.node("/memory@40000000").orElseThrow().reg());
    }

    @Test
    void everyWindowFitsTheR82PhysicalAddressSpace() {
        for (BoardTree node : root.allNodes()) {
            if (!node.has("reg") || node.parent().name().equals("cpus")) continue;
            for (AddressRange window : node.reg()) {
                assertTrue(window.end() <= CpuKind.CORTEX_R82.addressLimit(), node + " " + window + " within 48 bits");
            }
        }
    }

    @Test
    void mmioSramOf256KibAt0x30000000() {
        List<BoardTree> srams = BoardDtsTest.withCompatible(root, "mmio-sram");
        assertEquals(1, srams.size());
        assertEquals(List.of(AddressRange.of(0x3000_0000L, 256 * 1024)), srams.get(0).reg());
    }

    @Test
    void twoCoresAndOnlySixteenEl2Regions() {
        BoardTree cpus = root.node("/cpus").orElseThrow();
        assertEquals(2, cpus.children().stream().filter(c -> c.name().startsWith("cpu@")).count());
        assertEquals(16, cpus.cell("mpu,el2-regions"));
    }

    @Test
    void theUartsSitOnASimpleBusWhoseRangesMoveThemTo0x80000000() {
        BoardTree bus = root.node("/bus@80000000").orElseThrow();
        assertEquals(List.of("simple-bus"), bus.strings("compatible"));
        assertEquals(List.of(0x0L, 0x0L, 0x8000_0000L, 0x1000_0000L), bus.cells("ranges"), "child 0 -> CPU 0x80000000");
        BoardTree uart0 = bus.node("/serial@0").orElseThrow();
        BoardTree uart1 = bus.node("/serial@10000").orElseThrow();
        assertEquals(List.of(0x0L, 0x1000L), uart0.cells("reg"), "reg in bus addresses");
        assertEquals(List.of(AddressRange.of(0x8000_0000L, 0x1000)), uart0.reg(), "translated through ranges");
        assertEquals(List.of(AddressRange.of(0x8001_0000L, 0x1000)), uart1.reg());
        assertNotEquals(uart1.cells("reg").get(0), uart1.reg().get(0).base(), "translation is not the identity");
        assertEquals(List.of(AddressRange.of(0x8002_0000L, 0x1000)), bus.node("/watchdog@20000").orElseThrow().reg());
    }

    @Test
    void gicV3HasOneRedistributorFramePairPerCore() {
        BoardTree gic = BoardDtsTest.withCompatible(root, "arm,gic-v3").get(0);
        assertEquals(List.of(AddressRange.of(0x3800_0000L, 0x10000), AddressRange.of(0x3810_0000L, 2 * 0x20000)), gic.reg());
    }
}

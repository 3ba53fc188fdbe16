package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cortex-R52-class AArch32 board: one address cell, 32-bit addresses, 16 + 16 MPU regions. */
class BoardR52Test {
    @TempDir
    Path dir;

    private BoardTree root;

    @BeforeEach
    void compile() throws Exception {
        root = BoardDtc.tree("r52-aarch32", dir);
    }

    @Test
    void addressesAndSizesAreOneCellEach() {
        assertEquals(1, root.addressCells());
        assertEquals(1, root.sizeCells());
    }

    @Test
    void everyWindowIsBelowFourGib() {
        for (BoardTree node : root.allNodes()) {
            if (!node.has("reg") || node.parent().name().equals("cpus")) continue;
            for (AddressRange window : node.reg()) {
                assertTrue(window.end() <= CpuKind.CORTEX_R52.addressLimit(), node + " " + window + " within 32 bits");
            }
        }
    }

    @Test
    void cortexR52CoresWithSixteenPlusSixteenRegions() {
        BoardTree cpus = root.node("/cpus").orElseThrow();
        List<BoardTree> cores = cpus.children().stream().filter(c -> c.name().startsWith("cpu@")).toList();
        assertFalse(cores.isEmpty());
        cores.forEach(c -> assertEquals("arm,cortex-r52", c.string("compatible")));
        assertEquals(16, cpus.cell("mpu,el2-regions"));
        assertEquals(16, cpus.cell("mpu,el1-regions"));
    }

    @Test
    void ramStartsAtZeroAndTheFvpPeripheralsAreWhereTheBaseRMapPutsThem() {
        assertEquals(List.of(AddressRange.of(0, 1L << 30)), root.node("/memory@0").orElseThrow().reg());
        assertEquals(List.of(AddressRange.of(0x9C09_0000L, 0x10000)), root.node("/uart@9c090000").orElseThrow().reg());
        BoardTree gic = BoardDtsTest.withCompatible(root, "arm,gic-v3").get(0);
        assertEquals(List.of(AddressRange.of(0xAF00_0000L, 0x10000), AddressRange.of(0xAF10_0000L, 4 * 0x20000)), gic.reg());
    }
}

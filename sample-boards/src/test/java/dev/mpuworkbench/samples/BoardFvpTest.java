package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.project.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FVP BaseR board tree has the real memory map and agrees with the default sample design's board. */
class BoardFvpTest {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;

    private BoardTree root;
    private Board designBoard;

    @BeforeEach
    void compile() throws Exception {
        root = BoardDtc.tree(Samples.DEFAULT_BOARD, dir);
        String design = Samples.DEFAULT_DESIGN;
        designBoard = ProjectFile.parse(Samples.designJson(design), Samples.designFileName(design)).board();
    }

    @Test
    void dramIsTheLowTwoGibWithTheTopSixteenMibReservedForTheSecureWorld() {
        assertEquals(List.of(AddressRange.of(0, 2 * GIB)), root.node("/memory@0").orElseThrow().reg());
        BoardTree secure = root.node("/reserved-memory/secure@7f000000").orElseThrow();
        assertEquals(List.of(AddressRange.of(2 * GIB - 16 * MIB, 16 * MIB)), secure.reg());
        assertTrue(secure.has("no-map"), "the secure carve-out is no-map");
    }

    @Test
    void fourCortexR82CoresWith32RegionsPerMpu() {
        BoardTree cpus = root.node("/cpus").orElseThrow();
        List<BoardTree> cores = cpus.children().stream().filter(c -> c.name().startsWith("cpu@")).toList();
        assertEquals(4, cores.size());
        cores.forEach(c -> assertEquals("arm,cortex-r82", c.string("compatible")));
        assertEquals(32, cpus.cell("mpu,el2-regions"));
        assertEquals(32, cpus.cell("mpu,el1-regions"));
    }

    @Test
    void fourPl011UartsSpacedBy64KibOnSpis5To8WithA24MhzClock() {
        List<BoardTree> uarts = BoardDtsTest.withCompatible(root, "arm,pl011");
        assertEquals(4, uarts.size());
        for (int n = 0; n < 4; n++) {
            BoardTree uart = uarts.get(n);
            assertEquals(List.of(AddressRange.of(0x9C09_0000L + 0x10000L * n, 0x10000)), uart.reg(), "UART" + n);
            assertEquals(List.of(5L + n), spis(uart), "UART" + n + " SPI");
        }
        BoardTree clock = BoardDtsTest.withCompatible(root, "fixed-clock").get(0);
        assertEquals(24_000_000, clock.cell("clock-frequency"));
    }

    @Test
    void gicV3FlashTimerAndHvcPsciSitWhereTheFvpHasThem() {
        BoardTree gic = BoardDtsTest.withCompatible(root, "arm,gic-v3").get(0);
        assertEquals(List.of(AddressRange.of(0xAF00_0000L, 0x10000), AddressRange.of(0xAF10_0000L, 0x200000)), gic.reg());
        BoardTree flash = root.node("/flash@88000000").orElseThrow();
        assertEquals(List.of(AddressRange.of(0x8800_0000L, 64 * MIB)), flash.reg());
        assertEquals(List.of(1L, 13L, 8L, 1L, 14L, 8L, 1L, 11L, 8L, 1L, 10L, 8L), root.node("/timer").orElseThrow().cells("interrupts"));
        assertEquals("hvc", root.node("/psci").orElseThrow().string("method"));
    }

    @Test
    void theSampleDesignDescribesTheSameBoard() {
        BoardTree cpus = root.node("/cpus").orElseThrow();
        assertEquals(CpuKind.CORTEX_R82, designBoard.cpu());
        assertEquals(designBoard.cpuCount(), cpus.children().stream().filter(c -> c.name().startsWith("cpu@")).count());
        assertEquals(designBoard.el2MpuRegions(), cpus.cell("mpu,el2-regions"));
        assertEquals(designBoard.el1MpuRegions(), cpus.cell("mpu,el1-regions"));
        assertEquals(designBoard.name(), Samples.DEFAULT_BOARD);

        assertEquals(designBoard.memory().stream().map(MemoryBank::name).toList(), List.of("memory@0"));
        assertEquals(designBoard.memory().get(0).range(), root.node("/memory@0").orElseThrow().reg().get(0));
        for (ReservedRange reserved : designBoard.reserved()) {
            BoardTree node = root.node("/reserved-memory/" + reserved.name()).orElseThrow();
            assertEquals(List.of(reserved.range()), node.reg(), reserved.name());
        }

        Map<String, String> inTree = new TreeMap<>();
        for (BoardTree node : root.children()) {
            if (!node.has("reg") || !node.has("compatible") || node.name().startsWith("memory")) continue;
            inTree.put(node.name(), describe(node.string("compatible"), node.reg(), spis(node)));
        }
        Map<String, String> inDesign = new TreeMap<>();
        designBoard.devices().forEach(d -> inDesign.put(d.name(),
            describe(d.compatible(), d.mmio(), d.interrupts().stream().map(Integer::longValue).toList())));
        assertEquals(inDesign, inTree, "devices of fvp-default.json versus the board tree");
    }

    private static String describe(String compatible, List<AddressRange> mmio, List<Long> spis) {
        return compatible + " " + mmio + " SPI " + spis;
    }

    /** SPI numbers of a node's 3-cell GIC interrupts (type 0 = SPI). */
    private static List<Long> spis(BoardTree node) {
        List<Long> spis = new ArrayList<>();
        if (!node.has("interrupts")) return spis;
        List<Long> cells = node.cells("interrupts");
        for (int i = 0; i + 2 < cells.size(); i += 3) {
            if (cells.get(i) == 0) spis.add(cells.get(i + 1));
        }
        return spis;
    }
}

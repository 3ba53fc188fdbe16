package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every sample board tree must satisfy: dtc accepts it cleanly and it carries what the importer reads. */
class BoardDtsTest {
    private static final Pattern LEADING_COMMENT = Pattern.compile("\\A(?:\\s*//[^\n]*\n)*\\s*/\\*(.*?)\\*/", Pattern.DOTALL);

    @TempDir
    Path dir;

    static List<String> boards() {
        return Samples.boards();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void dtcCompilesItWithoutWarnings(String board) throws Exception {
        BoardDtc.Run run = BoardDtc.compile(board, dir);
        assertEquals(0, run.exitCode(), () -> "dtc exit code; stderr:\n" + run.errors());
        assertEquals("", run.errors().strip(), "dtc printed warnings or errors");
        assertTrue(run.output().length > 40, "a DTB with at least a header");
        assertEquals(0xd00dfeedL, readBigEndian(run.output()), "the DTB magic number");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void theHeaderCommentNamesTheRealTreesItFollows(String board) {
        Matcher header = LEADING_COMMENT.matcher(Samples.boardDts(board));
        assertTrue(header.find(), "the file opens with a block comment");
        String text = header.group(1);
        assertTrue(text.contains("Zephyr") || text.contains("Linux") || text.contains("U-Boot"),
            "the header names the project whose tree it follows:\n" + text);
        assertTrue(Pattern.compile("[\\w-]+\\.(dts|dtsi|h)\\b").matcher(text).find(),
            "the header names at least one source file:\n" + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void cpusCarryTheMpuRegionCountsTheImporterReads(String board) throws Exception {
        BoardTree cpus = BoardDtc.tree(board, dir).node("/cpus").orElseThrow();
        long el2 = cpus.cell("mpu,el2-regions");
        long el1 = cpus.cell("mpu,el1-regions");
        assertTrue(el2 >= 1 && el2 <= 255, "EL2 region count in 1..255: " + el2);
        assertTrue(el1 >= 1 && el1 <= 255, "EL1 region count in 1..255: " + el1);
        List<BoardTree> cores = cpus.children().stream().filter(c -> c.name().startsWith("cpu@")).toList();
        assertFalse(cores.isEmpty(), "at least one cpu node");
        for (BoardTree core : cores) {
            assertEquals("cpu", core.string("device_type"), core + " device_type");
            assertTrue(core.string("compatible").matches("arm,cortex-r(82|52)"), core + " is a Cortex-R82 or R52");
            assertEquals("psci", core.string("enable-method"), core + " enable-method");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void everyBoardHasHvcPsciGicV3Pl011TimerAndRam(String board) throws Exception {
        BoardTree root = BoardDtc.tree(board, dir);
        assertEquals("hvc", root.node("/psci").orElseThrow().string("method"), "Armv8-R has no EL3: PSCI goes by HVC");
        List<BoardTree> gics = withCompatible(root, "arm,gic-v3");
        assertEquals(1, gics.size(), "one GICv3");
        assertEquals(2, gics.get(0).reg().size(), "GICv3 has a distributor and a redistributor window");
        assertEquals(3, gics.get(0).cell("#interrupt-cells"));
        assertFalse(withCompatible(root, "arm,pl011").isEmpty(), "a PL011 UART");
        assertTrue(root.node("/timer").isPresent(), "the architected timer");
        List<BoardTree> memory = root.allNodes().stream().filter(n -> n.has("device_type")
            && n.string("device_type").equals("memory")).toList();
        assertFalse(memory.isEmpty(), "a memory node");
        assertAll(memory.stream().map(m -> () -> assertFalse(m.reg().isEmpty(), m + " has reg")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void everyUnitAddressIsTheFirstRegAddressOnItsOwnBus(String board) throws Exception {
        for (BoardTree node : BoardDtc.tree(board, dir).allNodes()) {
            int at = node.name().indexOf('@');
            if (at < 0 || !node.has("reg") || node.parent().name().equals("cpus")) continue;
            List<Long> cells = node.cells("reg");
            long first = 0;
            for (int i = 0; i < node.parent().addressCells(); i++) first = (first << 32) | cells.get(i);
            assertEquals(node.name().substring(at + 1), Long.toHexString(first), node + " unit address");
        }
    }

    @Test
    void theDefaultBoardComesFirstAndUnknownBoardsAreRefused() {
        assertEquals(Samples.DEFAULT_BOARD, Samples.boards().get(0));
        assertEquals("sample:r52-aarch32.dts", Samples.boardFileName("r52-aarch32"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Samples.boardDts("no-such-board"));
        assertTrue(e.getMessage().contains("boards/no-such-board.dts"), e.getMessage());
    }

    static List<BoardTree> withCompatible(BoardTree root, String compatible) {
        return root.allNodes().stream()
            .filter(n -> n.has("compatible") && n.strings("compatible").contains(compatible))
            .toList();
    }

    private static long readBigEndian(byte[] bytes) {
        return ((bytes[0] & 0xffL) << 24) | ((bytes[1] & 0xffL) << 16) | ((bytes[2] & 0xffL) << 8) | (bytes[3] & 0xffL);
    }
}

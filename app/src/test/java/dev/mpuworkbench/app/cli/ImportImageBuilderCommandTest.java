package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportImageBuilderCommandTest {
    /** The file sizes of the worked example in research/layout_tools.md §1.7 (file size : header size). */
    private static final List<String> SIZES = List.of("--size", "virt.dtb=0x100000", "--size", "xen=0x124000:0x1E4000",
        "--size", "Image=0x1340200:0x1560000", "--size", "initrd=3500000");

    @TempDir
    Path dir;
    Path config;
    Path board;

    @BeforeEach
    void writeInputs() throws Exception {
        config = Files.writeString(dir.resolve("two-domus.cfg"), Samples.imageBuilderConfig("two-domus"));
        board = Files.writeString(dir.resolve("fvp.dts"), Samples.boardDts(Samples.DEFAULT_BOARD));
    }

    private CliRun importWith(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("import-imagebuilder", config.toString(), "--board", board.toString(),
            "-o", dir.resolve("out.json").toString()));
        args.addAll(extra);
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theWorkedExampleImportsToTheShippedSample() throws Exception {
        CliRun run = importWith(SIZES);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("boot script at 0xC00000"), run.out());
        Design imported = ProjectFile.read(dir.resolve("out.json"));
        Design sample = DesignLoader.sample(Samples.IMAGEBUILDER_DESIGN);
        assertEquals(sample, imported.withName(sample.name()));
        assertEquals(0x3E0_0000L, imported.xen().startAddress(), "Xen at ImageBuilder's load address (header sizes)");
    }

    @Test
    void theOlderArithmeticPlacesDifferently() throws Exception {
        List<String> args = new ArrayList<>(SIZES);
        args.addAll(List.of("--flavour", "2023.2"));
        CliRun run = importWith(args);
        assertEquals(0, run.exit(), run.err());
        // 12 MiB floor: script 0xC00000, Image 0xE00000, initrd 0x2200000, Image 0x2600000, xen 0x3A00000.
        assertEquals(0x3A0_0000L, ProjectFile.read(dir.resolve("out.json")).xen().startAddress());
    }

    @Test
    void missingFilesAreNamedAtTheirVariable() {
        CliRun run = importWith(List.of());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("two-domus.cfg:6:") && run.err().contains("DEVICE_TREE"), run.err());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        List<String> args = new ArrayList<>(SIZES);
        args.addAll(List.of("--flavour", "2019"));
        assertEquals(2, importWith(args).exit());
        assertEquals(2, importWith(List.of("--size", "xen=lots")).exit());
    }
}

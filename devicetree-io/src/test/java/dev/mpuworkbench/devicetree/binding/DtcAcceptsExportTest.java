package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported DTB of every sample is one the real dtc reads without a word, and what dtc prints from it
 * imports back to the same design (so the bytes, not only the in-memory tree, carry the whole design).
 */
class DtcAcceptsExportTest {
    @TempDir
    Path dir;

    static List<String> samples() {
        return RoundTripTest.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dtcDecompilesTheDtbCleanlyAndItsDtsImportsBack(String sample) throws Exception {
        Path dtc = BindingFixtures.tool("dtc");
        Design design = BindingFixtures.sampleDesign(sample);
        Path dtb = dir.resolve(sample + ".dtb");
        Files.write(dtb, RuntimeTreeExporter.toDtb(design));
        BindingFixtures.Run run = BindingFixtures.run(dir, dtc.toString(), "-I", "dtb", "-O", "dts", "-o",
            sample + ".dts", sample + ".dtb");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "dtc warns about the exported tree");
        Design back = DesignImporter.fromDts(dir.resolve(sample + ".dts"), null).design();
        assertEquals(design, back);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void dtcCompilesOurDtsToTheSameBytesAsOurDtb(String sample) throws Exception {
        Path dtc = BindingFixtures.tool("dtc");
        Design design = BindingFixtures.sampleDesign(sample);
        Files.writeString(dir.resolve(sample + ".dts"), RuntimeTreeExporter.toDts(design));
        BindingFixtures.Run run = BindingFixtures.run(dir, dtc.toString(), "-I", "dts", "-O", "dtb", "-o",
            sample + ".dtb", sample + ".dts");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "dtc warns about our DTS");
        assertArrayEquals(RuntimeTreeExporter.toDtb(design), Files.readAllBytes(dir.resolve(sample + ".dtb")));
    }
}

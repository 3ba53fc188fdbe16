package dev.mpuworkbench.devicetree.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DtcCommandTest {
    private static final String SOURCE = "/dts-v1/;\n/ {\n\tb { };\n\ta { x = <1>; };\n\tcpus { #address-cells = <1>; #size-cells = <0>; cpu@2 { reg = <2>; }; };\n};\n";

    @TempDir
    Path dir;
    private byte[] out;
    private String err;

    @BeforeEach
    void writeSource() throws IOException {
        Files.writeString(dir.resolve("t.dts"), SOURCE);
    }

    private int dtc(String... args) {
        return dtcWithInput(new byte[0], args);
    }

    private int dtcWithInput(byte[] stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = Dtc.run(args, new PrintStream(o, true), new PrintStream(e, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin), dir);
        out = o.toByteArray();
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void sourceBecomesABlobOnStandardOutputByDefault() {
        assertEquals(0, dtc("t.dts"));
        DeviceTree t = DtbReader.read(out);
        assertEquals(2, t.bootCpuidPhys(), "guessed from the first cpu's reg");
        assertEquals("", err);
    }

    @Test
    void aBlobBecomesSourceByDefaultAndTheOutputNameChoosesTheFormat() throws IOException {
        assertEquals(0, dtc("-o", "t.dtb", "t.dts"));
        assertEquals(0, dtc("t.dtb"));
        String printed = new String(out, StandardCharsets.ISO_8859_1);
        assertTrue(printed.startsWith("/dts-v1/;\n\n/ {\n\n\tb {\n"), printed);
        assertEquals(0, dtc("-o", "back.dts", "t.dtb"));
        assertEquals(0, out.length);
        assertEquals(printed, Files.readString(dir.resolve("back.dts")));
    }

    @Test
    void optionsCanBeBundledAttachedOrLong() throws IOException {
        assertEquals(0, dtc("-Odts", "--out=s.dts", "-sb", "7", "t.dts"));
        String sorted = Files.readString(dir.resolve("s.dts"));
        assertTrue(sorted.indexOf("\ta {") < sorted.indexOf("\tb {"), sorted);
        assertEquals(0, dtc("--out-format=dtb", "--boot-cpu", "9", "t.dts"));
        assertEquals(9, DtbReader.read(out).bootCpuidPhys());
        assertEquals(0, dtc("-O", "null", "t.dts"));
        assertEquals(0, out.length);
    }

    @Test
    void standardInputIsReadForDashOrNoFile() {
        assertEquals(0, dtcWithInput(SOURCE.getBytes(StandardCharsets.UTF_8), "-O", "dts"));
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("cpu@2"));
        assertEquals(1, dtcWithInput("/dts-v1/; / { p = <; };".getBytes(StandardCharsets.UTF_8), "-"));
        assertEquals("Error: <stdin>:1.20-21 syntax error\nFATAL ERROR: Unable to parse input tree\n", err);
    }

    @Test
    void exitStatusesFollowDtc() throws IOException {
        Files.writeString(dir.resolve("dup.dts"), "/dts-v1/; / { p; p; };");
        assertEquals(2, dtc("-o", "dup.dtb", "dup.dts"));
        assertFalse(Files.exists(dir.resolve("dup.dtb")), "no output after check errors");
        assertEquals(0, dtc("-f", "-o", "dup.dtb", "dup.dts"));
        assertTrue(err.endsWith("Warning: Input tree has errors, output forced\n"), err);
        assertEquals(1, dtc("missing.dts"));
        assertEquals("FATAL ERROR: Couldn't open \"missing.dts\": No such file or directory\n", err);
        assertEquals(1, dtc("-I", "dtb", "t.dts"));
        assertEquals("FATAL ERROR: Blob has incorrect magic number\n", err);
        assertEquals(1, dtc("-I", "yaml", "t.dts"));
        assertEquals("FATAL ERROR: Unknown input format \"yaml\"\n", err);
        assertEquals(1, dtc("-O", "xml", "t.dts"));
        assertEquals("FATAL ERROR: Unknown output format \"xml\"\n", err);
        assertEquals(1, dtc("-p", "8", "-S", "100", "t.dts"));
        assertEquals("FATAL ERROR: Can't set both -p and -S\n", err);
        assertEquals(1, dtc("-H", "odd", "t.dts"));
        assertEquals("FATAL ERROR: Invalid argument \"odd\" to -H option\n", err);
    }

    @Test
    void usageErrorsPrintTheUsageAndExitOneLikeDtc() {
        assertEquals(1, dtc("-Z", "t.dts"));
        assertTrue(err.startsWith("Usage: dtc [options] <input file>"), err);
        assertTrue(err.endsWith("Error: unknown option\n"), err);
        assertEquals(1, dtc("a.dts", "b.dts"));
        assertTrue(err.endsWith("Error: missing files\n"), err);
        assertEquals(1, dtc("-o"));
        assertTrue(err.endsWith("Error: option requires an argument -- 'o'\n"), err);
        assertEquals(0, dtc("-h"));
        assertTrue(new String(out, StandardCharsets.UTF_8).startsWith("Usage: dtc"));
        assertEquals(0, dtc("--version"));
        assertEquals("Version: " + Dtc.VERSION + "\n", new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void paddingOptionsReachTheBlob() {
        assertEquals(0, dtc("-R", "2", "-a", "0x100", "t.dts"));
        assertEquals(0, out.length % 256);
        byte[] padded = out;
        assertEquals(0, dtc("t.dts"));
        assertArrayEquals(DtbReader.read(out).root().cells("nothing"), DtbReader.read(padded).root().cells("nothing"));
        assertEquals(0x28 + 3 * 16, java.nio.ByteBuffer.wrap(padded).getInt(8));
    }

    @Test
    void warningsCanBeSilenced() throws IOException {
        Files.writeString(dir.resolve("w.dts"), "/dts-v1/; / { n@1 { }; };");
        assertEquals(0, dtc("-o", "w.dtb", "w.dts"));
        assertEquals("w.dts:1.19-23: Warning (unit_address_vs_reg): /n@1: node has a unit name, but no reg or ranges"
            + " property\n", err);
        assertEquals(0, dtc("-q", "-o", "w.dtb", "w.dts"));
        assertEquals("", err);
        assertEquals(0, dtc("-Wno-unit_address_vs_reg", "-o", "w.dtb", "w.dts"));
        assertEquals("", err);
    }

    @Test
    void theCppCommandPreprocesses() throws IOException {
        Files.createDirectories(dir.resolve("inc"));
        Files.writeString(dir.resolve("inc/v.h"), "#define V 5\n");
        Files.writeString(dir.resolve("p.dts"), "#include <v.h>\n/dts-v1/;\n/ { v = <V>; };\n");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        assertEquals(0, Cpp.run(new String[] {"-nostdinc", "-Iinc", "-undef", "-D__DTS__", "-x", "assembler-with-cpp",
            "-o", "p.pp", "p.dts"}, new PrintStream(o), new PrintStream(e), dir));
        assertEquals(0, dtc("-o", "p.dtb", "p.pp"));
        assertArrayEquals(new long[] {5}, DtbReader.read(Files.readAllBytes(dir.resolve("p.dtb"))).root().cells("v"));
        assertEquals(1, Cpp.run(new String[] {"-x", "c", "p.dts"}, new PrintStream(o), new PrintStream(e), dir));
    }
}

package dev.mpuworkbench.devicetree.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.conformance.ConformanceTable.Verdict;
import dev.mpuworkbench.devicetree.testing.SharedMaterial;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole device tree corpus against dtc 1.6.1's golden outputs: every dtc test input must give the same exit
 * status, the same DTB bytes and the same messages; every real tree must preprocess to the same text as GNU cpp
 * and compile to the same DTB and messages. Prints one table per part and fails on any difference that is not
 * in the explicit list of known differences below.
 */
class DtcConformanceTest {
    /**
     * Known differences from dtc 1.6.1 (the only ones): dtc 1.6.1 never terminates on this input (an infinite
     * loop in check_property_phandle_args, dtc issue #64, fixed in 1.7.0); we stop like dtc >= 1.7.0 and print
     * the clocks_property warning.
     */
    private static final List<String> KNOWN_DIFFERENCES = List.of("phandle-args-overflow.dts");

    @TempDir
    Path tmp;

    private static Path golden(Path corpus) {
        return corpus.resolve("golden-dtc-1.6.1");
    }

    private static void finish(ConformanceTable table) {
        System.out.print(table.render());
        assertTrue(table.failures().isEmpty(), "conformance failures: " + table.failures());
    }

    @Test
    void dtcTestInputsCompileExactlyLikeDtc161() throws IOException {
        Path corpus = SharedMaterial.devicetreeCorpus();
        Path tests = corpus.resolve("dtc-tests");
        Path goldenDir = golden(corpus).resolve("dtc-tests");
        ConformanceTable table = new ConformanceTable("dtc-tests: dts -> dtb vs dtc 1.6.1");
        List<String> lines = Files.readAllLines(goldenDir.resolve("RESULTS.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String item = f[0];
            String file = item.contains(" (") ? item.substring(0, item.indexOf(" (")) : item;
            List<String> extra = item.contains(" (")
                ? Arrays.asList(item.substring(item.indexOf('(') + 1, item.length() - 1).split(" ")) : List.of();
            String base = file.substring(0, file.length() - ".dts".length());
            Path out = tmp.resolve(base.replace('/', '_') + ".dtb");
            List<String> args = new ArrayList<>(List.of("-I", "dts", "-O", "dtb", "-o", out.toString()));
            args.addAll(extra);
            args.add(file);
            ToolRun ours = ToolRun.ourDtc(tests, args);
            String expectedExit = f[1];
            if (expectedExit.equals("HANG")) {
                boolean known = KNOWN_DIFFERENCES.contains(file);
                table.add(item, "dtc hangs", "exit " + ours.exit(), known && ours.exit() == 0 ? Verdict.KNOWN : Verdict.FAIL,
                    "dtc 1.6.1 loops forever; we terminate like dtc >= 1.7.0");
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (!expectedExit.equals(Integer.toString(ours.exit()))) {
                problems.add("exit " + ours.exit() + ": " + firstLine(ours.err()));
            }
            if (ours.exit() == 0 && expectedExit.equals("0")
                && !Arrays.equals(Files.readAllBytes(out), Files.readAllBytes(goldenDir.resolve(base + ".dtb")))) {
                problems.add("DTB bytes differ");
            }
            String expectedErr = expectedStderr(goldenDir, base, f[4]);
            String ourErr = ours.err().replace(out.toString(), "golden-dtc-1.6.1/dtc-tests/" + base + ".dtb");
            if (expectedErr != null && !expectedErr.equals(ourErr)) {
                problems.add("messages differ: " + firstDifference(expectedErr, ourErr));
            }
            String oursDesc = "exit " + ours.exit() + (ours.exit() == 0 ? " " + Files.size(out) + "B" : "");
            String expectedDesc = "exit " + expectedExit + (f[2].equals("-") ? "" : " " + f[2] + "B");
            table.check(item, expectedDesc, oursDesc, problems.isEmpty(), String.join("; ", problems));
        }
        ToolRun noSearchPath = ToolRun.ourDtc(tests, List.of("-o", tmp.resolve("sp.dtb").toString(), "search_paths.dts"));
        table.check("search_paths.dts (no -i)", "exit 1", "exit " + noSearchPath.exit(), noSearchPath.exit() == 1,
            "the include must not be found without -i");
        integerExpressions(tests, table);
        blobRoundTrips(goldenDir, table);
        finish(table);
    }

    /** The 52 expressions of dtc's integer-expressions test, each cell against the expected value. */
    private void integerExpressions(Path tests, ConformanceTable table) throws IOException {
        Path out = tmp.resolve("integer-expressions.dtb");
        ToolRun run = ToolRun.ourDtc(tests, List.of("-o", out.toString(), "integer-expressions.dts"));
        List<String> expected = Files.readAllLines(tests.resolve("integer-expressions.expected"));
        if (run.exit() != 0) {
            table.check("integer-expressions cells", expected.size() + " values", "exit " + run.exit(), false,
                firstLine(run.err()));
            return;
        }
        DeviceTree tree = DtbReader.read(Files.readAllBytes(out));
        long[] cells = tree.root().cells("expressions");
        int same = 0;
        for (int i = 0; i < expected.size() && i < cells.length; i++) {
            if (Long.parseLong(expected.get(i).split("\t")[0].substring(2), 16) == cells[i]) {
                same++;
            }
        }
        table.check("integer-expressions cells", expected.size() + " equal", same + " equal",
            same == expected.size() && cells.length == expected.size(), "cell values differ from .expected");
    }

    /**
     * dtb -> dtb through our reader, checks and writer: byte-stable like dtc for every golden DTB except
     * fixup-ref-to-path, whose bogus 1.6.1 fixup property name fails the checks on re-read (exit 2, as dtc).
     */
    private void blobRoundTrips(Path goldenDir, ConformanceTable table) throws IOException {
        List<Path> blobs;
        try (Stream<Path> s = Files.walk(goldenDir)) {
            blobs = s.filter(p -> p.toString().endsWith(".dtb")).sorted().toList();
        }
        for (Path blob : blobs) {
            String name = goldenDir.relativize(blob).toString();
            Path out = tmp.resolve("rt-" + name.replace('/', '_'));
            ToolRun ours = ToolRun.ourDtc(goldenDir, List.of("-I", "dtb", "-O", "dtb", "-o", out.toString(), name));
            if (name.equals("fixup-ref-to-path.dtb")) {
                table.check("dtb->dtb " + name, "exit 2", "exit " + ours.exit(), ours.exit() == 2,
                    "dtc rejects its own bogus fixup on re-read");
                continue;
            }
            boolean same = ours.exit() == 0 && Arrays.equals(Files.readAllBytes(out), Files.readAllBytes(blob));
            table.check("dtb->dtb " + name, "identical", ours.exit() == 0 ? (same ? "identical" : "differs")
                : "exit " + ours.exit(), same, firstLine(ours.err()));
        }
    }

    private static String expectedStderr(Path goldenDir, String base, String firstLine) throws IOException {
        Path p = goldenDir.resolve(base + ".stderr");
        if (Files.exists(p)) {
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        return firstLine.isEmpty() ? "" : null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) {
                return "line " + (i + 1) + " expected [" + l + "] got [" + r + "]";
            }
        }
        return "?";
    }

    // ---- real trees ---------------------------------------------------------------------------------------

    /** How a real tree is preprocessed and named in the golden directory. */
    record RealTree(String top, String golden, List<String> cppArgs) {
        boolean preprocessed() {
            return cppArgs != null;
        }

        String sourceDirectory() {
            return top.substring(0, top.lastIndexOf('/'));
        }
    }

    static RealTree realTree(String top) {
        String file = top.substring(top.lastIndexOf('/') + 1, top.length() - ".dts".length());
        if (top.startsWith("xen/")) {
            return new RealTree(top, "xen-" + file, null);
        }
        if (top.startsWith("zephyr/")) {
            return new RealTree(top, "zephyr-fvp_baser_aemv8r-" + file.substring(file.lastIndexOf('_') + 1),
                List.of("-x", "assembler-with-cpp", "-nostdinc", "-Izephyr/include", "-Izephyr/corpus-stub",
                    "-Izephyr/dts/common", "-Izephyr/dts/arm64", "-Izephyr/dts", "-D__DTS__"));
        }
        String dir = top.substring(0, top.lastIndexOf('/'));
        return new RealTree(top, file, List.of("-nostdinc", "-Ilinux-dts/include", "-I" + dir, "-Ilinux-dts/src",
            "-undef", "-D__DTS__", "-x", "assembler-with-cpp"));
    }

    static List<RealTree> realTrees(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(golden(corpus).resolve("real/RESULTS.tsv"));
        List<RealTree> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            out.add(realTree(line.split("\t")[0]));
        }
        return out;
    }

    /** Our cpp then our dtc on a real tree; returns the dtc run (DTB in {@code out}) and records rows. */
    private ToolRun compileReal(Path real, RealTree t, Path out, ConformanceTable table, Path goldenDir) throws IOException {
        String input = t.top();
        if (t.preprocessed()) {
            List<String> cppArgs = new ArrayList<>(t.cppArgs());
            cppArgs.add(t.top());
            ToolRun cpp = ToolRun.ourCpp(real, cppArgs);
            Path pp = tmp.resolve(t.golden() + ".pp.dts");
            Files.write(pp, cpp.out());
            boolean same = cpp.exit() == 0
                && Arrays.equals(cpp.out(), Files.readAllBytes(goldenDir.resolve(t.golden() + ".pp.dts")));
            table.check(t.golden() + " cpp", "GNU cpp text", cpp.exit() == 0 ? (same ? "identical" : "differs")
                : "exit " + cpp.exit(), same, firstLine(cpp.err()));
            input = pp.toString();
        }
        return ToolRun.ourDtc(real, List.of("-O", "dtb", "-b", "0", "-i", t.sourceDirectory(), "-o", out.toString(), input));
    }

    @Test
    void realTreesPreprocessAndCompileExactlyLikeCppAndDtc() throws IOException {
        Path corpus = SharedMaterial.devicetreeCorpus();
        Path real = corpus.resolve("real");
        Path goldenDir = golden(corpus).resolve("real");
        ConformanceTable table = new ConformanceTable("real trees: cpp + dts -> dtb vs GNU cpp + dtc 1.6.1");
        for (RealTree t : realTrees(corpus)) {
            Path out = tmp.resolve(t.golden() + ".dtb");
            ToolRun dtc = compileReal(real, t, out, table, goldenDir);
            List<String> problems = new ArrayList<>();
            if (dtc.exit() != 0) {
                problems.add("exit " + dtc.exit() + ": " + firstLine(dtc.err()));
            } else if (!Arrays.equals(Files.readAllBytes(out), Files.readAllBytes(goldenDir.resolve(t.golden() + ".dtb")))) {
                problems.add("DTB bytes differ");
            }
            String expectedErr = Files.readString(goldenDir.resolve(t.golden() + ".dtc.stderr"), StandardCharsets.UTF_8);
            if (!expectedErr.equals(dtc.err())) {
                problems.add("messages differ: " + firstDifference(expectedErr, dtc.err()));
            }
            table.check(t.golden() + " dtc", "exit 0, golden DTB", "exit " + dtc.exit()
                + (dtc.exit() == 0 ? " " + Files.size(out) + "B" : ""), problems.isEmpty(), String.join("; ", problems));
            Path goldenDts = goldenDir.resolve(t.golden() + ".dtb.dts");
            if (dtc.exit() == 0 && Files.exists(goldenDts)) {
                ToolRun dts = ToolRun.ourDtc(real, List.of("-I", "dtb", "-O", "dts", out.toString()));
                boolean same = dts.exit() == 0 && Arrays.equals(dts.out(), Files.readAllBytes(goldenDts));
                table.check(t.golden() + " dtb->dts", "golden .dtb.dts", same ? "identical" : "differs", same,
                    firstLine(dts.err()));
            }
        }
        finish(table);
    }

    // ---- the real dtc on our outputs ----------------------------------------------------------------------

    @Test
    void installedDtcAcceptsOurOutputsAndAgreesOnEveryOutputFormat() throws IOException {
        Path corpus = SharedMaterial.devicetreeCorpus();
        Path dtc = SharedMaterial.requireDtc();
        Path tests = corpus.resolve("dtc-tests");
        ConformanceTable table = new ConformanceTable("installed dtc on our DTS and DTB output");
        List<String> inputs;
        try (Stream<Path> s = Files.list(tests)) {
            inputs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dts")).sorted().toList();
        }
        for (String input : inputs) {
            if (KNOWN_DIFFERENCES.contains(input)) {
                table.add(input, "-", "-", Verdict.KNOWN, "not run: dtc 1.6.1 never terminates on it");
                continue;
            }
            sameAsInstalledDtc(dtc, tests, input, "dts", table);
        }
        Path goldenDir = golden(corpus).resolve("dtc-tests");
        List<Path> blobs;
        try (Stream<Path> s = Files.list(goldenDir)) {
            blobs = s.filter(p -> p.toString().endsWith(".dtb")).sorted().toList();
        }
        for (Path blob : blobs) {
            sameAsInstalledDtc(dtc, goldenDir, blob.getFileName().toString(), "dtb", table);
        }
        Path real = corpus.resolve("real");
        ConformanceTable scratch = new ConformanceTable("scratch");
        for (RealTree t : realTrees(corpus)) {
            Path out = tmp.resolve("real-" + t.golden() + ".dtb");
            ToolRun ours = compileReal(real, t, out, scratch, golden(corpus).resolve("real"));
            if (ours.exit() != 0) {
                table.check(t.golden(), "compiles", "exit " + ours.exit(), false, firstLine(ours.err()));
                continue;
            }
            acceptedByDtc(dtc, out, t.golden() + " (our DTB)", "dtb", table);
            Path dts = tmp.resolve("real-" + t.golden() + ".dts");
            Files.write(dts, ToolRun.ourDtc(real, List.of("-I", "dtb", "-O", "dts", out.toString())).out());
            acceptedByDtc(dtc, dts, t.golden() + " (our DTS)", "dts", table);
        }
        finish(table);
    }

    @Test
    void symbolsAndAutoAliasesMatchTheInstalledDtc() throws IOException {
        Path corpus = SharedMaterial.devicetreeCorpus();
        Path dtc = SharedMaterial.requireDtc();
        Path tests = corpus.resolve("dtc-tests");
        ConformanceTable table = new ConformanceTable("-@ and -A vs the installed dtc");
        List<String> inputs;
        try (Stream<Path> s = Files.list(tests)) {
            inputs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dts"))
                .filter(n -> !KNOWN_DIFFERENCES.contains(n)).sorted().toList();
        }
        for (String input : inputs) {
            for (List<String> options : List.of(List.of("-@"), List.of("-A"), List.of("-@", "-A"))) {
                Path theirs = tmp.resolve("sym-theirs.dtb");
                Path ours = tmp.resolve("sym-ours.dtb");
                List<String> tArgs = new ArrayList<>(List.of(dtc.toString()));
                tArgs.addAll(options);
                tArgs.addAll(List.of("-o", theirs.toString(), input));
                List<String> oArgs = new ArrayList<>(options);
                oArgs.addAll(List.of("-o", ours.toString(), input));
                ToolRun t = ToolRun.external(tests, tArgs, 60);
                ToolRun o = ToolRun.ourDtc(tests, oArgs);
                boolean same = t.exit() == o.exit() && t.err().equals(o.err().replace(ours.toString(), theirs.toString()))
                    && (t.exit() != 0 || Arrays.equals(Files.readAllBytes(theirs), Files.readAllBytes(ours)));
                table.check(input + " " + String.join(" ", options), "dtc: exit " + t.exit(), "exit " + o.exit(), same,
                    "output or messages differ");
                Files.deleteIfExists(theirs);
                Files.deleteIfExists(ours);
            }
        }
        finish(table);
    }

    /** Ours and the installed dtc on one input, for -O dtb and -O dts: same exit, bytes and messages. */
    private void sameAsInstalledDtc(Path dtc, Path dir, String input, String inForm, ConformanceTable table)
        throws IOException {
        for (String outForm : List.of("dtb", "dts")) {
            Path theirs = tmp.resolve("theirs." + outForm);
            Path ours = tmp.resolve("ours." + outForm);
            ToolRun t = ToolRun.external(dir, List.of(dtc.toString(), "-I", inForm, "-O", outForm, "-o", theirs.toString(),
                input), 60);
            ToolRun o = ToolRun.ourDtc(dir, List.of("-I", inForm, "-O", outForm, "-o", ours.toString(), input));
            List<String> problems = new ArrayList<>();
            if (t.exit() != o.exit()) {
                problems.add("exit differs");
            } else if (t.exit() == 0 && !Arrays.equals(Files.readAllBytes(theirs), Files.readAllBytes(ours))) {
                problems.add("output differs");
            }
            if (!t.err().equals(o.err().replace(ours.toString(), theirs.toString()))) {
                problems.add("messages differ: " + firstDifference(t.err(), o.err()));
            }
            String item = input + " " + inForm + "->" + outForm;
            table.check(item, "dtc: exit " + t.exit(), "exit " + o.exit(), problems.isEmpty(), String.join("; ", problems));
            Files.deleteIfExists(theirs);
            if (o.exit() == 0) {
                acceptedByDtc(dtc, ours, item + " re-read by dtc", outForm, table);
            }
            Files.deleteIfExists(ours);
        }
    }

    /** The installed dtc reads our output back without errors. */
    private void acceptedByDtc(Path dtc, Path file, String item, String inForm, ConformanceTable table) {
        ToolRun r = ToolRun.external(file.getParent(), List.of(dtc.toString(), "-I", inForm, "-O", "dtb", "-o",
            "/dev/null", file.toString()), 60);
        boolean bogusFixup = item.startsWith("fixup-ref-to-path");
        if (bogusFixup) {
            // dtc 1.6.1 writes a __fixups__ property named after a path and refuses it when reading its own output
            // back: a syntax error in DTS (exit 1), a bad property name check in a DTB (exit 2).
            int expected = inForm.equals("dts") ? 1 : 2;
            table.check(item, "exit " + expected + " (as dtc on its own output)", "exit " + r.exit(), r.exit() == expected,
                firstLine(r.err()));
            return;
        }
        table.check(item, "dtc exit 0", "exit " + r.exit(), r.exit() == 0, firstLine(r.err()));
    }
}

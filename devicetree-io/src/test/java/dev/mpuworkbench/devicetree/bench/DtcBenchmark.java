package dev.mpuworkbench.devicetree.bench;

import dev.mpuworkbench.devicetree.cli.Cpp;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * On-demand benchmark (not a test). For the largest real trees of the corpus it measures, in one run:
 * DTS to DTB and DTB to DTB in this JVM once warm, against the installed {@code dtc} doing the same per file
 * (process start included, as a build would run it); then the peak heap of reading and writing a generated
 * 1 MiB DTB in a JVM limited to 32 MiB. Run from the repository root after {@code mvn test-compile}:
 * <pre>
 * java -cp devicetree-io/target/classes:devicetree-io/target/test-classes \
 *     dev.mpuworkbench.devicetree.bench.DtcBenchmark
 * </pre>
 */
public final class DtcBenchmark {
    private static final String[] TREES = {"r8a77951-salvator-xs", "r8a779g0-white-hawk", "zynqmp-zcu102-rev1.0"};
    private static final long WARMUP_NANOS = 8_000_000_000L;
    private static final long MEASURE_NANOS = 2_000_000_000L;
    private static final int DTC_RUNS = 30;

    private DtcBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = findCorpus();
        Path real = corpus.resolve("real");
        Path work = Files.createTempDirectory("dtc-bench");
        String dtc = findDtc();
        System.out.println("corpus: " + corpus);
        System.out.println("dtc: " + (dtc == null ? "not installed (only our times are printed)" : dtc));
        List<Runnable[]> ops = new ArrayList<>();
        List<Double[]> dtcTimes = new ArrayList<>();
        for (String name : TREES) {
            String top = "linux-dts/src/arm64/" + (name.startsWith("zynqmp") ? "xilinx/" : "renesas/") + name + ".dts";
            String dir = top.substring(0, top.lastIndexOf('/'));
            Path pp = work.resolve(name + ".pp.dts");
            preprocess(real, top, dir, pp);
            CompileOptions options = CompileOptions.defaults().withBaseDirectory(real).withIncludeDirectories(List.of(dir))
                .withBootCpuid(0);
            byte[] source = Files.readAllBytes(pp);
            String ppName = pp.toString();
            byte[] blob = DtbWriter.write(DtsCompiler.compile(ppName, source, options, new Diagnostics()));
            Path dtb = work.resolve(name + ".dtb");
            Files.write(dtb, blob);
            ops.add(new Runnable[] {
                () -> DtbWriter.write(DtsCompiler.compile(ppName, source, options, new Diagnostics())),
                () -> DtbWriter.write(DtsCompiler.processBlob(blob, options, new Diagnostics())),
            });
            dtcTimes.add(new Double[] {
                dtc == null ? null : timeDtc(real, List.of(dtc, "-q", "-O", "dtb", "-b", "0", "-i", dir, "-o", "/dev/null",
                    pp.toString())),
                dtc == null ? null : timeDtc(real, List.of(dtc, "-q", "-I", "dtb", "-O", "dtb", "-o", "/dev/null",
                    dtb.toString())),
            });
        }
        long warmEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmEnd) {
            for (Runnable[] pair : ops) {
                pair[0].run();
                pair[1].run();
            }
        }
        System.out.printf("%-24s %-10s %12s %12s %10s%n", "tree", "mode", "ours ms/op", "dtc ms/run", "dtc/ours");
        for (int i = 0; i < TREES.length; i++) {
            print(TREES[i], "dts->dtb", measure(ops.get(i)[0]), dtcTimes.get(i)[0]);
            print(TREES[i], "dtb->dtb", measure(ops.get(i)[1]), dtcTimes.get(i)[1]);
        }
        if (dtc != null) {
            Path empty = work.resolve("empty.dts");
            Files.writeString(empty, "/dts-v1/;\n/ { };\n");
            System.out.printf("%-24s %-10s %12s %12.3f   (dtc process start-up share of the times above)%n", "empty.dts",
                "dts->dtb", "-", timeDtc(work, List.of(dtc, "-o", "/dev/null", empty.toString())));
        }
        heap(work);
    }

    private static void print(String name, String mode, double ours, Double dtc) {
        System.out.printf("%-24s %-10s %12.3f %12s %10s%n", name, mode, ours, dtc == null ? "-" : String.format("%.3f", dtc),
            dtc == null ? "-" : String.format("%.1fx", dtc / ours));
    }

    /** Mean milliseconds per operation over a time box (the JVM is already warm). */
    private static double measure(Runnable op) {
        int count = 0;
        long start = System.nanoTime();
        long end = start + MEASURE_NANOS;
        long now;
        do {
            op.run();
            count++;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e6 / count;
    }

    private static double timeDtc(Path dir, List<String> command) throws IOException, InterruptedException {
        run(dir, command);
        long start = System.nanoTime();
        for (int i = 0; i < DTC_RUNS; i++) {
            run(dir, command);
        }
        return (System.nanoTime() - start) / 1e6 / DTC_RUNS;
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("dtc failed: " + command);
        }
    }

    private static void preprocess(Path real, String top, String dir, Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cpp.run(new String[] {"-nostdinc", "-Ilinux-dts/include", "-I" + dir, "-Ilinux-dts/src", "-undef",
            "-D__DTS__", "-x", "assembler-with-cpp", "-o", out.toString(), top}, System.out, new PrintStream(err), real);
        if (exit != 0) {
            throw new IllegalStateException("cpp failed: " + err);
        }
    }

    /** Generates a 1 MiB DTB and reads and writes it in a JVM with a 32 MiB heap, which reports its peak. */
    private static void heap(Path work) throws IOException, InterruptedException {
        DeviceTree big = HeapProbe.generate(1 << 20);
        byte[] blob = DtbWriter.write(big);
        Path file = work.resolve("big.dtb");
        Files.write(file, blob);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp",
            System.getProperty("java.class.path"), HeapProbe.class.getName(), file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        System.out.printf("%n1 MiB DTB: %d bytes, %d nodes; child JVM -Xmx32m exit %d%n", blob.length,
            HeapProbe.countNodes(big.root()), exit);
        System.out.print(output);
        System.out.println(exit == 0 ? "heap target (< 32 MiB): met" : "heap target (< 32 MiB): NOT met");
    }

    private static String findDtc() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "dtc");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static Path findCorpus() {
        String root = System.getProperty("mpuwb.repoRoot");
        Path start = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("../shared/conformance/devicetree").normalize();
            if (Files.isDirectory(c.resolve("real"))) {
                return c;
            }
        }
        throw new IllegalStateException("device tree corpus not found above " + start);
    }
}

package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the real {@code dtc} on a sample board; skips the calling test when dtc is absent (fails when CI=true). */
final class BoardDtc {
    /** One dtc run: exit code, what it wrote to stdout, and its stderr (warnings and errors). */
    record Run(int exitCode, byte[] output, String errors) {
        String outputText() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    private BoardDtc() {
    }

    /** The path of dtc, or skips (outside CI) / fails (CI=true) the current test. */
    static Path require() {
        Optional<Path> dtc = find();
        if (dtc.isEmpty()) {
            String message = "dtc (Debian package device-tree-compiler) is not on the PATH";
            if ("true".equals(System.getenv("CI"))) fail(message + ", and CI=true requires it");
            assumeTrue(false, message + ": skipping");
        }
        return dtc.get();
    }

    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Stream.of(path.split(File.pathSeparator))
            .map(dir -> Path.of(dir, "dtc"))
            .filter(Files::isExecutable)
            .findFirst();
    }

    /** {@code dtc -I dts -O dtb} on the board's source, saved under its own name so messages name it. */
    static Run compile(String board, Path workDir) throws IOException, InterruptedException {
        Path source = workDir.resolve(board + ".dts");
        Files.writeString(source, Samples.boardDts(board));
        return run(workDir, List.of("-I", "dts", "-O", "dtb", source.toString()));
    }

    /** {@code dtc -I dtb -O dts}: the canonical text of a compiled tree (hex cells, no labels). */
    static String decompile(byte[] dtb, Path workDir) throws IOException, InterruptedException {
        Path blob = workDir.resolve("decompile-input.dtb");
        Files.write(blob, dtb);
        Run run = run(workDir, List.of("-I", "dtb", "-O", "dts", blob.toString()));
        if (run.exitCode() != 0) fail("dtc could not decompile its own output: " + run.errors());
        return run.outputText();
    }

    /** Compiles a board and gives its parsed tree, failing the test when dtc rejects it. */
    static BoardTree tree(String board, Path workDir) throws IOException, InterruptedException {
        Run run = compile(board, workDir);
        if (run.exitCode() != 0) fail("dtc rejected " + board + ".dts:\n" + run.errors());
        return BoardTree.parse(decompile(run.output(), workDir));
    }

    private static Run run(Path workDir, List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "dtc", ".out");
        Path err = Files.createTempFile(workDir, "dtc", ".err");
        List<String> command = Stream.concat(Stream.of(require().toString()), args.stream()).toList();
        Process process = new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("dtc did not finish within 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
    }
}

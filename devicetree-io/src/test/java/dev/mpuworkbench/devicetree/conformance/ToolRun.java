package dev.mpuworkbench.devicetree.conformance;

import dev.mpuworkbench.devicetree.cli.Cpp;
import dev.mpuworkbench.devicetree.cli.Dtc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The outcome of running a tool: exit status, standard output bytes and standard error text. */
record ToolRun(int exit, byte[] out, String err) {

    /** Runs our dtc in-process in {@code dir}. */
    static ToolRun ourDtc(Path dir, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Dtc.run(args.toArray(String[]::new), o, e, new ByteArrayInputStream(new byte[0]), dir);
        }
        return new ToolRun(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs our cpp in-process in {@code dir}. */
    static ToolRun ourCpp(Path dir, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cpp.run(args.toArray(String[]::new), o, e, dir);
        }
        return new ToolRun(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs an external program in {@code dir}, killing it after {@code timeoutSeconds}. */
    static ToolRun external(Path dir, List<String> command, int timeoutSeconds) {
        try {
            Path errFile = java.nio.file.Files.createTempFile("tool", ".err");
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectError(errFile.toFile()).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new ToolRun(-1, out, "timed out");
            }
            String err = java.nio.file.Files.readString(errFile, StandardCharsets.ISO_8859_1);
            java.nio.file.Files.deleteIfExists(errFile);
            return new ToolRun(p.exitValue(), out, err);
        } catch (IOException e) {
            return new ToolRun(-2, new byte[0], e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ToolRun(-3, new byte[0], e.toString());
        }
    }
}

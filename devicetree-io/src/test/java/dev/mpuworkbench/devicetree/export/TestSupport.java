package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Shared test plumbing: the repository root, the sample designs, golden files and external tools.
 * Golden files live in {@code src/test/resources/dev/mpuworkbench/devicetree/export/golden/}; run the tests
 * with {@code -Dmpuwb.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
public final class TestSupport {
    private static final String GOLDEN_DIR = "dev/mpuworkbench/devicetree/export/golden/";

    private TestSupport() {
    }

    public static Path repoRoot() {
        String prop = System.getProperty("mpuwb.repoRoot");
        if (prop != null && Files.exists(Path.of(prop, "core-model"))) return Path.of(prop).toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.exists(pom) && Files.readString(pom).contains("<module>core-model</module>")) return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    /** A sample design shipped in sample-boards, read from the repository. */
    public static Design sampleDesign(String name) {
        Path file = repoRoot().resolve("sample-boards/src/main/resources/dev/mpuworkbench/samples/designs/" + name + ".json");
        try {
            return ProjectFile.read(file);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read sample design " + file + ": " + e.getMessage(), e);
        }
    }

    public static Design fvpDefault() {
        return sampleDesign("fvp-default");
    }

    public static String resource(String path) {
        try (InputStream in = TestSupport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code actual} equals the golden file, or rewrites it when asked to. */
    public static void assertGolden(String name, String actual) {
        if (Boolean.getBoolean("mpuwb.updateGolden")) {
            Path file = repoRoot().resolve("devicetree-io/src/test/resources/" + GOLDEN_DIR + name);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(resource(GOLDEN_DIR + name), actual, "output differs from golden file " + name);
    }

    /** The path of an external program, or skips the test (fails it when CI=true) when it is missing. */
    public static Path requireTool(String program) {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
            .flatMap(p -> java.util.Arrays.stream(p.split(java.io.File.pathSeparator)))
            .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String message = program + " is not installed (Debian: " + packageOf(program) + ")";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(message + "; CI=true requires it");
            Assumptions.abort(message + "; skipping");
        }
        return found.get();
    }

    private static String packageOf(String program) {
        return switch (program) {
            case "mkimage" -> "u-boot-tools";
            case "dtc" -> "device-tree-compiler";
            default -> program;
        };
    }

    /** Runs a program, returning its combined output; fails the test when it exits non-zero. */
    public static String run(Path workDir, java.util.Map<String, String> env, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            assertEquals(0, code, String.join(" ", command) + " failed:\n" + out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

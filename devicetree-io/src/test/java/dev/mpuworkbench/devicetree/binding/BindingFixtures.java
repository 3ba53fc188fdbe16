package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test material: the sample boards and designs (read from the sample-boards sources, which this module does
 * not depend on), the shared conformance corpus, and external tools, skipped when absent unless CI=true.
 */
final class BindingFixtures {
    private static final String SAMPLES = "sample-boards/src/main/resources/dev/mpuworkbench/samples/";

    private BindingFixtures() {
    }

    static Path repoRoot() {
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

    /** Names of the sample designs (every JSON file of the samples' designs folder), sorted. */
    static List<String> sampleDesigns() {
        try (Stream<Path> files = Files.list(repoRoot().resolve(SAMPLES + "designs"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Design sampleDesign(String name) {
        Path file = repoRoot().resolve(SAMPLES + "designs/" + name + ".json");
        try {
            return ProjectFile.read(file);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read sample design " + file + ": " + e.getMessage(), e);
        }
    }

    static Path sampleBoard(String name) {
        return repoRoot().resolve(SAMPLES + "boards/" + name + ".dts");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the shared conformance corpus; skips the test (fails it when CI=true) when it is absent. */
    static Path conformance(String relative) {
        Path file = repoRoot().resolve("../shared/conformance/" + relative).normalize();
        if (!Files.exists(file)) skipOrFail("conformance material " + file + " is absent");
        return file;
    }

    /** The path of an external program; skips the test (fails it when CI=true) when it is missing. */
    static Path tool(String program) {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
            .flatMap(p -> java.util.Arrays.stream(p.split(java.io.File.pathSeparator)))
            .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) skipOrFail(program + " is not installed (Debian: device-tree-compiler)");
        return found.get();
    }

    private static void skipOrFail(String message) {
        if ("true".equals(System.getenv("CI"))) Assertions.fail(message + "; CI=true requires it");
        Assumptions.abort(message + "; skipping");
    }

    /** Output of a program: exit code, standard output and standard error. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(Path workDir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The board tree with {@code /chosen} replaced by the one of {@code xen} (a Xen example that has no board
     * nodes); the board's own {@code /chosen} properties (stdout-path) are kept unless the example sets them.
     */
    static DeviceTree withChosenOf(DeviceTree board, DeviceTree xen) {
        Node xenChosen = xen.node("/chosen").orElseThrow();
        Optional<Node> boardChosen = board.node("/chosen");
        xen.root().removeChild(xenChosen);
        if (boardChosen.isPresent()) {
            for (Property p : boardChosen.get().properties()) {
                if (!xenChosen.hasProperty(p.name())) xenChosen.addProperty(p);
            }
            board.root().removeChild(boardChosen.get());
        }
        board.root().addChild(xenChosen);
        return board;
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}

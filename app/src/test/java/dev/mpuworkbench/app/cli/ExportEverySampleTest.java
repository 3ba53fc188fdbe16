package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.samples.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code mpuwb export} writes every artifact of every sample, the real tools accept them, and they re-import. */
class ExportEverySampleTest {
    @TempDir
    Path dir;

    static List<String> samples() {
        return Samples.designs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyArtifactIsAcceptedByTheRealTools(String sample) throws Exception {
        boolean overBudget = sample.equals(Samples.OVER_BUDGET_DESIGN);
        if (overBudget) {
            CliRun refused = CliRun.of("export", "sample:" + sample, "--force", "--mpu-header", file("mpu.h"));
            assertEquals(1, refused.exit(), "no MPU table can hold a context over budget");
            assertTrue(refused.err().contains("needs 17 EL2 regions"), refused.err());
        } else {
            assertEquals(0, CliRun.of("export", "sample:" + sample, "--force", "--mpu-header", file("mpu.h")).exit());
        }
        CliRun run = CliRun.of("export", "sample:" + sample, "--force", "--dtb", file("system.dtb"), "--dts", file("system.dts"),
            "--header", file("board.h"), "--kconfig", file("xen.config"), "--imagebuilder", file("ib.cfg"),
            "--boot-script", file("boot"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(DesignLoader.sample(sample), DesignLoader.load(dir.resolve("system.dtb")), "the DTB re-imports");
        assertEquals(DesignLoader.sample(sample), DesignLoader.load(dir.resolve("system.dts")), "the DTS re-imports");

        requireTool("dtc");
        assertTool(0, "dtc", "-I", "dtb", "-O", "dts", "-o", file("back.dts"), file("system.dtb"));
        assertTool(0, "dtc", "-I", "dts", "-O", "dtb", "-o", file("again.dtb"), file("system.dts"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(dir.resolve("system.dtb")), Files.readAllBytes(dir.resolve("again.dtb"))),
            "real dtc compiles our DTS to our DTB byte for byte");

        requireTool("mkimage");
        String listing = assertTool(0, "mkimage", "-l", file("boot.scr"));
        assertTrue(listing.contains("Script"), listing);

        requireTool("gcc");
        Files.writeString(dir.resolve("use.c"), "#include \"board.h\"\n" + (overBudget ? "" : "#include \"mpu.h\"\n")
            + "int main(void) { return 0; }\n");
        assertTool(0, "gcc", "-fsyntax-only", "-std=c11", "-Wall", "-Werror", "-I", dir.toString(), file("use.c"));
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private static void requireTool(String tool) {
        boolean present = List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
            .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        if (!present && "true".equals(System.getenv("CI"))) throw new AssertionError(tool + " is missing under CI");
        Assumptions.assumeTrue(present, tool + " is not installed: skipping (./run-tests installs it)");
    }

    private static String assertTool(int expectedExit, String... command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(expectedExit, p.exitValue(), String.join(" ", command) + ":\n" + output);
        return output;
    }
}

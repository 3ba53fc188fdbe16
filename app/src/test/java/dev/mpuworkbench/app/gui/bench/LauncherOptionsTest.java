package dev.mpuworkbench.app.gui.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.architecture.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The workbench benchmark measures the JVM the launcher starts, so their options must not drift apart. */
class LauncherOptionsTest {
    @Test
    void theBenchmarkRunsWithTheLaunchersGuiOptions() throws Exception {
        String launcher = Files.readString(RepoRoot.find().resolve("mpuwb"));
        String guiOptions = "jvm_opts+=(" + String.join(" ", WorkbenchBench.LAUNCHER_GUI_OPTIONS) + ")";
        assertTrue(launcher.contains(guiOptions), "mpuwb should start the GUI with " + guiOptions);
    }
}

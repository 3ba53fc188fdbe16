package dev.mpuworkbench.app.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The reactor root: from surefire's {@code mpuwb.repoRoot}, else found by walking up. */
public final class RepoRoot {
    private RepoRoot() {
    }

    public static Path find() {
        String prop = System.getProperty("mpuwb.repoRoot");
        if (prop != null && Files.exists(Path.of(prop, "core-model"))) return Path.of(prop).toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("core-model")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
}

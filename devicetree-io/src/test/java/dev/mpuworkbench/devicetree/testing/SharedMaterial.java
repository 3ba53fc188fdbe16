package dev.mpuworkbench.devicetree.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds material outside the repository: the shared conformance corpus ({@code <repoRoot>/../shared/...}) and
 * external tools. Missing material skips the test, except when the environment variable CI is "true", where it
 * fails.
 */
public final class SharedMaterial {
    private SharedMaterial() {
    }

    public static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    /** The reactor root: the system property mpuwb.repoRoot, else the nearest parent holding the root pom. */
    public static Path repoRoot() {
        String prop = System.getProperty("mpuwb.repoRoot");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>core-model</module>")) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // keep looking upwards
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code <repoRoot>/../shared/conformance/devicetree}, or skip (fail under CI) when absent. */
    public static Path devicetreeCorpus() {
        Path p = repoRoot().resolve("../shared/conformance/devicetree").normalize();
        require(Files.isDirectory(p.resolve("golden-dtc-1.6.1")), "device tree corpus not found at " + p);
        return p;
    }

    /** The installed dtc, if any (never skips: callers decide). */
    public static Optional<Path> dtc() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "dtc");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The installed dtc, or skip (fail under CI). */
    public static Path requireDtc() {
        Optional<Path> d = dtc();
        require(d.isPresent(), "dtc is not installed");
        return d.get();
    }

    private static void require(boolean present, String message) {
        if (present) {
            return;
        }
        if (ci()) {
            fail(message + " (CI=true, so this is a failure)");
        }
        Assumptions.assumeTrue(false, message + "; skipping");
    }
}

package dev.mpuworkbench.icons;

import java.nio.file.Files;
import java.nio.file.Path;

/** The icons module's own directory, for the tests that read its sources rather than the class path. */
final class IconsModuleDir {
    private IconsModuleDir() {
    }

    static Path find() {
        String root = System.getProperty("mpuwb.repoRoot");
        if (root != null && Files.isDirectory(Path.of(root, "icons", "src"))) return Path.of(root, "icons").toAbsolutePath();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("icons/src/main/svg"))) return p.resolve("icons");
            if (p.getFileName() != null && p.getFileName().toString().equals("icons") && Files.isDirectory(p.resolve("src/main/svg"))) return p;
        }
        throw new IllegalStateException("cannot find the icons module from " + Path.of("").toAbsolutePath());
    }

    static Path svgDir() {
        return find().resolve("src/main/svg");
    }

    static Path resourceDir() {
        return find().resolve("src/main/resources/dev/mpuworkbench/icons");
    }
}

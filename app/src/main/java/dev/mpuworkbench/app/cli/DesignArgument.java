package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.app.service.LoadedDesign;
import dev.mpuworkbench.core.model.Design;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The DESIGN argument and {@code --build} option every design command takes (ARCHITECTURE.md). */
final class DesignArgument {
    @Parameters(index = "0", paramLabel = "DESIGN",
        description = "project file (.json), system device tree (.dts, .dtb) or sample:NAME")
    String design;

    @Option(names = "--build", paramLabel = "FILE", description = "Kconfig fragment with build options a device tree does not say")
    Path build;

    @Option(names = {"-i", "--include"}, paramLabel = "DIR", description = "include directory for a .dts (repeatable)")
    List<Path> includeDirs = new ArrayList<>();

    /** Loads the design; prints the import's notes, or the reason it cannot be opened, to stderr. */
    Optional<Design> load(PrintWriter err) {
        try {
            LoadedDesign loaded = DesignLoader.open(design, build, includeDirs);
            loaded.notes().forEach(n -> err.println("note: " + n));
            return Optional.of(loaded.design());
        } catch (DesignLoadException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    String name() {
        return design;
    }
}

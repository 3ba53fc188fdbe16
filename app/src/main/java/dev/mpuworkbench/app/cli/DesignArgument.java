package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import java.io.PrintWriter;
import java.util.Optional;

/** Loads the DESIGN argument of a command, printing the reason to stderr when it cannot. */
final class DesignArgument {
    private DesignArgument() {
    }

    static Optional<Design> load(String design, PrintWriter err) {
        try {
            return Optional.of(DesignLoader.load(design));
        } catch (DesignLoadException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}

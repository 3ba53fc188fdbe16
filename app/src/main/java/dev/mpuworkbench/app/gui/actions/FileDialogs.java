package dev.mpuworkbench.app.gui.actions;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open or save to; tests answer with a path of their own. */
public interface FileDialogs {
    Optional<Path> chooseOpen(Window owner);

    Optional<Path> chooseSave(Window owner, String suggestedName);

    /** A file to export an artifact to; by default the same question as {@link #chooseSave}. */
    default Optional<Path> chooseExport(Window owner, String title, String suggestedName) {
        return chooseSave(owner, suggestedName);
    }

    /** A file to import (an ImageBuilder config); by default the same question as {@link #chooseOpen}. */
    default Optional<Path> chooseImport(Window owner, String title) {
        return chooseOpen(owner);
    }
}

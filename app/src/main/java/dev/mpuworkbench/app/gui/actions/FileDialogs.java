package dev.mpuworkbench.app.gui.actions;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open or save to; tests answer with a path of their own. */
public interface FileDialogs {
    Optional<Path> chooseOpen(Window owner);

    Optional<Path> chooseSave(Window owner, String suggestedName);
}

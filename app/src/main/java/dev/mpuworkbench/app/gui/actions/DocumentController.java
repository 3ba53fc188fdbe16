package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.project.ProjectFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** New, open, save, save as, exit and crash recovery, with the unsaved-changes prompt where work could be lost. */
public final class DocumentController {
    private final Stage stage;
    private final WorkbenchModel model;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final Autosave autosave;

    public DocumentController(Stage stage, WorkbenchModel model, FileDialogs files, Dialogs dialogs, Autosave autosave) {
        this.stage = stage;
        this.model = model;
        this.files = files;
        this.dialogs = dialogs;
        this.autosave = autosave;
    }

    public void newFromSample(String sample) {
        if (!mayDiscard()) return;
        try {
            model.open(DesignLoader.sample(sample), null);
            discardAutosave();
        } catch (DesignLoadException e) {
            dialogs.error("Cannot open the sample " + sample, e.getMessage());
        }
    }

    public void open() {
        if (!mayDiscard()) return;
        files.chooseOpen(stage).ifPresent(this::open);
    }

    /**
     * Opens {@code file} without asking (the caller has dealt with unsaved work). A device tree is imported
     * as a new, unsaved design: saving it writes a project file, never over the tree.
     */
    public boolean open(Path file) {
        try {
            Design design = DesignLoader.load(file);
            boolean project = isProjectFile(file);
            model.open(design, project ? file : null);
            discardAutosave();
            model.messageProperty().set(project ? "Opened " + file
                : "Imported " + file.getFileName() + "; Save writes it as a project file");
            return true;
        } catch (DesignLoadException e) {
            dialogs.error("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    public static boolean isProjectFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
            .endsWith(".json");
    }

    public boolean save() {
        return model.file() == null ? saveAs() : write(model.file());
    }

    public boolean saveAs() {
        String suggested = model.file() != null ? model.file().getFileName().toString()
            : model.design().board().name() + ".json";
        Optional<Path> target = files.chooseSave(stage, suggested);
        return target.isPresent() && write(target.get());
    }

    private boolean write(Path target) {
        try {
            ProjectFile.save(model.design(), target);
        } catch (IOException e) {
            dialogs.error("Cannot save " + target.getFileName(), target + ": " + e.getMessage());
            return false;
        }
        model.markSaved(target);
        discardAutosave();
        model.messageProperty().set("Saved " + target);
        return true;
    }

    /** File → Exit: asks about unsaved work, then closes the window. */
    public void exit() {
        if (!mayDiscard()) return;
        discardAutosave();
        stage.close();
    }

    /** The window's close button. */
    public void onCloseRequest(WindowEvent e) {
        if (!mayDiscard()) {
            e.consume();
            return;
        }
        discardAutosave();
    }

    /** Whether the current work may be replaced: clean, saved now, or the user says so. */
    public boolean mayDiscard() {
        if (model.isInGesture()) model.endGesture();
        if (!model.isDirty()) return true;
        return switch (dialogs.askUnsaved(model.design().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Offers work an earlier session left in the autosave file. */
    public void offerRecovery() {
        Optional<Autosave.Recovery> pending;
        try {
            pending = autosave.pending();
        } catch (IOException | ProjectFileException e) {
            dialogs.error("The autosaved work cannot be read", e.getMessage());
            discardAutosave();
            return;
        }
        if (pending.isEmpty()) return;
        Autosave.Recovery recovery = pending.get();
        if (!dialogs.askRestore(recovery)) {
            discardAutosave();
            return;
        }
        Design saved = null;
        if (recovery.source() != null && Files.isRegularFile(recovery.source())) {
            try {
                saved = ProjectFile.read(recovery.source());
            } catch (IOException | ProjectFileException e) {
                saved = null;
            }
        }
        model.openRecovered(recovery.design(), saved, recovery.source());
        model.messageProperty().set("Restored autosaved work");
    }

    private void discardAutosave() {
        try {
            autosave.discard();
        } catch (IOException e) {
            model.messageProperty().set("Cannot delete " + autosave.file() + ": " + e.getMessage());
        }
    }
}

package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.service.Artifact;
import dev.mpuworkbench.app.service.ImageBuilderImporter;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.placement.AutoPlacer;
import dev.mpuworkbench.core.placement.PlacementMode;
import dev.mpuworkbench.core.placement.PlacementResult;
import dev.mpuworkbench.core.project.AtomicFiles;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.export.ExportException;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.Stage;

/** Auto-placement, export of build and boot artifacts, and ImageBuilder import. */
public final class DesignActions {
    private final Stage stage;
    private final WorkbenchModel model;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final DocumentController documents;

    public DesignActions(Stage stage, WorkbenchModel model, FileDialogs files, Dialogs dialogs,
                         DocumentController documents) {
        this.stage = stage;
        this.model = model;
        this.files = files;
        this.dialogs = dialogs;
        this.documents = documents;
    }

    /** Places every movable block (one undo step), or says why no placement exists. */
    public void autoPlace(PlacementMode mode) {
        if (model.isInGesture()) return;
        PlacementResult result = AutoPlacer.place(model.design(), mode);
        if (result instanceof PlacementResult.Failed failed) {
            dialogs.error("No placement found", failed.reason());
            return;
        }
        PlacementResult.Placed placed = (PlacementResult.Placed) result;
        if (placed.design().equals(model.design())) {
            model.messageProperty().set("Auto-place (" + mode.cliName() + "): nothing to move");
            return;
        }
        model.apply(Edit.replaceWith("Auto-place (" + mode.cliName() + ")", placed.design()));
        model.messageProperty().set("Auto-placed (" + mode.cliName() + ")"
            + (placed.notes().isEmpty() ? "" : ": " + String.join(" ", placed.notes())));
    }

    /** Writes one artifact where the user says; a design with errors is exported only when the user insists. */
    public void export(Artifact artifact) {
        long errors = model.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0 && !dialogs.confirm("The design has " + errors + " error" + (errors == 1 ? "" : "s"),
            "What is exported may not boot. Fix the problems first, or export anyway.", "Export anyway")) {
            return;
        }
        Optional<Path> target = files.chooseExport(stage, "Export " + artifact.label().replace("…", ""),
            artifact.defaultFileName());
        if (target.isEmpty()) return;
        try {
            Map<Path, byte[]> out = artifact.render(model.design(), target.get());
            for (Map.Entry<Path, byte[]> f : out.entrySet()) AtomicFiles.write(f.getKey(), f.getValue(), false);
            model.messageProperty().set("Exported " + out.entrySet().stream()
                .map(f -> f.getKey().getFileName() + " (" + f.getValue().length + " bytes)").collect(Collectors.joining(", ")));
        } catch (ExportException | BindingException e) {
            dialogs.error("Cannot export " + artifact.label().replace("…", ""), e.getMessage());
        } catch (IOException e) {
            dialogs.error("Cannot write " + target.get().getFileName(), target.get() + ": " + e.getMessage());
        }
    }

    /** Replaces the design with one read from an ImageBuilder config, on the current board. */
    public void importImageBuilder() {
        if (!documents.mayDiscard()) return;
        Optional<Path> config = files.chooseImport(stage, "Import ImageBuilder config");
        if (config.isEmpty()) return;
        try {
            ImageBuilderImporter.Imported imported = ImageBuilderImporter.read(config.get(), model.design().board());
            model.open(imported.design(), null);
            model.messageProperty().set("Imported " + config.get().getFileName() + " onto " + model.design().board().name()
                + (imported.notes().isEmpty() ? "" : ": " + String.join(" ", imported.notes())));
        } catch (NoSuchFileException e) {
            dialogs.error("Cannot import " + config.get().getFileName(), e.getFile() + ": no such file");
        } catch (IOException e) {
            dialogs.error("Cannot import " + config.get().getFileName(), config.get() + ": " + e.getMessage());
        } catch (ImageBuilderException e) {
            dialogs.error("Cannot import " + config.get().getFileName(), e.getMessage());
        }
    }
}

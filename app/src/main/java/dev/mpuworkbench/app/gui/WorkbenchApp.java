package dev.mpuworkbench.app.gui;

import dev.mpuworkbench.app.gui.actions.Dialogs;
import dev.mpuworkbench.app.gui.actions.DocumentController;
import dev.mpuworkbench.app.gui.actions.NativeFileDialogs;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the design named on the command line (or the default) in a window. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        StartupPreload.Result loaded = WorkbenchLauncher.preload().await();
        String argument = loaded.argument();
        Design design = loaded.design();
        String error = loaded.error();
        Path file = null;
        if (argument != null && error == null && !argument.startsWith(DesignLoader.SAMPLE_PREFIX)
            && DocumentController.isProjectFile(Path.of(argument))) {
            file = Path.of(argument);
        }
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), design);
        if (file != null) model.open(design, file);
        WorkbenchWindow window = new WorkbenchWindow(stage, model, new NativeFileDialogs(),
            new Autosave(Autosave.defaultConfigDir()), WorkbenchWindow.AUTOSAVE_INTERVAL);
        window.show();
        if (error != null) {
            new Dialogs(stage).error("Cannot open " + argument + "; showing the default design instead", error);
        }
        window.documents().offerRecovery();
        window.map().requestFocus();
    }
}

package dev.mpuworkbench.app.gui.actions;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file chooser, limited to project files and starting where the user last was. */
public final class NativeFileDialogs implements FileDialogs {
    private File lastDirectory;

    @Override
    public Optional<Path> chooseOpen(Window owner) {
        FileChooser chooser = chooser("Open design");
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Designs and system device trees",
            "*.json", "*.dts", "*.dtb"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("System device tree (*.dts, *.dtb)",
            "*.dts", "*.dtb"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save design as");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner)).map(p -> p.toString().toLowerCase().endsWith(".json")
            ? p : p.resolveSibling(p.getFileName() + ".json"));
    }

    @Override
    public Optional<Path> chooseExport(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        if (lastDirectory != null && lastDirectory.isDirectory()) chooser.setInitialDirectory(lastDirectory);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseImport(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.isDirectory()) chooser.setInitialDirectory(lastDirectory);
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MPU Workbench project (*.json)", "*.json"));
        if (lastDirectory != null && lastDirectory.isDirectory()) chooser.setInitialDirectory(lastDirectory);
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) return Optional.empty();
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }
}

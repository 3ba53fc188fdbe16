package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.app.gui.model.SnapSetting;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.samples.Samples;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Edit, View. Undo and Redo say what they would do. */
public final class MainMenu {
    private MainMenu() {
    }

    public static MenuBar create(WorkbenchModel model, DocumentController documents, MemoryMapView map) {
        MenuBar bar = new MenuBar(file(documents), edit(model), view(model, map));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(DocumentController documents) {
        Menu samples = new Menu("New from Sample");
        samples.setId("menu-new-sample");
        for (String name : Samples.designs()) {
            MenuItem item = new MenuItem(name);
            item.setId("sample-" + name);
            item.setOnAction(e -> documents.newFromSample(name));
            samples.getItems().add(item);
        }
        MenuItem open = item("Open…", "menu-open", "Shortcut+O", e -> documents.open());
        MenuItem save = item("Save", "menu-save", "Shortcut+S", e -> documents.save());
        MenuItem saveAs = item("Save As…", "menu-save-as", "Shortcut+Shift+S", e -> documents.saveAs());
        MenuItem exit = item("Exit", "menu-exit", "Shortcut+Q", e -> documents.exit());
        Menu file = new Menu("File", null, samples, open, new SeparatorMenuItem(), save, saveAs,
            new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        return file;
    }

    private static Menu edit(WorkbenchModel model) {
        MenuItem undo = item("Undo", "menu-undo", "Shortcut+Z", e -> model.undo());
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undoDescriptionProperty().get() == null
            ? "Undo" : "Undo " + model.undoDescriptionProperty().get(), model.undoDescriptionProperty()));
        undo.disableProperty().bind(model.undoDescriptionProperty().isNull());
        MenuItem redo = item("Redo", "menu-redo", "Shortcut+Shift+Z", e -> model.redo());
        redo.textProperty().bind(Bindings.createStringBinding(() -> model.redoDescriptionProperty().get() == null
            ? "Redo" : "Redo " + model.redoDescriptionProperty().get(), model.redoDescriptionProperty()));
        redo.disableProperty().bind(model.redoDescriptionProperty().isNull());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    private static Menu view(WorkbenchModel model, MemoryMapView map) {
        MenuItem in = item("Zoom In", "menu-zoom-in", "Shortcut+EQUALS", e -> map.zoomIn());
        MenuItem out = item("Zoom Out", "menu-zoom-out", "Shortcut+MINUS", e -> map.zoomOut());
        MenuItem fit = item("Zoom to Fit", "menu-zoom-fit", "Shortcut+0", e -> map.zoomToFit());
        Menu snap = new Menu("Snap");
        ToggleGroup group = new ToggleGroup();
        for (SnapSetting s : SnapSetting.values()) {
            RadioMenuItem r = new RadioMenuItem(s.label());
            r.setToggleGroup(group);
            r.setSelected(model.snap() == s);
            r.setOnAction(e -> model.snapProperty().set(s));
            model.snapProperty().addListener((o, a, b) -> r.setSelected(b == s));
            snap.getItems().add(r);
        }
        Menu view = new Menu("View", null, in, out, fit, new SeparatorMenuItem(), snap);
        view.setId("menu-view");
        return view;
    }

    private static MenuItem item(String text, String id, String accelerator,
                                 javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(action);
        return item;
    }
}

package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.gui.icons.GuiIcons;
import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.icons.IconName;
import dev.mpuworkbench.app.service.Artifact;
import dev.mpuworkbench.app.gui.model.SnapSetting;
import dev.mpuworkbench.core.placement.PlacementMode;
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

/** The menu bar: File (with import and export), Edit, Design, View. Undo and Redo say what they would do. */
public final class MainMenu {
    private MainMenu() {
    }

    public static MenuBar create(WorkbenchModel model, DocumentController documents, DesignActions actions,
                                 MemoryMapView map) {
        MenuBar bar = new MenuBar(file(documents, actions), edit(model), design(actions), view(model, map));
        bar.setId("main-menu");
        return bar;
    }

    private static Menu file(DocumentController documents, DesignActions actions) {
        Menu samples = new Menu("New from Sample");
        samples.setId("menu-new-sample");
        for (String name : Samples.designs()) {
            MenuItem item = new MenuItem(name);
            item.setId("sample-" + name);
            item.setOnAction(e -> documents.newFromSample(name));
            samples.getItems().add(item);
        }
        samples.setGraphic(GuiIcons.small(IconName.NEW));
        MenuItem open = item("Open…", "menu-open", "Shortcut+O", e -> documents.open());
        open.setGraphic(GuiIcons.small(IconName.OPEN));
        MenuItem save = item("Save", "menu-save", "Shortcut+S", e -> documents.save());
        save.setGraphic(GuiIcons.small(IconName.SAVE));
        MenuItem saveAs = item("Save As…", "menu-save-as", "Shortcut+Shift+S", e -> documents.saveAs());
        saveAs.setGraphic(GuiIcons.small(IconName.SAVE_AS));
        MenuItem exit = item("Exit", "menu-exit", "Shortcut+Q", e -> documents.exit());
        Menu importMenu = new Menu("Import", GuiIcons.small(IconName.IMPORT));
        MenuItem imageBuilder = new MenuItem("ImageBuilder config…");
        imageBuilder.setId("menu-import-imagebuilder");
        imageBuilder.setOnAction(e -> actions.importImageBuilder());
        importMenu.getItems().add(imageBuilder);
        Menu exportMenu = new Menu("Export", GuiIcons.small(IconName.EXPORT));
        exportMenu.setId("menu-export");
        for (Artifact a : Artifact.values()) {
            MenuItem item = new MenuItem(a.label());
            item.setId("export-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> actions.export(a));
            exportMenu.getItems().add(item);
        }
        Menu file = new Menu("File", null, samples, open, new SeparatorMenuItem(), save, saveAs,
            new SeparatorMenuItem(), importMenu, exportMenu, new SeparatorMenuItem(), exit);
        file.setId("menu-file");
        return file;
    }

    private static Menu edit(WorkbenchModel model) {
        MenuItem undo = item("Undo", "menu-undo", "Shortcut+Z", e -> model.undo());
        undo.setGraphic(GuiIcons.small(IconName.UNDO));
        undo.textProperty().bind(Bindings.createStringBinding(() -> model.undoDescriptionProperty().get() == null
            ? "Undo" : "Undo " + model.undoDescriptionProperty().get(), model.undoDescriptionProperty()));
        undo.disableProperty().bind(model.undoDescriptionProperty().isNull());
        MenuItem redo = item("Redo", "menu-redo", "Shortcut+Shift+Z", e -> model.redo());
        redo.setGraphic(GuiIcons.small(IconName.REDO));
        redo.textProperty().bind(Bindings.createStringBinding(() -> model.redoDescriptionProperty().get() == null
            ? "Redo" : "Redo " + model.redoDescriptionProperty().get(), model.redoDescriptionProperty()));
        redo.disableProperty().bind(model.redoDescriptionProperty().isNull());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    private static Menu design(DesignActions actions) {
        MenuItem smart = item("Auto-place", "menu-auto-place", "Shortcut+Shift+P", e -> actions.autoPlace(PlacementMode.SMART));
        smart.setGraphic(GuiIcons.small(IconName.AUTO_PLACE));
        MenuItem imageBuilder = new MenuItem("Auto-place as ImageBuilder");
        imageBuilder.setId("menu-auto-place-imagebuilder");
        imageBuilder.setOnAction(e -> actions.autoPlace(PlacementMode.IMAGEBUILDER));
        Menu design = new Menu("Design", null, smart, imageBuilder);
        design.setId("menu-design");
        return design;
    }

    private static Menu view(WorkbenchModel model, MemoryMapView map) {
        MenuItem in = item("Zoom In", "menu-zoom-in", "Shortcut+EQUALS", e -> map.zoomIn());
        in.setGraphic(GuiIcons.small(IconName.ZOOM_IN));
        MenuItem out = item("Zoom Out", "menu-zoom-out", "Shortcut+MINUS", e -> map.zoomOut());
        out.setGraphic(GuiIcons.small(IconName.ZOOM_OUT));
        MenuItem fit = item("Zoom to Fit", "menu-zoom-fit", "Shortcut+0", e -> map.zoomToFit());
        fit.setGraphic(GuiIcons.small(IconName.ZOOM_FIT));
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

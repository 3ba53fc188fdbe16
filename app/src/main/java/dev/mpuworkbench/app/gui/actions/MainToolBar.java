package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.gui.icons.GuiIcons;
import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.icons.IconName;
import dev.mpuworkbench.app.gui.model.SnapSetting;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The toolbar: file, undo, zoom and snap at hand. */
public final class MainToolBar {
    private MainToolBar() {
    }

    public static ToolBar create(WorkbenchModel model, DocumentController documents, DesignActions actions,
                                 MemoryMapView map) {
        Button open = button("Open", IconName.OPEN, "tool-open", "Open a design (Ctrl+O)", () -> documents.open());
        Button save = button("Save", IconName.SAVE, "tool-save", "Save (Ctrl+S)", () -> documents.save());
        save.disableProperty().bind(model.dirtyProperty().not());
        Button undo = button("Undo", IconName.UNDO, "tool-undo", "Undo (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.undoDescriptionProperty().isNull());
        Button redo = button("Redo", IconName.REDO, "tool-redo", "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.redoDescriptionProperty().isNull());
        Button zoomOut = button(null, IconName.ZOOM_OUT, "tool-zoom-out", "Zoom out (Ctrl+−, Ctrl+wheel)", map::zoomOut);
        Button zoomIn = button(null, IconName.ZOOM_IN, "tool-zoom-in", "Zoom in (Ctrl+=, Ctrl+wheel)", map::zoomIn);
        Button fit = button(null, IconName.ZOOM_FIT, "tool-zoom-fit", "Whole address space (Ctrl+0)", map::zoomToFit);
        Button autoPlace = button("Auto-place", IconName.AUTO_PLACE, "tool-auto-place",
            "Place every movable block for the fewest MPU regions (one undo step)",
            () -> actions.autoPlace(dev.mpuworkbench.core.placement.PlacementMode.SMART));
        ComboBox<SnapSetting> snap = new ComboBox<>();
        snap.setId("tool-snap");
        snap.getItems().setAll(SnapSetting.values());
        snap.valueProperty().bindBidirectional(model.snapProperty());
        snap.setTooltip(new Tooltip("Step for dragging and arrow keys; never below what Xen requires"));
        snap.setFocusTraversable(false);
        ToolBar bar = new ToolBar(open, save, new Separator(), undo, redo, new Separator(), autoPlace, new Separator(),
            zoomOut, zoomIn, fit, new Separator(), new Label("Snap"), snap);
        bar.setId("main-toolbar");
        return bar;
    }

    private static Button button(String text, IconName icon, String id, String tip, Runnable action) {
        Button b = new Button(text, GuiIcons.small(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}

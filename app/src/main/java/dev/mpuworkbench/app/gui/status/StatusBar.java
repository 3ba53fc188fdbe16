package dev.mpuworkbench.app.gui.status;

import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Severity;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Pointer address and block on the left; last message; problem counts, snap and zoom on the right. */
public final class StatusBar extends HBox {
    private final Label hover = new Label();
    private final Label problems = new Label();

    public StatusBar(WorkbenchModel model, MemoryMapView map) {
        super(14);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        hover.setId("status-hover");
        hover.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hover, Priority.ALWAYS);
        hover.textProperty().bind(Bindings.createStringBinding(() -> map.hoverTextProperty().get().isEmpty()
            ? model.messageProperty().get() : map.hoverTextProperty().get(), map.hoverTextProperty(),
            model.messageProperty()));
        problems.setId("status-problems");
        Label snap = new Label();
        snap.textProperty().bind(Bindings.createStringBinding(() -> "Snap: " + model.snap().label(),
            model.snapProperty()));
        Label zoom = new Label();
        zoom.textProperty().bind(Bindings.createStringBinding(
            () -> String.format("Zoom %.0f%%", map.zoomProperty().get() * 100), map.zoomProperty()));
        Label modified = new Label();
        modified.textProperty().bind(Bindings.when(model.dirtyProperty()).then("Modified").otherwise("Saved"));
        getChildren().addAll(hover, problems, snap, zoom, modified);
        model.diagnostics().addListener((ListChangeListener<Diagnostic>) c -> countProblems(model));
        countProblems(model);
    }

    private void countProblems(WorkbenchModel model) {
        long errors = model.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = model.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        problems.setText(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
            + (warnings == 1 ? "" : "s"));
        problems.getStyleClass().removeAll("has-errors", "has-warnings");
        if (errors > 0) problems.getStyleClass().add("has-errors");
        else if (warnings > 0) problems.getStyleClass().add("has-warnings");
    }
}

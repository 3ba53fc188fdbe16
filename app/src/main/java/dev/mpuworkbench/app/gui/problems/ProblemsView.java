package dev.mpuworkbench.app.gui.problems;

import dev.mpuworkbench.app.gui.model.Subjects;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.mpuworkbench.app.gui.util.GestureThrottle;
import dev.mpuworkbench.app.gui.util.TableRows;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The diagnostics of the current design (during a drag refreshed every 100 ms; the map shows each step). Double-click selects the subject (and the map scrolls to it);
 * a finding with a fix offers "Apply fix", an undoable edit.
 */
public final class ProblemsView extends BorderPane {
    private final WorkbenchModel model;
    private final TableView<Diagnostic> table = new TableView<>();
    private final ObservableList<Diagnostic> shown = FXCollections.observableArrayList();
    private final GestureThrottle throttle;
    private final Label fixLabel = new Label();
    private final Button applyFix = new Button("Apply fix");
    private boolean syncing;

    public ProblemsView(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("problems-view");
        table.setId("problems-table");
        shown.setAll(model.diagnostics());
        table.setItems(shown);
        throttle = new GestureThrottle(model, this, GestureThrottle.DURING_DRAG, this::showDiagnostics);
        table.setPlaceholder(new Label("No problems: the design passes every rule."));
        table.getColumns().add(severityColumn());
        table.getColumns().add(textColumn("Code", 250, d -> d.code()));
        TableColumn<Diagnostic, String> message = textColumn("Message", 520, Diagnostic::message);
        message.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(640);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                setTooltip(empty || text == null ? null : tip);
            }
        });
        table.getColumns().add(message);
        table.getColumns().add(textColumn("Subject", 200, d -> d.subject().value()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> row());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showFix(b));
        model.selectionProperty().addListener((o, a, b) -> selectRelated(b));
        model.diagnostics().addListener((ListChangeListener<Diagnostic>) c -> throttle.request());
        applyFix.setId("apply-fix");
        applyFix.setOnAction(e -> applySelectedFix());
        fixLabel.getStyleClass().add("fix-label");
        HBox.setHgrow(fixLabel, Priority.ALWAYS);
        fixLabel.setMaxWidth(Double.MAX_VALUE);
        HBox fixBar = new HBox(8, fixLabel, applyFix);
        fixBar.setAlignment(Pos.CENTER_LEFT);
        fixBar.setPadding(new Insets(4, 6, 4, 6));
        fixBar.getStyleClass().add("fix-bar");
        setCenter(table);
        setBottom(fixBar);
        showFix(null);
    }

    /** The table follows the model's findings (at most every 100 ms during a drag). */
    private void showDiagnostics() {
        TableRows.update(shown, model.diagnostics());
        showFix(table.getSelectionModel().getSelectedItem());
    }

    private TableColumn<Diagnostic, Diagnostic> severityColumn() {
        TableColumn<Diagnostic, Diagnostic> c = new TableColumn<>("");
        c.setPrefWidth(34);
        c.setMinWidth(34);
        c.setMaxWidth(34);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new SeverityCell());
        return c;
    }

    private static TableColumn<Diagnostic, String> textColumn(String title, double width,
                                                              java.util.function.Function<Diagnostic, String> value) {
        TableColumn<Diagnostic, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private TableRow<Diagnostic> row() {
        TableRow<Diagnostic> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                reveal(row.getItem());
            }
        });
        MenuItem select = new MenuItem("Select subject");
        select.setOnAction(e -> {
            if (row.getItem() != null) reveal(row.getItem());
        });
        MenuItem fix = new MenuItem("Apply fix");
        fix.setOnAction(e -> applySelectedFix());
        ContextMenu menu = new ContextMenu(select, fix);
        menu.setOnShowing(e -> fix.setDisable(row.getItem() == null || row.getItem().fix() == null));
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
            .then((ContextMenu) null).otherwise(menu));
        return row;
    }

    /** Selects the subject of a finding everywhere (the map scrolls to it). */
    public void reveal(Diagnostic d) {
        syncing = true;
        try {
            model.select(d.subject());
        } finally {
            syncing = false;
        }
        table.getSelectionModel().select(d);
    }

    private void selectRelated(SubjectPath subject) {
        if (syncing) return;
        Diagnostic selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && Subjects.related(selected.subject(), subject)) return;
        table.getSelectionModel().clearSelection();
        if (subject == null) return;
        for (Diagnostic d : model.diagnostics()) {
            if (Subjects.related(d.subject(), subject)) {
                table.getSelectionModel().select(d);
                table.scrollTo(d);
                return;
            }
        }
    }

    private void showFix(Diagnostic d) {
        Fix fix = d == null ? null : d.fix();
        applyFix.setDisable(fix == null);
        if (d == null) {
            fixLabel.setText(model.diagnostics().isEmpty() ? "" : "Double-click a problem to show its subject.");
        } else {
            fixLabel.setText(fix == null ? "No automatic fix for " + d.code() + "." : "Fix: " + fix.description());
        }
    }

    private void applySelectedFix() {
        Diagnostic d = table.getSelectionModel().getSelectedItem();
        if (d == null || d.fix() == null) return;
        Fix fix = d.fix();
        model.apply(Edit.of(fix.description(), fix.edit()::apply));
    }

    public TableView<Diagnostic> table() {
        return table;
    }
}

package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.ControlLine;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The EL2 control registers with their fields decoded; a value the last move changed is highlighted. */
final class ControlTable extends TableView<ControlLine> {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    ControlTable() {
        setId("boot-controls-table");
        getStyleClass().add("control-table");
        setPlaceholder(new Label("Not booted"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        getColumns().add(column("Register", 110, ControlLine::name, false));
        getColumns().add(column("Value", 170, ControlLine::valueText, true));
        getColumns().add(column("Fields", 560, ControlLine::decoded, false));
    }

    private static TableColumn<ControlLine, ControlLine> column(String title, double width,
                                                                Function<ControlLine, String> text, boolean value) {
        TableColumn<ControlLine, ControlLine> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        if (value) c.getStyleClass().add("hex");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(ControlLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : text.apply(line));
                pseudoClassStateChanged(CHANGED, !empty && line != null && value && line.changed());
            }
        });
        return c;
    }

    void show(List<ControlLine> lines) {
        if (!getItems().equals(lines)) getItems().setAll(lines);
    }
}

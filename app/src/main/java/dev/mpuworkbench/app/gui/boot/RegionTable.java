package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.RegionLine;
import dev.mpuworkbench.app.gui.boot.model.RegionLine.Column;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The regions of one MPU, a row each: registers, decoded fields, part, and writes still pending. Cells the last
 * move changed are highlighted; disabled regions are dimmed; rows with pending writes are marked.
 */
final class RegionTable extends TableView<RegionLine> {
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    private static final PseudoClass DISABLED_REGION = PseudoClass.getPseudoClass("disabled-region");
    private static final Set<Column> HEX = Set.of(Column.PRBAR, Column.PRLAR, Column.BASE, Column.LIMIT,
        Column.PENDING);
    private static final Set<Column> WORDS = Set.of(Column.AP, Column.XN, Column.ATTRIBUTE);

    RegionTable(String id, boolean withParts) {
        setId(id);
        getStyleClass().add("region-table");
        setPlaceholder(new Label("Not booted"));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        for (Column c : Column.values()) {
            if (c == Column.PART && !withParts) continue;
            getColumns().add(column(c));
        }
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RegionLine line, boolean empty) {
                super.updateItem(line, empty);
                boolean has = !empty && line != null;
                pseudoClassStateChanged(PENDING, has && line.pending());
                pseudoClassStateChanged(DISABLED_REGION, has && !line.decoded());
            }
        });
    }

    private static TableColumn<RegionLine, RegionLine> column(Column c) {
        TableColumn<RegionLine, RegionLine> col = new TableColumn<>(c.title());
        col.setId("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
        col.setSortable(false);
        col.setReorderable(false);
        col.setPrefWidth(switch (c) {
            case INDEX -> 32;
            case ENABLED -> 40;
            case PART -> 40;
            case PRBAR, PRLAR -> 84;
            case BASE, LIMIT -> 92;
            case AP -> 150;
            case XN -> 98;
            case ATTRIBUTE -> 164;
            case PENDING -> 140;
        });
        if (HEX.contains(c)) col.getStyleClass().add("hex");
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        col.setCellFactory(x -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(RegionLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setTooltip(null);
                    pseudoClassStateChanged(CHANGED, false);
                    return;
                }
                setText(line.text(c));
                pseudoClassStateChanged(CHANGED, line.changed(c));
                if (WORDS.contains(c) && line.decoded()) {
                    tip.setText(line.text(c));
                    setTooltip(tip);
                } else if (c == Column.PENDING && line.pending()) {
                    tip.setText("Written (reads return PRBAR " + line.text(Column.PRBAR) + ", PRLAR "
                        + line.text(Column.PRLAR) + ") but not yet effective: access checks use these values until "
                        + "DSB + ISB");
                    setTooltip(tip);
                } else {
                    setTooltip(null);
                }
            }
        });
        return col;
    }

    /** Shows {@code lines}, replacing only the rows that differ. */
    void show(List<RegionLine> lines) {
        javafx.collections.ObservableList<RegionLine> items = getItems();
        if (items.size() != lines.size()) {
            items.setAll(lines);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!items.get(i).equals(lines.get(i))) items.set(i, lines.get(i));
        }
    }
}

package dev.mpuworkbench.app.gui.outline;

import dev.mpuworkbench.app.gui.model.OutlineNode;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/** A row of the outline: the name, then the detail (range, count) in a quieter style. */
final class OutlineCell extends TreeCell<OutlineNode> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox box = new HBox(8, name, detail);

    OutlineCell() {
        detail.getStyleClass().add("outline-detail");
        name.getStyleClass().add("outline-name");
    }

    @Override
    protected void updateItem(OutlineNode item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(item.label());
        detail.setText(item.detail());
        setText(null);
        if (getGraphic() != box) setGraphic(box);
    }
}

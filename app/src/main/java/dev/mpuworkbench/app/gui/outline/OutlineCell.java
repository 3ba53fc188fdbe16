package dev.mpuworkbench.app.gui.outline;

import dev.mpuworkbench.app.gui.icons.GuiIcons;
import dev.mpuworkbench.app.gui.model.OutlineNode;
import dev.mpuworkbench.icons.IconName;
import javafx.scene.image.ImageView;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;

/** A row of the outline: the name, then the detail (range, count) in a quieter style. */
final class OutlineCell extends TreeCell<OutlineNode> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final ImageView icon = new ImageView();
    private final HBox box = new HBox(6, icon, name, detail);
    private IconName shownIcon;

    OutlineCell() {
        icon.setFitWidth(16);
        icon.setFitHeight(16);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
        IconName kind = GuiIcons.forSubject(item.subject());
        if (kind != shownIcon) {
            shownIcon = kind;
            icon.setImage(GuiIcons.small(kind).getImage());
        }
        name.setText(item.label());
        detail.setText(item.detail());
        setText(null);
        if (getGraphic() != box) setGraphic(box);
    }
}

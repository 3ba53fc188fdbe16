package dev.mpuworkbench.app.gui.problems;

import dev.mpuworkbench.app.gui.icons.GuiIcons;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.icons.IconName;
import dev.mpuworkbench.core.validation.Severity;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The severity of a finding as its icon, with the word in the tooltip. */
final class SeverityCell extends TableCell<Diagnostic, Diagnostic> {
    private final Label mark = new Label();
    private final Tooltip tip = new Tooltip();
    private Severity shown;

    @Override
    protected void updateItem(Diagnostic item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Severity s = item.severity();
        if (s != shown) {
            shown = s;
            mark.setGraphic(GuiIcons.small(switch (s) {
                case ERROR -> IconName.ERROR;
                case WARNING -> IconName.WARNING;
                case INFO -> IconName.INFO;
            }));
            mark.getStyleClass().setAll("label", "severity", "severity-" + s.label());
            tip.setText(s.label());
        }
        if (getGraphic() != mark) setGraphic(mark);
        if (getTooltip() != tip) setTooltip(tip);
    }
}

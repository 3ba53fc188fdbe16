package dev.mpuworkbench.app.gui.problems;

import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Severity;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The severity of a finding as a coloured mark (the icon set replaces it when it lands). */
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
            mark.setText(switch (s) {
                case ERROR -> "✖";
                case WARNING -> "▲";
                case INFO -> "ℹ";
            });
            mark.getStyleClass().setAll("label", "severity", "severity-" + s.label());
            tip.setText(s.label());
        }
        if (getGraphic() != mark) setGraphic(mark);
        if (getTooltip() != tip) setTooltip(tip);
    }
}

package dev.mpuworkbench.app.gui.problems;

import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Severity;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** The severity of a finding as a coloured mark (the icon set replaces it when it lands). */
final class SeverityCell extends TableCell<Diagnostic, Diagnostic> {
    private final Label mark = new Label();

    @Override
    protected void updateItem(Diagnostic item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Severity s = item.severity();
        mark.setText(switch (s) {
            case ERROR -> "✖";
            case WARNING -> "▲";
            case INFO -> "ℹ";
        });
        mark.getStyleClass().setAll("label", "severity", "severity-" + s.label());
        setGraphic(mark);
        setTooltip(new Tooltip(s.label()));
    }
}

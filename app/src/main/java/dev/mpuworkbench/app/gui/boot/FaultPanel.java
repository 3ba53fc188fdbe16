package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.FaultDetails;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The latest MPU fault at or before the current step: where, and its syndrome decoded (EC, FSC, WnR, FAR, HPFAR). */
final class FaultPanel extends BorderPane {
    private final Label headline = new Label();
    private final GridPane fields = new GridPane();

    FaultPanel(BootViewModel vm) {
        getStyleClass().add("boot-fault-panel");
        Label header = new Label("Last fault");
        header.getStyleClass().add("view-header");
        header.setMaxWidth(Double.MAX_VALUE);
        headline.setId("boot-fault");
        headline.setWrapText(true);
        headline.getStyleClass().add("fault-headline");
        fields.setId("boot-fault-fields");
        fields.setHgap(8);
        fields.setVgap(2);
        fields.getStyleClass().add("fault-fields");
        VBox body = new VBox(6, headline, fields);
        body.setPadding(new Insets(6, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(header);
        setCenter(scroll);
        vm.lastFaultProperty().addListener((o, a, f) -> show(f));
        show(null);
    }

    private void show(FaultDetails f) {
        fields.getChildren().clear();
        if (f == null) {
            headline.setText("No MPU fault up to this step");
            headline.getStyleClass().remove("has-fault");
            return;
        }
        headline.setText(f.headline());
        if (!headline.getStyleClass().contains("has-fault")) headline.getStyleClass().add("has-fault");
        int row = 0;
        for (String[] field : f.fields()) {
            Label name = new Label(field[0]);
            name.getStyleClass().add("field-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(field[1]);
            value.setId("boot-fault-" + field[0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            value.getStyleClass().add("fault-field-value");
            fields.addRow(row++, name, value);
        }
    }
}

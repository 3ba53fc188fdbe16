package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.mpu.ContextPlan;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The strip under the map that says what the region column and the shading show. */
final class MapLegend extends HBox {
    private final Label context = new Label();

    MapLegend() {
        super(10);
        getStyleClass().add("map-legend");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        context.setId("map-legend-context");
        getChildren().addAll(context, swatch(MapPalette.PART_A, "PART_A"), swatch(MapPalette.PART_B, "PART_B"),
            swatch(Color.web("#dfe4ea"), "not mapped in this context"), swatch(MapPalette.ERROR, "error"));
    }

    private static Label swatch(Color color, String text) {
        Label l = new Label(text, new Rectangle(10, 10, color));
        l.setGraphicTextGap(5);
        return l;
    }

    void show(ContextPlan plan) {
        context.setText(plan == null ? "MPU plan unavailable" : "EL2 MPU regions of " + plan.name() + ":");
    }
}

package dev.mpuworkbench.app.gui.plan;

import dev.mpuworkbench.app.gui.map.MapPalette;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The region budget of one context: one cell per EL2 MPU region the board has, filled in the colour of
 * the part that uses it, red beyond the budget, with a mark at the lower bound no plan can beat.
 */
final class BudgetBar extends Region {
    private static final Color FREE = Color.web("#e4e9ef");
    private static final Color OVER = Color.web("#d62828");
    private final Canvas canvas = new Canvas();
    private ContextPlan context;
    private int available;

    BudgetBar() {
        getStyleClass().add("budget-bar");
        getChildren().add(canvas);
        setMinHeight(18);
        setPrefHeight(18);
    }

    void show(ContextPlan context, int available) {
        this.context = context;
        this.available = available;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (context == null || w <= 0) return;
        int cells = Math.max(available, context.used());
        double cell = w / Math.max(1, cells);
        for (int i = 0; i < cells; i++) {
            Color fill = FREE;
            if (i < context.regions().size()) {
                PlannedRegion r = context.regions().get(i);
                fill = i >= available ? OVER : MapPalette.part(r.part());
            } else if (i < context.used()) {
                fill = i >= available ? OVER : Color.GRAY;
            }
            g.setFill(fill);
            g.fillRect(i * cell + 1, 2, Math.max(1, cell - 2), h - 4);
        }
        double bound = Math.min(cells, context.lowerBound()) * cell;
        g.setStroke(Color.web("#1d232a"));
        g.setLineWidth(2);
        g.strokeLine(bound, 0, bound, h);
        if (available < cells) {
            g.setStroke(OVER);
            g.strokeLine(available * cell, 0, available * cell, h);
        }
    }
}

package dev.mpuworkbench.app.gui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * Diagonal hatching as a repeated 8-pixel tile: one image fill per rectangle, which the software renderer
 * copies, instead of a stroked line every 8 pixels.
 */
final class Hatch {
    private static final int TILE = 8;
    private static final Map<Color, ImagePattern> PATTERNS = new HashMap<>();

    private Hatch() {
    }

    static void fill(GraphicsContext g, double x, double y, double w, double h, Color color) {
        if (w <= 0 || h <= 0) return;
        g.setFill(PATTERNS.computeIfAbsent(color, Hatch::pattern));
        g.fillRect(x, y, w, h);
    }

    private static ImagePattern pattern(Color color) {
        WritableImage tile = new WritableImage(TILE, TILE);
        PixelWriter px = tile.getPixelWriter();
        for (int i = 0; i < TILE; i++) {
            for (int j = 0; j < TILE; j++) px.setColor(i, j, Color.TRANSPARENT);
            px.setColor(i, TILE - 1 - i, color);
        }
        return new ImagePattern(tile, 0, 0, TILE, TILE, false);
    }
}

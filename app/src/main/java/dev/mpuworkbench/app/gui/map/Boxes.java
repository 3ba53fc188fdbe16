package dev.mpuworkbench.app.gui.map;

import javafx.scene.canvas.GraphicsContext;

/**
 * Boxes and outlines made of axis-aligned filled rectangles only. The software renderer fills such a
 * rectangle directly, but rasterises every stroke and rounded shape as a path, which cost most of a
 * drag frame on the map. Corner pixels are left out, so boxes still read as slightly rounded.
 */
final class Boxes {
    private Boxes() {
    }

    static void fill(GraphicsContext g, double x, double y, double w, double h) {
        if (w <= 0 || h <= 0) return;
        if (w <= 2 || h <= 2) {
            g.fillRect(x, y, w, h);
            return;
        }
        g.fillRect(x + 1, y, w - 2, h);
        g.fillRect(x, y + 1, 1, h - 2);
        g.fillRect(x + w - 1, y + 1, 1, h - 2);
    }

    /** An outline {@code t} thick just inside the box's edges; no pixel is painted twice. */
    static void frame(GraphicsContext g, double x, double y, double w, double h, double t) {
        if (w <= 2 * t + 2 || h <= 2 * t) {
            fill(g, x, y, w, h);
            return;
        }
        g.fillRect(x + 1, y, w - 2, t);
        g.fillRect(x + 1, y + h - t, w - 2, t);
        g.fillRect(x, y + t, t, h - 2 * t);
        g.fillRect(x + w - t, y + t, t, h - 2 * t);
    }

    /** A horizontal line {@code t} thick centred on {@code y}. */
    static void hline(GraphicsContext g, double x, double y, double w, double t) {
        g.fillRect(x, y - t / 2, w, t);
    }
}

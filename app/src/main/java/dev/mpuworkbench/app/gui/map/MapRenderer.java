package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.app.gui.model.Subjects;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.mpu.Part;
import dev.mpuworkbench.app.gui.model.Sizes;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Paints one {@link MapFrame} onto a canvas; only what lies in the viewport is drawn. */
final class MapRenderer {
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 12);
    private static final Font DETAIL = Font.font("Monospaced", 11);
    private static final Font AXIS = Font.font("Monospaced", 11);
    private static final Font SMALL = Font.font("System", 10.5);
    private static final double MIN_DRAWN = 3;
    /** Gaps smaller than this are only compressed; larger ones get the break mark. */
    private static final long BREAK_MARK_MIN = 16L << 20;

    private static final Color RESERVED_HATCH = Color.web("#ffffff", 0.45);
    private static final Color ERROR_WASH = MapPalette.ERROR.deriveColor(0, 1, 1, 0.16);
    private static final Color ERROR_HATCH = MapPalette.ERROR.deriveColor(0, 1, 1, 0.4);

    private final LabelFitter labels = new LabelFitter();

    void draw(GraphicsContext g, MapFrame f) {
        g.setFill(MapPalette.BACKGROUND);
        g.fillRect(0, 0, f.width(), f.height());
        g.setTextBaseline(VPos.CENTER);
        drawGaps(g, f);
        for (MapItem item : f.items()) {
            if (item.kind() == MapItem.Kind.BANK) drawLaneItem(g, f, item, MapPalette.BANK);
        }
        for (MapItem item : f.items()) {
            switch (item.kind()) {
                case RESERVED -> drawReserved(g, f, item);
                case SECTION -> drawLaneItem(g, f, item, f.palette().fill(item.block()));
                case REGION -> drawLaneItem(g, f, item, MapPalette.part(item.region().part()));
                case BLOCK -> drawBlock(g, f, item);
                default -> {
                }
            }
        }
        drawErrors(g, f);
        for (MapItem item : f.items()) {
            if (item.kind() == MapItem.Kind.BLOCK) drawBlockLabel(g, f, item);
        }
        drawBreakMarks(g, f);
        drawAxis(g, f);
        drawHover(g, f);
    }

    private static boolean visible(MapFrame f, double y0, double y1) {
        return y1 >= 0 && y0 <= f.height();
    }

    private void drawGaps(GraphicsContext g, MapFrame f) {
        for (AddressAxis.Segment s : f.axis().segments()) {
            double y0 = s.top() - f.scroll();
            double y1 = s.bottom() - f.scroll();
            if (!s.gap() || !visible(f, y0, y1)) continue;
            g.setFill(MapPalette.GAP_FILL);
            g.fillRect(MapLayout.boardX(), y0, f.width() - MapLayout.boardX(), y1 - y0);
            if (y1 - y0 >= 14) {
                g.setFill(MapPalette.AXIS_TEXT);
                g.setFont(SMALL);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(Sizes.human(s.size()) + " free", MapLayout.blocksX() + 34, (y0 + y1) / 2);
            }
        }
    }

    private void drawBreakMarks(GraphicsContext g, MapFrame f) {
        g.setStroke(Color.web("#8a96a3"));
        g.setLineWidth(1.2);
        for (AddressAxis.Segment s : f.axis().segments()) {
            double y0 = s.top() - f.scroll();
            double y1 = s.bottom() - f.scroll();
            if (!s.gap() || !visible(f, y0, y1) || y1 - y0 < 8 || s.size() < BREAK_MARK_MIN) continue;
            double mid = (y0 + y1) / 2;
            for (double off : new double[] {-3, 3}) {
                g.beginPath();
                double x = MapLayout.boardX();
                g.moveTo(x, mid + off);
                boolean up = true;
                for (x += 5; x <= MapLayout.blocksX() + 28; x += 5) {
                    g.lineTo(x, mid + off + (up ? -2.5 : 2.5));
                    up = !up;
                }
                g.stroke();
            }
        }
    }

    private void drawLaneItem(GraphicsContext g, MapFrame f, MapItem item, Color fill) {
        double y0 = f.top(item.range());
        double y1 = Math.max(f.bottom(item.range()), y0 + MIN_DRAWN);
        if (!visible(f, y0, y1)) return;
        boolean selected = Subjects.selects(f.selection(), item.subject());
        g.setFill(fill);
        Boxes.fill(g, item.x() + 1, y0, item.width() - 2, y1 - y0);
        drawOutline(g, f, item, y0, y1, fill, selected);
        drawVerticalLabel(g, item, y0, y1, MapPalette.textOn(fill));
    }

    private void drawReserved(GraphicsContext g, MapFrame f, MapItem item) {
        double y0 = f.top(item.range());
        double y1 = Math.max(f.bottom(item.range()), y0 + MIN_DRAWN);
        if (!visible(f, y0, y1)) return;
        g.setFill(MapPalette.RESERVED);
        g.fillRect(item.x() + 1, y0, item.width() - 2, y1 - y0);
        Hatch.fill(g, item.x() + 1, Math.max(0, y0), item.width() - 2, Math.min(f.height(), y1) - Math.max(0, y0),
            RESERVED_HATCH);
        drawOutline(g, f, item, y0, y1, MapPalette.RESERVED, Subjects.selects(f.selection(), item.subject()));
        drawVerticalLabel(g, item, y0, y1, Color.WHITE);
    }

    private void drawBlock(GraphicsContext g, MapFrame f, MapItem item) {
        double y0 = f.top(item.range());
        double y1 = Math.max(f.bottom(item.range()), y0 + MIN_DRAWN);
        if (!visible(f, y0, y1)) return;
        Color fill = f.palette().fill(item.block());
        boolean selected = Subjects.selects(f.selection(), item.subject());
        double x = item.x() + 1;
        double w = item.width() - 2;
        if (selected) {
            g.setFill(MapPalette.SELECTION.deriveColor(0, 1, 1, 0.18));
            Boxes.fill(g, x - 3, y0 - 3, w + 6, y1 - y0 + 6);
        }
        g.setFill(fill);
        Boxes.fill(g, x, y0, w, y1 - y0);
        Part part = f.parts().get(item.subject());
        if (part != null) {
            g.setFill(MapPalette.part(part));
            g.fillRect(x + 1, y0 + 1, 5, Math.max(1, y1 - y0 - 2));
        } else if (f.context() != null) {
            g.setFill(MapPalette.UNMAPPED_VEIL);
            Boxes.fill(g, x, y0, w, y1 - y0);
        }
        drawOutline(g, f, item, y0, y1, fill, selected);
    }

    /** Labels go on top of the error hatching so a block in trouble stays readable. */
    private void drawBlockLabel(GraphicsContext g, MapFrame f, MapItem item) {
        double y0 = f.top(item.range());
        double y1 = Math.max(f.bottom(item.range()), y0 + MIN_DRAWN);
        if (!visible(f, y0, y1)) return;
        Color fill = f.palette().fill(item.block());
        Part part = f.parts().get(item.subject());
        double x = item.x() + 1;
        double w = item.width() - 2;
        double h = y1 - y0;
        if (h < 13) return;
        Color text = part == null && f.context() != null ? MapPalette.AXIS_TEXT : MapPalette.textOn(fill);
        double room = w - 12;
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        boolean twoLines = h >= 34;
        String label = labels.fit(item.label(), LABEL, room);
        g.setFont(LABEL);
        if (!twoLines) {
            g.fillText(label, x + 8, y0 + h / 2);
        } else {
            boolean whole = y0 >= 0 && y1 <= f.height();
            double top = whole ? (y0 + y1) / 2 - 15 : Math.min(Math.max(y0, 0) + 4, y1 - 34);
            g.fillText(label, x + 8, top + 9);
            g.setFont(DETAIL);
            g.setFill(text.deriveColor(0, 1, 1, 0.85));
            String detail = MapText.range(item.range()) + "   " + MapPalette.classLabel(item.block().blockClass());
            g.fillText(labels.fit(detail, DETAIL, room), x + 8, top + 24);
        }
    }

    private static void drawOutline(GraphicsContext g, MapFrame f, MapItem item, double y0, double y1, Color fill,
                                      boolean selected) {
        boolean error = f.errorSubjects().contains(item.subject());
        double x = item.x() + 1;
        double w = item.width() - 2;
        double h = y1 - y0;
        if (selected) {
            g.setFill(MapPalette.SELECTION);
            Boxes.frame(g, x, y0, w, h, 2);
        } else if (error) {
            g.setFill(MapPalette.ERROR);
            Boxes.frame(g, x, y0, w, h, 2);
        } else {
            g.setFill(fill.darker());
            Boxes.frame(g, x, y0, w, h, 1);
        }
        if (selected && error) {
            g.setFill(MapPalette.ERROR);
            Boxes.frame(g, x + 3, y0 + 3, w - 6, h - 6, 1.5);
        }
    }

    private void drawVerticalLabel(GraphicsContext g, MapItem item, double y0, double y1, Color color) {
        double top = Math.max(y0, 0);
        double bottom = Math.min(y1, 100_000);
        if (bottom - top < 40) return;
        String text = labels.fit(item.label(), SMALL, bottom - top - 8);
        if (text.isEmpty()) return;
        g.save();
        g.translate(item.x() + item.width() / 2, (top + bottom) / 2);
        g.rotate(-90);
        g.setFill(color);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(text, 0, 0);
        g.restore();
    }

    private void drawErrors(GraphicsContext g, MapFrame f) {
        double x = MapLayout.blocksX();
        double w = f.width() - x - MapLayout.RIGHT_MARGIN;
        for (AddressRange r : f.errorRanges()) {
            double y0 = f.top(r);
            double y1 = Math.max(f.bottom(r), y0 + 2);
            if (!visible(f, y0, y1)) continue;
            double top = Math.max(0, y0);
            double bottom = Math.min(f.height(), y1);
            g.setFill(ERROR_WASH);
            g.fillRect(x, top, w, bottom - top);
            Hatch.fill(g, x, top, w, bottom - top, ERROR_HATCH);
            g.setFill(MapPalette.ERROR);
            Boxes.hline(g, x, y0, w, 1.5);
            Boxes.hline(g, x, y1, w, 1.5);
        }
    }

    private void drawAxis(GraphicsContext g, MapFrame f) {
        g.setFill(MapPalette.BACKGROUND);
        g.fillRect(0, 0, MapLayout.AXIS_WIDTH - 2, f.height());
        g.setFont(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        double last = Double.NEGATIVE_INFINITY;
        for (AddressAxis.Segment s : f.axis().segments()) {
            double y = s.top() - f.scroll();
            if (y < -10 || y > f.height() + 10) continue;
            g.setFill(MapPalette.GRID);
            Boxes.hline(g, MapLayout.AXIS_WIDTH - 6, y, 6, 1);
            if (y - last < 14) continue;
            g.setFill(MapPalette.AXIS_TEXT);
            g.fillText(MapText.hex(s.base()), MapLayout.AXIS_WIDTH - 8, Math.max(7, y));
            last = y;
        }
    }

    private void drawHover(GraphicsContext g, MapFrame f) {
        if (Double.isNaN(f.hoverY())) return;
        double y = f.hoverY();
        g.setStroke(MapPalette.HOVER_LINE);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeLine(MapLayout.AXIS_WIDTH, y, f.width(), y);
        g.setLineDashes(null);
        String text = MapText.hex(f.axis().address(y + f.scroll()));
        g.setFill(MapPalette.SELECTION);
        Boxes.fill(g, 2, y - 9, MapLayout.AXIS_WIDTH - 4, 18);
        g.setFill(Color.WHITE);
        g.setFont(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(text, MapLayout.AXIS_WIDTH - 8, y);
    }
}

package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootText;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.RegionLine;
import dev.mpuworkbench.app.gui.map.MapPalette;
import dev.mpuworkbench.app.gui.model.Sizes;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.emulator.mpu.MemoryAttribute;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A strip over the booted design's memory: its blocks on top, the EL2 regions enabled at the current step below,
 * numbered, coloured by memory attribute, with their part (PART_A / PART_B) underlined and the ones the last move
 * changed outlined. Gaps are collapsed as on the main map.
 */
final class RegionOverlay extends Region {
    static final Color NORMAL = Color.web("#3d6fb6");
    static final Color NON_CACHEABLE = Color.web("#58a4b0");
    static final Color DEVICE = Color.web("#c0587e");
    static final Color CHANGED = Color.web("#f2b705");
    private static final double BLOCK_Y = 4;
    private static final double BLOCK_H = 18;
    private static final double REGION_Y = BLOCK_Y + BLOCK_H + 5;
    private static final double REGION_H = 22;
    private static final double AXIS_Y = REGION_Y + REGION_H + 9;
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 11);
    private static final Font SMALL = Font.font("Monospaced", 10);

    private final BootViewModel vm;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private Design design;
    private List<MemoryBlock> blocks = List.of();
    private MapPalette palette;
    private OverlayLayout layout;

    RegionOverlay(BootViewModel vm) {
        this.vm = vm;
        setId("boot-overlay");
        getStyleClass().add("boot-overlay");
        getChildren().add(canvas);
        setMinHeight(AXIS_Y + 8);
        setPrefHeight(AXIS_Y + 8);
        setMaxHeight(AXIS_Y + 8);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        setOnMouseMoved(e -> tip.setText(describe(e.getX())));
        vm.frameProperty().addListener((o, a, f) -> paint());
        widthProperty().addListener((o, a, w) -> paint());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    /** The layout painted last (null before the first boot). */
    OverlayLayout overlayLayout() {
        return layout;
    }

    void paint() {
        BootFrame f = vm.frame();
        double w = getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(MapPalette.BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (f == null || !f.started() || w <= 2 * OverlayLayout.PAD) {
            layout = null;
            return;
        }
        if (vm.bootedDesign() != design) {
            design = vm.bootedDesign();
            blocks = DesignBlocks.of(design);
            palette = new MapPalette(design);
        }
        layout = OverlayLayout.of(blocks, f.el2(), w);
        g.setTextBaseline(VPos.CENTER);
        for (OverlayLayout.Gap gap : layout.gaps()) {
            g.setFill(MapPalette.GAP_FILL);
            g.fillRect(gap.x0(), BLOCK_Y, gap.x1() - gap.x0(), REGION_Y + REGION_H - BLOCK_Y);
        }
        for (OverlayLayout.Bar<MemoryBlock> b : layout.blocks()) {
            double h = BLOCK_H / b.lanes();
            Color fill = palette.fill(b.item());
            bar(g, b.x0(), BLOCK_Y + b.lane() * h, b.x1() - b.x0(), h, fill);
        }
        for (OverlayLayout.Bar<RegionLine> b : layout.regions()) drawRegion(g, b);
        drawAxis(g);
    }

    private void drawRegion(GraphicsContext g, OverlayLayout.Bar<RegionLine> b) {
        RegionLine line = b.item();
        double h = REGION_H / b.lanes();
        double y = REGION_Y + b.lane() * h;
        double wide = Math.max(2, b.x1() - b.x0());
        Color fill = attributeColour(line.row().description().attribute());
        bar(g, b.x0(), y, wide, h, fill);
        if (!line.part().isEmpty()) {
            g.setFill(line.part().equals("A") ? MapPalette.PART_A : MapPalette.PART_B);
            g.fillRect(b.x0(), y + h - 3, wide, 3);
        }
        if (!line.changed().isEmpty()) {
            g.setStroke(CHANGED);
            g.setLineWidth(2);
            g.strokeRect(b.x0() + 1, y + 1, wide - 2, h - 2);
        }
        String label = "#" + line.index();
        if (wide >= 22 && h >= 10) {
            g.setFill(MapPalette.textOn(fill));
            g.setFont(LABEL);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(label, b.x0() + wide / 2, y + (h - 3) / 2);
        }
    }

    private static void bar(GraphicsContext g, double x, double y, double w, double h, Color fill) {
        g.setFill(fill);
        g.fillRect(x, y, Math.max(1.5, w), h);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeRect(x, y, Math.max(1.5, w), h);
    }

    /** Hex addresses at segment starts, as many as fit without overlapping. */
    private void drawAxis(GraphicsContext g) {
        g.setFont(SMALL);
        g.setFill(MapPalette.AXIS_TEXT);
        double lastEnd = -1;
        for (var s : layout.axis().segments()) {
            double x = layout.x(s.base());
            String text = BootText.addr(s.base());
            double textWidth = text.length() * 6.1;
            if (x - textWidth / 2 < lastEnd + 8 || x + textWidth / 2 > getWidth()) continue;
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text, Math.max(textWidth / 2, x), AXIS_Y);
            g.setStroke(MapPalette.GRID);
            g.strokeLine(x, REGION_Y + REGION_H, x, AXIS_Y - 5);
            lastEnd = Math.max(textWidth / 2, x) + textWidth / 2;
        }
    }

    static Color attributeColour(MemoryAttribute a) {
        if (a.device()) return DEVICE;
        return a.encoding() == 0x44 ? NON_CACHEABLE : NORMAL;
    }

    private String describe(double x) {
        if (layout == null) return "Not booted";
        OverlayLayout.Bar<RegionLine> r = layout.regionAt(x);
        if (r != null) {
            RegionLine l = r.item();
            return "EL2 region #" + l.index() + (l.part().isEmpty() ? "" : " (PART_" + l.part() + ")") + "\n"
                + range(r.range()) + "\n" + l.text(RegionLine.Column.AP) + ", " + l.text(RegionLine.Column.XN) + "\n"
                + l.text(RegionLine.Column.ATTRIBUTE);
        }
        OverlayLayout.Bar<MemoryBlock> b = layout.blockAt(x);
        if (b != null) return b.item().label() + "\n" + range(b.range());
        return "Enabled EL2 regions (below) over the design's blocks (above)";
    }

    private static String range(AddressRange r) {
        return BootText.addr(r.base()) + " – " + BootText.addr(r.last()) + " · " + Sizes.human(r.size());
    }
}

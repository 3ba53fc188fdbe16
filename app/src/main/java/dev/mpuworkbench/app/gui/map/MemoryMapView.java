package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.app.gui.model.Subjects;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.app.gui.model.PlanModel;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.Part;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The memory map: every block of the design on a gap-collapsed address axis, drawn on one canvas.
 * Zoom with Ctrl+wheel or the toolbar, scroll with the wheel or the scroll bar; drag a block to move it,
 * drag its top or bottom edge to resize it, arrows nudge the selection by the snap step.
 */
public final class MemoryMapView extends Region {
    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 400;

    private final WorkbenchModel model;
    private final PlanModel plan;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");
    private final Tooltip tooltip = new Tooltip();
    private final MapLegend legend = new MapLegend();
    private final MapRenderer renderer = new MapRenderer();
    private AddressAxis axis;
    private boolean axisFrozen;
    private List<MapItem> items = List.of();
    private MapPalette palette;
    private Set<SubjectPath> errorSubjects = Set.of();
    private List<AddressRange> errorRanges = List.of();
    private double hoverY = Double.NaN;
    private SubjectPath painted;
    private boolean fitPending = true;
    private boolean paintQueued;
    private Map<SubjectPath, Part> parts = Map.of();

    public MemoryMapView(WorkbenchModel model, PlanModel plan) {
        this.model = model;
        this.plan = plan;
        getStyleClass().add("memory-map");
        setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setUnitIncrement(24);
        getChildren().addAll(canvas, scrollBar, legend);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.textProperty().bind(hoverText);
        Tooltip.install(canvas, tooltip);
        model.designProperty().addListener((o, a, b) -> designChanged());
        model.diagnostics().addListener((ListChangeListener<Diagnostic>) c -> {
            diagnosticsChanged();
            requestPaint();
        });
        model.selectionProperty().addListener((o, a, b) -> {
            reveal(b);
            requestPaint();
        });
        plan.contextPlanProperty().addListener((o, a, b) -> {
            planChanged();
            requestPaint();
        });
        model.documentProperty().addListener((o, a, b) -> {
            fitPending = true;
            requestLayout();
        });
        zoom.addListener((o, a, b) -> requestPaint());
        scrollBar.valueProperty().addListener((o, a, b) -> requestPaint());
        new MapInteraction(this, model).install(canvas);
        planChanged();
        designChanged();
        diagnosticsChanged();
    }

    @Override
    protected void layoutChildren() {
        double bar = scrollBar.prefWidth(-1);
        double legendHeight = legend.prefHeight(getWidth());
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - legendHeight);
        scrollBar.resizeRelocate(w, 0, bar, h);
        legend.resizeRelocate(0, h, getWidth(), legendHeight);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayoutItems();
            updateScrollRange();
        }
        if (fitPending && h > 0) {
            fitPending = false;
            fitOrReadable();
        }
        paint();
    }

    /** A new document starts fitted to the view, unless that would make it too small to read. */
    private void fitOrReadable() {
        double unit = buildAxis(model.design(), 1).height();
        double next = Math.max(0.35, Math.min(MAX_ZOOM, canvas.getHeight() / unit));
        axis = buildAxis(model.design(), next);
        updateScrollRange();
        zoom.set(next);
        scrollTo(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private void designChanged() {
        Design design = model.design();
        palette = new MapPalette(design);
        if (!axisFrozen) axis = buildAxis(design, zoom.get());
        relayoutItems();
        updateScrollRange();
        requestPaint();
    }

    private void relayoutItems() {
        items = MapLayout.items(model.design(), model.blocks(), plan.contextPlan(), canvas.getWidth());
    }

    /** Which part each block's memory is mapped in by the shown context (PART_A wins when both). */
    private void planChanged() {
        ContextPlan context = plan.contextPlan();
        Map<SubjectPath, Part> next = new HashMap<>();
        if (context != null) {
            for (PlannedRegion r : context.regions()) {
                for (SubjectPath s : r.covers()) next.merge(Subjects.canonical(s), r.part(), (x, y) -> x == Part.A ? x : y);
            }
        }
        parts = next;
        legend.show(context);
        if (axis != null) relayoutItems();
    }

    static AddressAxis buildAxis(Design design, double zoom) {
        List<AddressRange> content = new ArrayList<>();
        List<AddressRange> containers = new ArrayList<>();
        for (MemoryBlock b : dev.mpuworkbench.core.model.DesignBlocks.of(design)) {
            (b.blockClass() == BlockClass.SECTION ? containers : content).add(b.range());
        }
        for (ReservedRange r : design.board().reserved()) content.add(r.range());
        design.board().memory().forEach(b -> containers.add(b.range()));
        return AddressAxis.build(content, containers, design.board().cpu().addressLimit(), zoom);
    }

    private void diagnosticsChanged() {
        Set<SubjectPath> subjects = new HashSet<>();
        List<AddressRange> ranges = new ArrayList<>();
        for (Diagnostic d : model.diagnostics()) {
            if (!d.isError()) continue;
            subjects.add(Subjects.canonical(d.subject()));
            if (d.range() != null && !d.range().isEmpty()) ranges.add(d.range());
        }
        errorSubjects = subjects;
        errorRanges = ranges;
    }

    private void updateScrollRange() {
        double viewport = canvas.getHeight();
        double max = Math.max(0, axis.height() - viewport);
        scrollBar.setMin(0);
        scrollBar.setMax(max);
        scrollBar.setVisibleAmount(max <= 0 ? 1 : viewport * max / Math.max(1, axis.height()));
        scrollBar.setBlockIncrement(viewport * 0.9);
        if (scrollBar.getValue() > max) scrollBar.setValue(max);
    }

    /** Paints once after the current event, however many changes it brings (a drag step changes several). */
    public void requestPaint() {
        if (paintQueued) return;
        paintQueued = true;
        Platform.runLater(() -> {
            if (paintQueued) paint();
        });
    }

    /** Repaints now; cheap enough to call on every drag step. */
    public void paint() {
        paintQueued = false;
        if (axis == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) return;
        painted = model.selection();
        ContextPlan context = plan.contextPlan();
        renderer.draw(canvas.getGraphicsContext2D(), new MapFrame(canvas.getWidth(), canvas.getHeight(), scroll(),
            axis, items, palette, painted, errorSubjects, errorRanges, hoverY, parts,
            context == null ? null : context.name()));
    }

    /** The axis changes only between gestures, so the block under the pointer stays under it while dragging. */
    void freezeAxis(boolean frozen) {
        axisFrozen = frozen;
        if (!frozen) designChanged();
    }

    public double scroll() {
        return scrollBar.getValue();
    }

    public void scrollTo(double y) {
        scrollBar.setValue(Math.max(scrollBar.getMin(), Math.min(scrollBar.getMax(), y)));
    }

    public void scrollBy(double dy) {
        scrollTo(scroll() + dy);
    }

    /** Zooms keeping the address at viewport y {@code anchorY} where it is. */
    public void zoomBy(double factor, double anchorY) {
        if (axisFrozen) return;
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor));
        if (next == zoom.get()) return;
        long anchor = axis.address(scroll() + anchorY);
        axis = buildAxis(model.design(), next);
        updateScrollRange();
        zoom.set(next);
        scrollTo(axis.y(anchor) - anchorY);
        paint();
    }

    public void zoomIn() {
        zoomBy(1.25, canvas.getHeight() / 2);
    }

    public void zoomOut() {
        zoomBy(0.8, canvas.getHeight() / 2);
    }

    /** Shows the whole address space in the viewport. */
    public void zoomToFit() {
        if (axisFrozen || canvas.getHeight() <= 0) return;
        double unit = buildAxis(model.design(), 1).height();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, canvas.getHeight() / unit));
        axis = buildAxis(model.design(), next);
        updateScrollRange();
        zoom.set(next);
        scrollTo(0);
        paint();
    }

    /** Scrolls so the blocks of {@code subject} are in view, if they are not already. */
    public void reveal(SubjectPath subject) {
        Optional<Bounds> b = contentBounds(subject);
        if (b.isEmpty()) return;
        double top = b.get().getMinY();
        double bottom = b.get().getMaxY();
        double viewport = canvas.getHeight();
        if (top >= scroll() && bottom <= scroll() + viewport) return;
        if (bottom - top < viewport * 0.8) scrollTo((top + bottom) / 2 - viewport / 2);
        else scrollTo(top - viewport * 0.1);
    }

    private Optional<Bounds> contentBounds(SubjectPath subject) {
        if (subject == null || axis == null) return Optional.empty();
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (MapItem item : items) {
            if (item.kind() == MapItem.Kind.REGION || !Subjects.selects(subject, item.subject())) continue;
            top = Math.min(top, axis.y(item.range().base()));
            bottom = Math.max(bottom, axis.y(item.range().end()));
            left = Math.min(left, item.x());
            right = Math.max(right, item.x() + item.width());
        }
        if (top == Double.POSITIVE_INFINITY) return Optional.empty();
        return Optional.of(new BoundingBox(left, top, right - left, bottom - top));
    }

    /**
     * Where the blocks of {@code subject} are drawn (not the MPU regions holding them), in this view's
     * coordinates; tests and benchmarks use it.
     */
    public Optional<Bounds> blockBounds(SubjectPath subject) {
        return contentBounds(subject).map(b -> new BoundingBox(b.getMinX(), b.getMinY() - scroll(), b.getWidth(),
            b.getHeight()));
    }

    /** The topmost item at a viewport point; blocks win over sections, sections over board memory. */
    public MapItem itemAt(double x, double y) {
        MapItem best = null;
        for (MapItem item : items) {
            if (!item.containsX(x)) continue;
            double y0 = axis.y(item.range().base()) - scroll();
            double y1 = Math.max(axis.y(item.range().end()) - scroll(), y0 + 3);
            if (y < y0 || y > y1) continue;
            if (best == null || item.kind().ordinal() > best.kind().ordinal()
                || (item.kind() == best.kind() && item.range().size() < best.range().size())) {
                best = item;
            }
        }
        return best;
    }

    void setHover(double y, String text) {
        hoverY = y;
        hoverText.set(text);
        requestPaint();
    }

    public AddressAxis axis() {
        return axis;
    }

    public List<MapItem> items() {
        return items;
    }

    /** The selection as last painted (what the user sees highlighted). */
    public SubjectPath paintedSelection() {
        return painted;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Address and block under the pointer, for the status bar. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    Canvas canvas() {
        return canvas;
    }

    Tooltip tooltip() {
        return tooltip;
    }
}

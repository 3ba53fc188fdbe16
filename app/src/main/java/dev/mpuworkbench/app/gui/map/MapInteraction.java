package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.MemoryBlock;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard on the map: click selects, drag moves or resizes (one undo step, Escape cancels),
 * arrows nudge, wheel scrolls, Ctrl+wheel zooms. Every drag step is a real edit, so diagnostics follow.
 */
final class MapInteraction {
    private static final double EDGE = 5;
    private static final double DRAG_THRESHOLD = 3;

    private final MemoryMapView view;
    private final WorkbenchModel model;
    private BlockGesture gesture;
    private AddressRange lastApplied;
    private double pressY;
    private boolean dragging;
    private boolean nudging;

    MapInteraction(MemoryMapView view, WorkbenchModel model) {
        this.view = view;
        this.model = model;
    }

    void install(Canvas canvas) {
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.setHover(Double.NaN, ""));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        view.requestFocus();
        finishNudge();
        gesture = null;
        dragging = false;
        MapItem item = view.itemAt(e.getX(), e.getY());
        model.select(item == null ? null : item.subject());
        if (item == null || item.block() == null) return;
        BlockGesture.Mode mode = modeAt(item, e.getY());
        if (mode == null) return;
        long step = model.snap().step(item.block().blockClass());
        AddressAxis axis = view.axis();
        gesture = new BlockGesture(mode, item.subject(), item.range(), axis.address(e.getY() + view.scroll()), step,
            axis.limit());
        lastApplied = item.range();
        pressY = e.getY();
    }

    private BlockGesture.Mode modeAt(MapItem item, double y) {
        if (!DesignPlacement.isMovable(item.subject())) return null;
        AddressAxis axis = view.axis();
        double y0 = axis.y(item.range().base()) - view.scroll();
        double y1 = axis.y(item.range().end()) - view.scroll();
        if (DesignPlacement.isResizable(item.subject()) && y1 - y0 >= 16) {
            if (y - y0 <= EDGE) return BlockGesture.Mode.RESIZE_START;
            if (y1 - y <= EDGE) return BlockGesture.Mode.RESIZE_END;
        }
        return BlockGesture.Mode.MOVE;
    }

    private void dragged(MouseEvent e) {
        if (gesture == null) return;
        if (!dragging) {
            if (Math.abs(e.getY() - pressY) < DRAG_THRESHOLD) return;
            model.beginGesture();
            view.freezeAxis(true);
            view.tooltip().hide();
            dragging = true;
        }
        AddressRange next = gesture.rangeAt(view.axis().address(e.getY() + view.scroll()));
        if (!next.equals(lastApplied) && model.apply(gesture.editTo(next))) lastApplied = next;
        view.setHover(e.getY(), gesture.subject() + " → " + MapText.range(lastApplied));
    }

    private void released(MouseEvent e) {
        if (dragging) {
            model.endGesture();
            view.freezeAxis(false);
        }
        gesture = null;
        dragging = false;
    }

    private void moved(MouseEvent e) {
        long address = view.axis().address(e.getY() + view.scroll());
        MapItem item = view.itemAt(e.getX(), e.getY());
        StringBuilder text = new StringBuilder(MapText.hex(address));
        if (item != null && item.region() != null) {
            var r = item.region();
            text.append("  MPU region ").append(r.index()).append(" PART_").append(r.part()).append("  ")
                .append(MapText.range(r.range())).append("  PRBAR ").append(dev.mpuworkbench.core.model.Hex.of(r.prbar()))
                .append(" PRLAR ").append(dev.mpuworkbench.core.model.Hex.of(r.prlar())).append("  ")
                .append(r.attributes().describe()).append("  ").append(r.owner());
        } else if (item != null) {
            text.append("  ").append(item.label()).append("  ").append(MapText.range(item.range()));
            if (item.block() != null) {
                text.append("  ").append(MapPalette.classLabel(item.block().blockClass())).append(", ")
                    .append(item.block().owner());
            }
        }
        view.canvas().setCursor(cursorFor(item, e.getY()));
        view.setHover(e.getY(), text.toString());
    }

    private Cursor cursorFor(MapItem item, double y) {
        if (item == null || item.block() == null) return Cursor.DEFAULT;
        BlockGesture.Mode mode = modeAt(item, y);
        if (mode == null) return Cursor.DEFAULT;
        return switch (mode) {
            case MOVE -> Cursor.OPEN_HAND;
            case RESIZE_START -> Cursor.N_RESIZE;
            case RESIZE_END -> Cursor.S_RESIZE;
        };
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            view.zoomBy(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getY());
        } else {
            view.scrollBy(-e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && dragging) {
            model.cancelGesture();
            view.freezeAxis(false);
            gesture = null;
            dragging = false;
            e.consume();
        } else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && !dragging) {
            if (nudge(e.getCode() == KeyCode.UP, e.isShiftDown())) e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) finishNudge();
    }

    /** Moves the selected block one snap step (16 with Shift); a held key is one undo step. */
    private boolean nudge(boolean up, boolean large) {
        if (model.selection() == null) return false;
        Optional<MemoryBlock> block = model.block(model.selection());
        if (block.isEmpty() || !DesignPlacement.isMovable(block.get().subject())) return false;
        long step = model.snap().step(block.get().blockClass()) * (large ? 16 : 1);
        long base = BlockGesture.nudged(block.get().range().base(), step, up);
        if (!nudging) {
            model.beginGesture();
            nudging = true;
        }
        model.apply(new MoveBlock(block.get().subject(), base));
        view.reveal(block.get().subject());
        return true;
    }

    private void finishNudge() {
        if (!nudging) return;
        nudging = false;
        model.endGesture();
    }
}

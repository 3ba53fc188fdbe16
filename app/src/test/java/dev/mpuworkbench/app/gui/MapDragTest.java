package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.map.AddressAxis;
import dev.mpuworkbench.app.gui.map.BlockGesture;
import dev.mpuworkbench.core.model.AddressRange;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;

/** Dragging, resizing and nudging blocks on the memory map with the mouse and keyboard. */
class MapDragTest extends WorkbenchGuiTest {
    private void dragBy(Point2D from, double dy) {
        moveTo(from);
        press(MouseButton.PRIMARY);
        for (int i = 1; i <= 4; i++) moveTo(new Point2D(from.getX(), from.getY() + dy * i / 4));
        release(MouseButton.PRIMARY);
    }

    @Test
    void aSingleEditIsDrawnAtItsNewAddress() {
        AddressRange before = rangeOf(DOMU1_RAM);
        interact(() -> model.apply(new dev.mpuworkbench.core.edit.MoveBlock(DOMU1_RAM, before.base() + 0x10_0000)));
        AddressRange drawn = map.items().stream().filter(i -> i.kind() == dev.mpuworkbench.app.gui.map.MapItem.Kind.BLOCK && DOMU1_RAM.equals(i.subject()))
            .map(dev.mpuworkbench.app.gui.map.MapItem::range).findFirst().orElseThrow();
        assertEquals(before.base() + 0x10_0000, drawn.base(), "the map redraws from the new blocks, not the old ones");
        interact(model::undo);
        drawn = map.items().stream().filter(i -> i.kind() == dev.mpuworkbench.app.gui.map.MapItem.Kind.BLOCK && DOMU1_RAM.equals(i.subject()))
            .map(dev.mpuworkbench.app.gui.map.MapItem::range).findFirst().orElseThrow();
        assertEquals(before, drawn);
    }

    @Test
    void draggingADomainsRamMovesItByTheSnappedAmountAndUndoPutsItBack() {
        AddressRange before = rangeOf(DOMU1_RAM);
        Bounds b = blockInMap(DOMU1_RAM);
        Point2D from = screenPointInMap(b.getCenterX(), b.getMinY() + b.getHeight() * 0.4);
        Point2D to = new Point2D(from.getX(), from.getY() + 37);
        AddressAxis axis = map.axis();
        double scroll = map.scroll();
        long grab = axis.address(map.screenToLocal(from).getY() + scroll);
        long at = axis.address(map.screenToLocal(to).getY() + scroll);
        long expected = new BlockGesture(BlockGesture.Mode.MOVE, DOMU1_RAM, before, grab, 0x1000, axis.limit())
            .rangeAt(at).base();

        dragBy(from, 37);

        AddressRange after = rangeOf(DOMU1_RAM);
        assertEquals(expected, after.base(), "moved by the pointer's distance, snapped to 4 KiB");
        assertTrue(after.base() > before.base());
        assertEquals(0, after.base() % 0x1000);
        assertEquals(before.size(), after.size());
        assertEquals(DOMU1_RAM, model.selection());
        assertTrue(window.outline().itemFor(DOMU1_RAM).getValue().detail()
            .startsWith(dev.mpuworkbench.core.model.Hex.of(after.base())), "the outline shows the drop");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, rangeOf(DOMU1_RAM), "the whole drag is one undo step");
        assertFalse(model.isDirty());

        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(after, rangeOf(DOMU1_RAM), "Ctrl+Y redoes");
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(after, rangeOf(DOMU1_RAM), "so does Ctrl+Shift+Z");
    }

    @Test
    void escapeCancelsADragInProgress() {
        AddressRange before = rangeOf(DOMU1_RAM);
        Bounds b = blockInMap(DOMU1_RAM);
        Point2D from = screenPointInMap(b.getCenterX(), b.getMinY() + b.getHeight() * 0.4);
        moveTo(from);
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(from.getX(), from.getY() + 15));
        moveTo(new Point2D(from.getX(), from.getY() + 30));
        assertNotEquals(before, rangeOf(DOMU1_RAM), "the design follows the drag");
        push(KeyCode.ESCAPE);
        release(MouseButton.PRIMARY);
        assertEquals(before, rangeOf(DOMU1_RAM));
        assertTrue(model.undoDescriptionProperty().get() == null, "nothing to undo");
    }

    @Test
    void resizingPastTheNeighbourShowsTheOverlapInTheProblemsView() throws Exception {
        AddressRange before = rangeOf(DOMU1_RAM);
        Bounds b = blockInMap(DOMU1_RAM);
        Point2D edge = screenPointInMap(b.getCenterX(), b.getMaxY() - 2);
        assertTrue(overlapCell().isEmpty());

        moveTo(edge);
        press(MouseButton.PRIMARY);
        for (int i = 1; i <= 4; i++) moveTo(new Point2D(edge.getX(), edge.getY() + 10 * i));
        assertTrue(model.isInGesture());
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> overlapCell().isPresent());
        assertTrue(model.isInGesture(), "the problems view shows the overlap while the edge is still held");
        release(MouseButton.PRIMARY);

        AddressRange after = rangeOf(DOMU1_RAM);
        assertEquals(before.base(), after.base(), "the top edge stays");
        assertTrue(after.end() > rangeOf(DOMU2_RAM).base(), "grown into domU2: " + after);
        assertEquals(0, after.end() % 0x1000);
        assertTrue(model.diagnostics().stream().anyMatch(d -> d.code().equals("MEMORY_OVERLAP")));
        assertTrue(overlapCell().isPresent(), "the problems table shows the overlap");
    }

    private java.util.Optional<javafx.scene.Node> overlapCell() {
        return lookup(n -> n instanceof TableCell<?, ?> c && "MEMORY_OVERLAP".equals(c.getText())).tryQuery();
    }

    @Test
    void arrowKeysNudgeTheSelectedBlockByTheSnapStep() {
        AddressRange before = rangeOf(DOMU1_RAM);
        Bounds b = blockInMap(DOMU1_RAM);
        clickOn(screenPointInMap(b.getCenterX(), b.getCenterY()));
        assertEquals(before, rangeOf(DOMU1_RAM), "a click selects without moving");
        type(KeyCode.DOWN);
        assertEquals(before.base() + 0x1000, rangeOf(DOMU1_RAM).base());
        type(KeyCode.DOWN);
        type(KeyCode.UP);
        type(KeyCode.UP);
        type(KeyCode.UP);
        assertEquals(before.base() - 0x1000, rangeOf(DOMU1_RAM).base());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before.base(), rangeOf(DOMU1_RAM).base(), "each key press is one step");
    }

    @Test
    void ctrlWheelZoomsAroundThePointer() {
        double zoom = map.zoomProperty().get();
        Bounds b = blockInMap(DOMU1_RAM);
        Point2D at = screenPointInMap(b.getCenterX(), b.getCenterY());
        moveTo(at);
        long address = map.axis().address(map.screenToLocal(at).getY() + map.scroll());
        press(KeyCode.CONTROL);
        scroll(2, javafx.geometry.VerticalDirection.UP);
        release(KeyCode.CONTROL);
        assertTrue(map.zoomProperty().get() > zoom);
        long still = map.axis().address(map.screenToLocal(at).getY() + map.scroll());
        assertTrue(Math.abs(still - address) < 0x20_0000, "the address under the pointer stays put");
    }
}

package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** The MPU plan tab: regions with their register values, live while dragging, per strategy and context. */
class PlanViewTest extends WorkbenchGuiTest {
    private TableView<PlannedRegion> table() {
        return window.planView().table();
    }

    private void showPlanTab() {
        clickOn("MPU plan");
    }

    /** Presses at {@code from} and moves down 40 pixels in two steps, leaving the button down. */
    private void pressAndDragDown(Point2D from) {
        moveTo(from);
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(from.getX(), from.getY() + 20));
        moveTo(new Point2D(from.getX(), from.getY() + 40));
    }

    @Test
    void theTableFollowsADragWhileItHappens() throws Exception {
        showPlanTab();
        Bounds b = blockInMap(DOMU1_RAM);
        clickOn(screenPointInMap(b.getCenterX(), b.getMinY() + b.getHeight() * 0.4));
        assertEquals("domain:domU1", window.plan().contextPlan().name());
        long before = table().getSelectionModel().getSelectedItem().range().base();
        assertEquals(rangeOf(DOMU1_RAM).base(), before, "the region holding the selection is selected");

        pressAndDragDown(screenPointInMap(b.getCenterX(), b.getMinY() + b.getHeight() * 0.4));
        long during = rangeOf(DOMU1_RAM).base();
        assertTrue(during != before);
        assertTrue(model.isInGesture());
        org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
            () -> table().getItems().stream().anyMatch(r -> r.range().base() == during));
        assertTrue(model.isInGesture(), "the plan shows the block where it is now, before the drop");
        release(MouseButton.PRIMARY);
    }

    @Test
    void aPlanTableBehindAnotherTabCatchesUpWhenTheDragEnds() {
        Bounds b = blockInMap(DOMU1_RAM);
        Point2D from = screenPointInMap(b.getCenterX(), b.getMinY() + b.getHeight() * 0.4);
        clickOn(from);
        long before = rangeOf(DOMU1_RAM).base();
        pressAndDragDown(from);
        long during = rangeOf(DOMU1_RAM).base();
        assertTrue(during != before);
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(table().getItems().stream().noneMatch(r -> r.range().base() == during),
            "the Problems tab is in front, so the plan table waits");
        release(MouseButton.PRIMARY);
        long dropped = rangeOf(DOMU1_RAM).base();
        assertTrue(table().getItems().stream().anyMatch(r -> r.range().base() == dropped), "caught up at the drop");
    }

    @Test
    void switchingTheStrategyReplans() {
        showPlanTab();
        clickOn("#strategy-upstream");
        assertEquals(Strategy.UPSTREAM, window.plan().plan().strategy());
        clickOn("#strategy-partitioned");
        assertEquals(Strategy.PARTITIONED, window.plan().plan().strategy());
        assertTrue(lookup("#plan-summary").queryLabeled().getText().contains("/ 32 regions"));
    }

    @Test
    void clickingARegionSelectsWhatItCovers() {
        showPlanTab();
        PlannedRegion heap = table().getItems().stream()
            .filter(r -> r.covers().stream().anyMatch(c -> c.value().equals("staticHeap/0"))).findFirst().orElseThrow();
        interact(() -> table().scrollTo(heap));
        javafx.scene.Node row = lookup(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == heap).query();
        clickOn(row);
        assertEquals("staticHeap/0", model.selection().value());
        assertEquals(model.selection(), map.paintedSelection());
    }
}

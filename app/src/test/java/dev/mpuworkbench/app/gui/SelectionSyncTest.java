package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.model.OutlineNode;
import dev.mpuworkbench.app.gui.model.Subjects;
import dev.mpuworkbench.core.model.SubjectPath;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;

/** Selecting in one view selects in the others. */
class SelectionSyncTest extends WorkbenchGuiTest {
    private Node outlineRow(SubjectPath subject) {
        return lookup(n -> n instanceof TreeCell<?> c && c.getItem() instanceof OutlineNode o
            && o.subject().equals(subject)).query();
    }

    @Test
    void clickingABlockOnTheMapSelectsItsOutlineRow() {
        Bounds b = blockInMap(DOMU2_RAM);
        clickOn(screenPointInMap(b.getCenterX(), b.getCenterY()));
        assertEquals(DOMU2_RAM, model.selection());
        assertEquals(DOMU2_RAM, window.outline().getSelectionModel().getSelectedItem().getValue().subject());
        assertEquals(DOMU2_RAM, map.paintedSelection());
        assertEquals("domains/domU2/staticMem/0", from(lookup(n -> n instanceof dev.mpuworkbench.app.gui.properties.PropertiesView)
            .queryAs(javafx.scene.Parent.class)).lookup(".view-header").queryLabeled().getText(),
            "the properties follow too");
    }

    @Test
    void clickingAnOutlineRowHighlightsItsBlocksOnTheMap() {
        SubjectPath domain = SubjectPath.domain("domU2");
        clickOn(outlineRow(domain));
        assertEquals(domain, model.selection());
        assertEquals(domain, map.paintedSelection());
        assertTrue(Subjects.selects(map.paintedSelection(), DOMU2_RAM), "the domain's RAM is highlighted");
        assertTrue(!Subjects.selects(map.paintedSelection(), DOMU1_RAM));
    }

    @Test
    void aDeviceWindowOnTheMapSelectsTheDeviceInTheOutline() {
        SubjectPath window0 = SubjectPath.of("board", "devices", "uart@9c090000", "mmio", 0);
        Bounds b = blockInMap(window0);
        clickOn(screenPointInMap(b.getCenterX(), b.getCenterY()));
        assertEquals(window0, model.selection());
        assertEquals(SubjectPath.device("uart@9c090000"),
            this.window.outline().getSelectionModel().getSelectedItem().getValue().subject());
    }

    @Test
    void selectingOffTheScreenScrollsTheMapToIt() {
        interact(() -> map.scrollTo(0));
        SubjectPath gic = SubjectPath.of("board", "devices", "interrupt-controller@af000000", "mmio", 1);
        interact(() -> map.zoomBy(4, 0));
        interact(() -> model.select(gic));
        Bounds b = map.blockBounds(gic).orElseThrow();
        assertTrue(b.getMinY() >= 0 && b.getMaxY() <= map.getHeight(), "in view: " + b + " in " + map.getHeight());
    }
}

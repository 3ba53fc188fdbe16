package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** The problems view on a design whose Xen link address is not page aligned. */
class ProblemsViewTest extends WorkbenchGuiTest {
    private static final String CODE = "XEN_START_UNALIGNED";

    @Override
    Design initialDesign() {
        Design d = DesignLoader.defaultDesign();
        return d.withXen(d.xen().withStartAddress(0x20_0800));
    }

    private Node codeCell() {
        return lookup(n -> n instanceof TableCell<?, ?> c && CODE.equals(c.getText())).query();
    }

    @Test
    void doubleClickSelectsTheSubjectAndTheMapShowsIt() {
        interact(() -> map.scrollTo(1e6));
        doubleClickOn(codeCell(), MouseButton.PRIMARY);
        assertEquals(SubjectPath.XEN_IMAGE, model.selection());
        assertEquals(SubjectPath.XEN_IMAGE, map.paintedSelection());
        var b = map.blockBounds(SubjectPath.XEN_IMAGE).orElseThrow();
        assertTrue(b.getMinY() >= -1 && b.getMinY() < map.getHeight(), "scrolled into view: " + b);
    }

    @Test
    void applyFixRepairsTheDesignAndCanBeUndone() {
        Button apply = node("#apply-fix", Button.class);
        assertTrue(apply.isDisabled(), "nothing chosen yet");
        clickOn(codeCell());
        assertFalse(apply.isDisabled());
        assertTrue(lookup(".fix-label").queryLabeled().getText().contains("Move Xen to 0x201000"));
        clickOn(apply);
        assertEquals(0x20_1000, model.design().xen().startAddress());
        assertTrue(model.diagnostics().stream().noneMatch(d -> d.code().equals(CODE)));
        assertEquals("Move Xen to 0x201000", model.undoDescriptionProperty().get());
        clickOn(map);
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0x20_0800, model.design().xen().startAddress());
        assertTrue(model.diagnostics().stream().anyMatch(d -> d.code().equals(CODE)));
    }

    @Test
    void theTabCountsTheProblems() {
        assertEquals("Problems (" + model.diagnostics().size() + ")", window.stage().getScene().getRoot()
            .lookupAll(".tab").stream().map(n -> ((javafx.scene.control.Labeled) n.lookup(".tab-label")).getText())
            .filter(t -> t.startsWith("Problems")).findFirst().orElseThrow());
    }
}

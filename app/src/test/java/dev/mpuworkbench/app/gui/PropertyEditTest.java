package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The property sheet edits the design, one undoable step per committed value. */
class PropertyEditTest extends WorkbenchGuiTest {
    private void replaceText(TextField field, String text) {
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    @Test
    void editingTheBaseInHexMovesTheBlockAndUndoMovesItBack() {
        long before = rangeOf(DOMU1_RAM).base();
        interact(() -> model.select(DOMU1_RAM));
        TextField base = node("#prop-Base", TextField.class);
        assertEquals("0x20000000", base.getText());
        replaceText(base, "0x2010_0000");
        assertEquals(before, rangeOf(DOMU1_RAM).base(), "nothing changes until the value is committed");
        push(KeyCode.ENTER);
        assertEquals(0x2010_0000L, rangeOf(DOMU1_RAM).base());
        assertEquals("0x20100000", base.getText(), "shown back in canonical hex");
        assertTrue(model.isDirty());

        clickOn("Edit");
        moveBy(0, 25);
        clickOn("Undo Move domains/domU1/staticMem/0 to 0x20100000");
        assertEquals(before, rangeOf(DOMU1_RAM).base());
        assertEquals("0x20000000", base.getText(), "the editor follows the undo");
    }

    @Test
    void textThatIsNotANumberIsMarkedAndNeverApplied() {
        interact(() -> model.select(DOMU1_RAM));
        TextField size = node("#prop-Size", TextField.class);
        replaceText(size, "0x8zz");
        assertTrue(size.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        push(KeyCode.ENTER);
        assertEquals(0x800_0000L, rangeOf(DOMU1_RAM).size());
        replaceText(size, "0x400_0000");
        assertTrue(!size.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        push(KeyCode.ENTER);
        assertEquals(0x400_0000L, rangeOf(DOMU1_RAM).size());
    }

    @Test
    void aDomainSettingIsEditedThroughTheSheet() {
        interact(() -> model.select(dev.mpuworkbench.core.model.SubjectPath.domain("domU2")));
        TextField vcpus = node("#prop-vCPUs", TextField.class);
        replaceText(vcpus, "3");
        push(KeyCode.ENTER);
        assertEquals(3, model.design().domain("domU2").orElseThrow().vcpus());
    }
}

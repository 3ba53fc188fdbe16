package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.ImageBuilderImporterTest;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Design → Auto-place, File → Export and File → Import through the menus. */
class DesignActionsTest extends WorkbenchGuiTest {
    private void menu(String... path) {
        clickOn(path[0]);
        moveBy(0, 25);
        for (int i = 1; i < path.length - 1; i++) {
            moveTo(path[i]);
            moveBy(80, 0);
        }
        clickOn(path[path.length - 1]);
    }

    @Test
    void autoPlaceIsOneUndoStepAndLeavesNoErrors() {
        Design before = model.design();
        menu("Design", "Auto-place");
        assertNotEquals(before, model.design());
        assertTrue(model.diagnostics().stream().noneMatch(Diagnostic::isError), model.diagnostics().toString());
        assertEquals("Auto-place (smart)", model.undoDescriptionProperty().get());
        clickOn(map);
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, model.design());
    }

    @Test
    void exportWritesTheRuntimeDeviceTree() throws Exception {
        Path out = temp.resolve("system.dtb");
        files.saves.add(out);
        menu("File", "Export", "Runtime device tree (DTB)…");
        assertTrue(Files.size(out) > 100);
        assertEquals((byte) 0xD0, Files.readAllBytes(out)[0]);
        assertTrue(model.messageProperty().get().startsWith("Exported system.dtb"), model.messageProperty().get());
    }

    @Test
    void exportingADesignWithErrorsAsksFirst() {
        interact(() -> model.apply(dev.mpuworkbench.core.edit.Edit.of("misalign",
            d -> d.withXen(d.xen().withStartAddress(0x20_0800)))));
        Path out = temp.resolve("xen.config");
        files.saves.add(out);
        later(() -> window.actions().export(dev.mpuworkbench.app.service.Artifact.KCONFIG));
        assertTrue(dialog("confirm-dialog").isPresent());
        clickDialogButton("confirm-dialog", "Cancel");
        assertFalse(Files.exists(out));
    }

    @Test
    void importingAnImageBuilderConfigReplacesTheDesignOnTheSameBoard() throws Exception {
        Path config = ImageBuilderImporterTest.writeTwoDomus(temp);
        files.opens.add(config);
        var board = model.design().board();
        menu("File", "Import", "ImageBuilder config…");
        assertEquals(2, model.design().domains().size());
        assertEquals(board, model.design().board());
        assertEquals(0x140_0000L, model.design().xen().startAddress());
        assertNull(model.file(), "an import is not saved anywhere yet");
    }
}

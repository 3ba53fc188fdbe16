package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Save, open, new and exit through the menus, with the unsaved-changes prompt where work could be lost. */
class FileMenuTest extends WorkbenchGuiTest {
    /** Opens a menu and clicks an item, moving straight down first so the pointer never crosses the next menu. */
    private void menu(String menu, String item) {
        clickOn(menu);
        moveBy(0, 25);
        clickOn(item);
    }

    @Test
    void saveAsThenOpenRoundTripsTheDesign() throws Exception {
        Path file = temp.resolve("layout.json");
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        Design edited = model.design();
        files.saves.add(file);
        menu("File", "Save As…");
        assertTrue(Files.exists(file));
        assertEquals(edited, ProjectFile.read(file));
        assertEquals(file, model.file());
        assertFalse(model.isDirty());
        assertTrue(window.stage().getTitle().contains("layout.json"), window.stage().getTitle());

        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2020_0000L)));
        files.opens.add(file);
        menu("File", "Open…");
        assertTrue(dialog("unsaved-prompt").isPresent(), "opening over unsaved work asks first");
        clickDialogButton("unsaved-prompt", "Don't Save");
        assertEquals(edited, model.design(), "the saved design is back");
        assertFalse(model.isDirty());
    }

    @Test
    void ctrlSSavesToTheCurrentFile() throws Exception {
        Path file = temp.resolve("d.json");
        files.saves.add(file);
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(model.design(), ProjectFile.read(file), "first save asks for a file");
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2030_0000L)));
        push(KeyCode.CONTROL, KeyCode.S);
        assertEquals(0x2030_0000L, ProjectFile.read(file).domain("domU1").orElseThrow().staticMem().get(0).base());
        assertTrue(Files.exists(temp.resolve("d.json.bak")), "the previous version is kept");
    }

    @Test
    void exitWithUnsavedWorkAsksAndCancelKeepsTheWindow() {
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        Design edited = model.design();
        menu("File", "Exit");
        assertTrue(dialog("unsaved-prompt").isPresent());
        clickDialogButton("unsaved-prompt", "Cancel");
        assertTrue(window.stage().isShowing());
        assertEquals(edited, model.design());

        menu("File", "Exit");
        clickDialogButton("unsaved-prompt", "Don't Save");
        assertFalse(window.stage().isShowing());
    }

    @Test
    void theCloseButtonAsksToo() {
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        later(() -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
            javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(dialog("unsaved-prompt").isPresent());
        clickDialogButton("unsaved-prompt", "Cancel");
    }

    @Test
    void answeringSaveWritesTheFileBeforeGoingOn() throws Exception {
        Path file = temp.resolve("kept.json");
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        Design edited = model.design();
        files.saves.add(file);
        clickOn("File");
        moveBy(0, 25);
        moveTo("New from Sample");
        moveBy(60, 0);
        clickOn("fvp-default");
        assertTrue(dialog("unsaved-prompt").isPresent());
        clickDialogButton("unsaved-prompt", "Save");
        assertEquals(edited, ProjectFile.read(file));
        assertNotEquals(edited, model.design(), "then the sample is opened");
        assertEquals(null, model.file());
    }

    @Test
    void aCleanDesignIsReplacedWithoutAsking() {
        clickOn("File");
        moveBy(0, 25);
        moveTo("New from Sample");
        moveBy(60, 0);
        clickOn("fvp-default");
        assertTrue(dialog("unsaved-prompt").isEmpty());
    }

    @Test
    void aBrokenFileIsReportedWithItsPlace() throws Exception {
        Path file = temp.resolve("broken.json");
        Files.writeString(file, "{\"formatVersion\": 2, \"design\": {\"name\": 3}}");
        files.opens.add(file);
        menu("File", "Open…");
        assertTrue(dialog("error-dialog").isPresent());
        String text = lookup("#error-dialog .label").queryAll().stream()
            .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).reduce("", String::concat);
        assertTrue(text.contains("broken.json"), text);
        clickDialogButton("error-dialog", "OK");
    }
}

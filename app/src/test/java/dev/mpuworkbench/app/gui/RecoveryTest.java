package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Crash recovery: unsaved work is autosaved and offered back at the next start. */
class RecoveryTest extends WorkbenchGuiTest {
    private Path autosaveFile() {
        return configDir().resolve("autosave.json");
    }

    @Test
    void unsavedWorkIsAutosavedAndRestoredAfterARestart() throws Exception {
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        Design edited = model.design();
        interact(window::autosaveNow);
        assertEquals(edited, ProjectFile.read(autosaveFile()));

        interact(() -> model.open(DesignLoader.defaultDesign(), null));
        later(() -> window.documents().offerRecovery());
        assertTrue(dialog("restore-prompt").isPresent(), "the next start offers the work back");
        clickDialogButton("restore-prompt", "Restore");
        assertEquals(edited, model.design());
        assertTrue(model.isDirty(), "restored work still needs saving");
    }

    @Test
    void discardingTheOfferDeletesTheRecoveryFile() {
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        interact(window::autosaveNow);
        Design before = DesignLoader.defaultDesign();
        interact(() -> model.open(before, null));
        later(() -> window.documents().offerRecovery());
        clickDialogButton("restore-prompt", "Discard");
        assertFalse(Files.exists(autosaveFile()));
        assertEquals(before, model.design());
    }

    @Test
    void aCleanSaveRemovesTheRecoveryFile() {
        Path file = temp.resolve("saved.json");
        interact(() -> model.apply(new MoveBlock(DOMU1_RAM, 0x2010_0000L)));
        interact(window::autosaveNow);
        assertTrue(Files.exists(autosaveFile()));
        files.saves.add(file);
        interact(() -> window.documents().save());
        assertFalse(Files.exists(autosaveFile()));
    }
}

package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path config;

    private final WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());

    @Test
    void writesOnlyUnsavedWorkAndOnlyWhenItChanged() throws Exception {
        Autosave autosave = new Autosave(config);
        assertFalse(autosave.saveIfNeeded(model), "a clean design is not autosaved");
        assertFalse(Files.exists(autosave.file()));
        model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), 0x4000_0000L));
        assertTrue(autosave.saveIfNeeded(model));
        assertTrue(Files.exists(config.resolve("autosave.json")));
        assertFalse(autosave.saveIfNeeded(model), "nothing changed since");
        Autosave.Recovery r = autosave.pending().orElseThrow();
        assertEquals(model.design(), r.design());
        assertNull(r.source());
    }

    @Test
    void remembersTheFileTheWorkBelongsToAndIsGoneAfterDiscard() throws Exception {
        Autosave autosave = new Autosave(config);
        Path file = config.resolve("mine.json");
        model.open(model.design(), file);
        model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), 0x4000_0000L));
        autosave.saveIfNeeded(model);
        assertEquals(file.toAbsolutePath(), autosave.pending().orElseThrow().source());
        autosave.discard();
        assertTrue(autosave.pending().isEmpty());
        assertFalse(Files.exists(config.resolve("autosave.source")));
    }

    @Test
    void doesNotWriteInTheMiddleOfADrag() throws Exception {
        Autosave autosave = new Autosave(config);
        model.beginGesture();
        model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), 0x4000_0000L));
        assertFalse(autosave.saveIfNeeded(model));
        model.endGesture();
        assertTrue(autosave.saveIfNeeded(model));
    }

    @Test
    void theDefaultDirectoryIsInTheUsersHomeUnlessOverridden() {
        String before = System.getProperty("mpuwb.configDir");
        try {
            System.clearProperty("mpuwb.configDir");
            assertEquals(Path.of(System.getProperty("user.home"), ".mpuwb"), Autosave.defaultConfigDir());
            System.setProperty("mpuwb.configDir", config.toString());
            assertEquals(config, Autosave.defaultConfigDir());
        } finally {
            if (before == null) System.clearProperty("mpuwb.configDir");
            else System.setProperty("mpuwb.configDir", before);
        }
    }
}

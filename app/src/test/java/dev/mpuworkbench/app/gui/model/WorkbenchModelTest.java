package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkbenchModelTest {
    static final SubjectPath DOMU1_RAM = SubjectPath.staticMem("domU1", 0);
    private final Design initial = DesignLoader.defaultDesign();
    private final WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), initial);

    private long base(SubjectPath s) {
        return DesignPlacement.rangeOf(model.design(), s).orElseThrow().base();
    }

    @Test
    void anEditChangesTheDesignMarksItDirtyAndIsUndoneByUndo() {
        assertFalse(model.isDirty());
        assertTrue(model.apply(new MoveBlock(DOMU1_RAM, 0x4000_0000L)));
        assertEquals(0x4000_0000L, base(DOMU1_RAM));
        assertTrue(model.isDirty());
        assertEquals("Move domains/domU1/staticMem/0 to 0x40000000", model.undoDescriptionProperty().get());
        model.undo();
        assertEquals(initial, model.design());
        assertFalse(model.isDirty());
        assertEquals("Move domains/domU1/staticMem/0 to 0x40000000", model.redoDescriptionProperty().get());
    }

    @Test
    void diagnosticsFollowEveryChange() {
        List<Diagnostic> clean = List.copyOf(model.diagnostics());
        assertTrue(clean.stream().noneMatch(Diagnostic::isError), clean.toString());
        model.apply(new ResizeBlock(DOMU1_RAM, AddressRange.of(0x2000_0000L, 0x900_0000L)));
        assertTrue(model.diagnostics().stream().anyMatch(d -> d.code().equals("MEMORY_OVERLAP")));
        assertFalse(model.diagnosticsFor(SubjectPath.staticMem("domU2", 0)).isEmpty());
        model.undo();
        assertEquals(clean, model.diagnostics());
    }

    @Test
    void aGestureIsOneUndoStepAndCancellingRestoresTheStart() {
        model.beginGesture();
        model.apply(new MoveBlock(DOMU1_RAM, 0x2000_1000L));
        model.apply(new MoveBlock(DOMU1_RAM, 0x2000_2000L));
        assertTrue(model.isInGesture());
        assertNull(model.undoDescriptionProperty().get(), "no undo while the gesture is open");
        model.endGesture();
        assertEquals(0x2000_2000L, base(DOMU1_RAM));
        model.undo();
        assertEquals(initial, model.design(), "the whole drag is one step");

        model.beginGesture();
        model.apply(new MoveBlock(DOMU1_RAM, 0x2100_0000L));
        model.cancelGesture();
        assertEquals(initial, model.design());
        assertFalse(model.isInGesture());
    }

    @Test
    void aRefusedEditLeavesTheDesignAndSaysWhy() {
        assertFalse(model.apply(new MoveBlock(SubjectPath.of("board", "devices", "uart@9c090000", "mmio", 0), 0)));
        assertEquals(initial, model.design());
        assertTrue(model.messageProperty().get().contains("cannot be moved"), model.messageProperty().get());
    }

    @Test
    void savingClearsDirtinessAndRemembersTheFile() {
        model.apply(new MoveBlock(DOMU1_RAM, 0x4000_0000L));
        model.markSaved(Path.of("/tmp/x.json"));
        assertFalse(model.isDirty());
        assertEquals(Path.of("/tmp/x.json"), model.file());
    }

    @Test
    void recoveredWorkIsUnsavedAndUndoGoesBackToTheSavedFile() {
        Design recovered = new MoveBlock(DOMU1_RAM, 0x4000_0000L).apply(initial);
        model.openRecovered(recovered, initial, Path.of("/tmp/d.json"));
        assertEquals(recovered, model.design());
        assertTrue(model.isDirty());
        assertEquals(Path.of("/tmp/d.json"), model.file());
        model.undo();
        assertEquals(initial, model.design());

        model.openRecovered(recovered, null, null);
        assertTrue(model.isDirty(), "with no saved version the recovered design still counts as unsaved");
        model.markSaved(Path.of("/tmp/e.json"));
        assertFalse(model.isDirty());
    }

    @Test
    void openingADocumentClearsSelectionAndHistory() {
        model.select(DOMU1_RAM);
        model.apply(new MoveBlock(DOMU1_RAM, 0x4000_0000L));
        long documents = model.documentProperty().get();
        model.open(initial, null);
        assertNull(model.selection());
        assertNull(model.undoDescriptionProperty().get());
        assertEquals(documents + 1, model.documentProperty().get());
    }

    @Test
    void blocksAreLookedUpThroughTheirCanonicalSubject() {
        assertEquals("shm shm0", model.block(SubjectPath.sharedMemory("domU2", "shm0")).orElseThrow().label());
        assertTrue(model.block(SubjectPath.of("nothing")).isEmpty());
    }
}

package dev.mpuworkbench.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private static final SubjectPath BANK = SubjectPath.staticMem("domU2", 0);
    private final Design initial = TestDesigns.valid();

    private static long bankBase(EditHistory h) {
        return DesignPlacement.rangeOf(h.current(), BANK).orElseThrow().base();
    }

    @Test
    void undoAndRedoWalkTheChain() {
        EditHistory h = new EditHistory(initial);
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        h.apply(new MoveBlock(BANK, 0x2A00_0000));
        assertEquals(0x2A00_0000, bankBase(h));
        h.undo();
        assertEquals(0x2900_0000, bankBase(h));
        h.undo();
        assertEquals(initial, h.current());
        assertFalse(h.canUndo());
        h.redo();
        assertEquals(0x2900_0000, bankBase(h));
        assertEquals("Move domains/domU2/staticMem/0 to 0x2A000000", h.redoDescription().orElseThrow());
    }

    @Test
    void aNewEditClearsRedo() {
        EditHistory h = new EditHistory(initial);
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        h.undo();
        h.apply(new MoveBlock(BANK, 0x2B00_0000));
        assertFalse(h.canRedo());
    }

    @Test
    void aDragIsOneUndoStep() {
        EditHistory h = new EditHistory(initial);
        h.beginGesture();
        for (long base = 0x2800_1000; base <= 0x2801_0000; base += 0x1000) h.apply(new MoveBlock(BANK, base));
        h.endGesture();
        assertEquals(0x2801_0000, bankBase(h));
        h.undo();
        assertEquals(initial, h.current(), "one undo puts the whole drag back");
        assertFalse(h.canUndo());
        h.redo();
        assertEquals(0x2801_0000, bankBase(h));
    }

    @Test
    void cancellingADragRestoresTheStartAndLeavesNoStep() {
        EditHistory h = new EditHistory(initial);
        h.beginGesture();
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        assertFalse(h.canUndo(), "undo waits until the gesture ends");
        h.cancelGesture();
        assertEquals(initial, h.current());
        assertFalse(h.canUndo());
    }

    @Test
    void aGestureThatChangesNothingLeavesNoStep() {
        EditHistory h = new EditHistory(initial);
        h.beginGesture();
        h.endGesture();
        assertFalse(h.canUndo());
        assertThrows(IllegalStateException.class, h::endGesture);
    }

    @Test
    void revisionAndListenersFollowEveryChange() {
        EditHistory h = new EditHistory(initial);
        AtomicInteger calls = new AtomicInteger();
        h.addListener(calls::incrementAndGet);
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        h.undo();
        h.redo();
        assertEquals(3, h.revision());
        assertEquals(3, calls.get());
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        assertEquals(3, h.revision(), "an edit that changes nothing is not a revision");
    }

    @Test
    void dirtyTracksTheSavedDesign() {
        EditHistory h = new EditHistory(initial);
        assertFalse(h.isDirty());
        h.apply(new MoveBlock(BANK, 0x2900_0000));
        assertTrue(h.isDirty());
        h.markSaved();
        assertFalse(h.isDirty());
        h.undo();
        assertTrue(h.isDirty());
    }

    @Test
    void historyIsBounded() {
        EditHistory h = new EditHistory(initial, 3);
        for (int i = 1; i <= 5; i++) h.apply(new MoveBlock(BANK, 0x2800_0000 + i * 0x1000L));
        int undos = 0;
        while (h.canUndo()) {
            h.undo();
            undos++;
        }
        assertEquals(3, undos);
    }
}

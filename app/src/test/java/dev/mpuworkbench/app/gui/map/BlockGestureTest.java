package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import org.junit.jupiter.api.Test;

class BlockGestureTest {
    private static final SubjectPath S = SubjectPath.staticMem("domU1", 0);
    private static final AddressRange START = AddressRange.of(0x2000_0000L, 0x800_0000L);

    private static BlockGesture gesture(BlockGesture.Mode mode) {
        return new BlockGesture(mode, S, START, 0x2400_0000L, 0x1000, 1L << 48);
    }

    @Test
    void movingKeepsTheSizeAndSnapsTheBase() {
        AddressRange r = gesture(BlockGesture.Mode.MOVE).rangeAt(0x2400_0000L + 0x12_3456);
        assertEquals(0x2012_3000L, r.base());
        assertEquals(START.size(), r.size());
        assertEquals(0x2012_4000L, gesture(BlockGesture.Mode.MOVE).rangeAt(0x2400_0000L + 0x12_3800).base(), "nearest step");
        assertEquals(0, gesture(BlockGesture.Mode.MOVE).rangeAt(0).base(), "never below zero");
        assertEquals(new MoveBlock(S, 0x2012_3000L), gesture(BlockGesture.Mode.MOVE).editTo(r));
    }

    @Test
    void resizingMovesOneEdgeAndKeepsAtLeastOneStep() {
        AddressRange longer = gesture(BlockGesture.Mode.RESIZE_END).rangeAt(0x2400_0000L + 0x10_0100);
        assertEquals(AddressRange.between(0x2000_0000L, 0x2810_0000L), longer);
        AddressRange tiny = gesture(BlockGesture.Mode.RESIZE_END).rangeAt(0);
        assertEquals(0x1000, tiny.size());
        AddressRange lower = gesture(BlockGesture.Mode.RESIZE_START).rangeAt(0x2400_0000L - 0x10_0000);
        assertEquals(AddressRange.between(0x1FF0_0000L, 0x2800_0000L), lower);
        assertEquals(0x1000, gesture(BlockGesture.Mode.RESIZE_START).rangeAt(1L << 40).size());
        assertEquals(new ResizeBlock(S, lower), gesture(BlockGesture.Mode.RESIZE_START).editTo(lower));
    }

    @Test
    void aNudgeLandsOnTheGridOneStepAway() {
        assertEquals(0x2000_1000L, BlockGesture.nudged(0x2000_0000L, 0x1000, false));
        assertEquals(0x1FFF_F000L, BlockGesture.nudged(0x2000_0000L, 0x1000, true));
        assertEquals(0x1000, BlockGesture.nudged(0x0800, 0x1000, false), "an unaligned base snaps forward");
        assertEquals(0, BlockGesture.nudged(0x0800, 0x1000, true), "and back");
        assertEquals(0, BlockGesture.nudged(0, 0x1000, true), "never below zero");
    }
}

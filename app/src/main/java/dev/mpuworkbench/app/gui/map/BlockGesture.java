package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;

/**
 * A drag on a block: where it started, which part was grabbed, and the snapped range for a pointer
 * position. Moving keeps the size and snaps the base; resizing snaps the dragged edge and never lets
 * the block shrink below one step.
 *
 * @param grabAddress the address under the pointer when the drag began
 * @param step        the snap step (a power of two)
 * @param limit       one past the highest address a block may reach
 */
public record BlockGesture(Mode mode, SubjectPath subject, AddressRange start, long grabAddress, long step, long limit) {
    public enum Mode { MOVE, RESIZE_START, RESIZE_END }

    public AddressRange rangeAt(long pointerAddress) {
        long delta = pointerAddress - grabAddress;
        return switch (mode) {
            case MOVE -> {
                long maxBase = AddressRange.alignDown(Math.max(0, limit - start.size()), step);
                long base = AddressRange.alignNearest(Math.max(0, start.base() + delta), step);
                yield start.withBase(Math.min(base, maxBase));
            }
            case RESIZE_END -> {
                long end = AddressRange.alignNearest(Math.max(0, start.end() + delta), step);
                long minEnd = AddressRange.alignUp(start.base() + 1, step);
                yield AddressRange.between(start.base(), Math.min(limit, Math.max(minEnd, end)));
            }
            case RESIZE_START -> {
                long base = AddressRange.alignNearest(Math.max(0, start.base() + delta), step);
                long maxBase = AddressRange.alignDown(start.end() - 1, step);
                yield AddressRange.between(Math.min(maxBase, base), start.end());
            }
        };
    }

    public Edit editTo(AddressRange range) {
        return mode == Mode.MOVE ? new MoveBlock(subject, range.base()) : new ResizeBlock(subject, range);
    }

    /** The base one nudge away: onto the step grid, then one step in the direction asked. */
    public static long nudged(long base, long step, boolean up) {
        return up ? Math.max(0, AddressRange.alignUp(base, step) - step) : AddressRange.alignDown(base, step) + step;
    }
}

package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.PlannedRegion;

/**
 * Something the map draws, with its horizontal place; its vertical place comes from the axis.
 *
 * @param block  the design block, or null for board memory banks, reservations and MPU regions
 * @param region the MPU region of the shown context for {@link Kind#REGION} items, else null
 */
public record MapItem(Kind kind, SubjectPath subject, String label, AddressRange range, MemoryBlock block,
                      PlannedRegion region, double x, double width) {
    /** In drawing order; where items share a column the later kind is on top. */
    public enum Kind { BANK, RESERVED, SECTION, REGION, BLOCK }

    public boolean containsX(double px) {
        return px >= x && px <= x + width;
    }
}

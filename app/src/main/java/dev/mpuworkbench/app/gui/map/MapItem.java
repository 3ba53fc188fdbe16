package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.SubjectPath;

/**
 * Something the map draws, with its horizontal place; its vertical place comes from the axis.
 *
 * @param block the design block, or null for board memory banks and reservations
 */
public record MapItem(Kind kind, SubjectPath subject, String label, AddressRange range, MemoryBlock block, double x,
                      double width) {
    public enum Kind { BANK, RESERVED, SECTION, BLOCK }

    public boolean containsX(double px) {
        return px >= x && px <= x + width;
    }
}

package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import java.util.Set;

/**
 * Everything one paint of the map needs.
 *
 * @param scroll      content y at the top of the viewport
 * @param errorSubjects blocks with an error diagnostic (drawn with a red border)
 * @param errorRanges address ranges of error diagnostics (overlaps drawn in red)
 * @param hoverY      viewport y of the pointer, or NaN when it is outside
 */
public record MapFrame(double width, double height, double scroll, AddressAxis axis, List<MapItem> items,
                       MapPalette palette, SubjectPath selection, Set<SubjectPath> errorSubjects,
                       List<AddressRange> errorRanges, double hoverY) {
    public double top(AddressRange r) {
        return axis.y(r.base()) - scroll;
    }

    public double bottom(AddressRange r) {
        return axis.y(r.end()) - scroll;
    }
}

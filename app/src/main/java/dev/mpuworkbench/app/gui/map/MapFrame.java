package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.Part;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one paint of the map needs.
 *
 * @param scroll      content y at the top of the viewport
 * @param errorSubjects blocks with an error diagnostic (drawn with a red border)
 * @param errorRanges address ranges of error diagnostics (overlaps drawn in red)
 * @param hoverY      viewport y of the pointer, or NaN when it is outside
 * @param parts       for each block the shown context maps, the part of its region (A wins over B)
 * @param context     the name of the shown MPU context, or null when there is no plan
 */
public record MapFrame(double width, double height, double scroll, AddressAxis axis, List<MapItem> items,
                       MapPalette palette, SubjectPath selection, Set<SubjectPath> errorSubjects,
                       List<AddressRange> errorRanges, double hoverY, Map<SubjectPath, Part> parts, String context) {
    public double top(AddressRange r) {
        return axis.y(r.base()) - scroll;
    }

    public double bottom(AddressRange r) {
        return axis.y(r.end()) - scroll;
    }
}

package dev.mpuworkbench.core.edit;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;

/** Sets the range of a placeable block (a resize from either edge changes base and size together). */
public record ResizeBlock(SubjectPath subject, AddressRange newRange) implements Edit {
    @Override
    public Design apply(Design design) {
        return DesignPlacement.withRange(design, subject, newRange);
    }

    @Override
    public String description() {
        return "Resize " + subject + " to " + Hex.size(newRange.size()) + " at " + Hex.of(newRange.base());
    }
}

package dev.mpuworkbench.core.edit;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;

/** Moves a placeable block to a new base address, keeping its size. */
public record MoveBlock(SubjectPath subject, long newBase) implements Edit {
    @Override
    public Design apply(Design design) {
        AddressRange current = DesignPlacement.rangeOf(design, subject)
            .orElseThrow(() -> new IllegalArgumentException("nothing at " + subject));
        return DesignPlacement.withRange(design, subject, current.withBase(newBase));
    }

    @Override
    public String description() {
        return "Move " + subject + " to " + Hex.of(newBase);
    }
}

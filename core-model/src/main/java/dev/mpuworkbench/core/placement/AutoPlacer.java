package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.Design;

/** Chooses addresses for a design's movable blocks. */
public final class AutoPlacer {
    private AutoPlacer() {
    }

    /** SMART (the default) or IMAGEBUILDER as the newest ImageBuilder does it (header sizes, reserved memory). */
    public static PlacementResult place(Design design, PlacementMode mode) {
        return mode == PlacementMode.IMAGEBUILDER
            ? ImageBuilderMode.place(design, ImageBuilderPlacement.Flavour.HEADER_SIZE_RESERVED_MEMORY)
            : SmartPlacer.place(design);
    }

    public static PlacementResult place(Design design) {
        return place(design, PlacementMode.SMART);
    }

    /** ImageBuilder's placement as a given version of it does it. */
    public static PlacementResult imageBuilder(Design design, ImageBuilderPlacement.Flavour flavour) {
        return ImageBuilderMode.place(design, flavour);
    }
}

package dev.mpuworkbench.app.service;

import dev.mpuworkbench.core.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * A design as opened, with the notes the import left (what a system device tree did not say and was
 * assumed, or what it held that the design cannot carry).
 */
public record LoadedDesign(Design design, List<String> notes) {
    public LoadedDesign {
        Objects.requireNonNull(design, "design");
        notes = List.copyOf(notes);
    }
}

package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.Design;
import java.util.List;
import java.util.Objects;

/**
 * A design read from a device tree, with notes on what the tree holds that the design does not (nodes left
 * out, defaults assumed), each as {@code source: /node/path: note}.
 */
public record ImportResult(Design design, List<String> notes) {
    public ImportResult {
        Objects.requireNonNull(design, "design");
        notes = List.copyOf(notes);
    }
}

package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.util.List;
import java.util.Objects;

/** What the auto-placer produced: a placed design, or why no placement exists. */
public sealed interface PlacementResult permits PlacementResult.Placed, PlacementResult.Failed {

    /**
     * @param notes       what the placer decided beyond moving blocks (added a heap, merged banks ...)
     * @param diagnostics the full validator's findings on the result; never an error in SMART mode
     */
    record Placed(Design design, List<String> notes, List<Diagnostic> diagnostics) implements PlacementResult {
        public Placed {
            Objects.requireNonNull(design, "design");
            notes = List.copyOf(notes);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * @param reason    what does not fit and how much space is missing, or which errors placement cannot fix
     * @param remaining the errors of the best attempt, if one was made
     */
    record Failed(String reason, List<Diagnostic> remaining) implements PlacementResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            remaining = List.copyOf(remaining);
        }
    }
}

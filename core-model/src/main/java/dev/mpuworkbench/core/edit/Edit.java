package dev.mpuworkbench.core.edit;

import dev.mpuworkbench.core.model.Design;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A change to a design: a pure function from one design to the next, with a name for the undo menu. */
public interface Edit {
    Design apply(Design design);

    String description();

    static Edit of(String description, UnaryOperator<Design> change) {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
        return new Edit() {
            @Override
            public Design apply(Design design) {
                return change.apply(design);
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** Replaces the whole design, as applying an edited device tree or an auto-placement does. */
    static Edit replaceWith(String description, Design replacement) {
        return of(description, ignored -> replacement);
    }
}

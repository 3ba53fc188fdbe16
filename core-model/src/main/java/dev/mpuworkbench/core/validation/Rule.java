package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.Design;
import java.util.List;
import java.util.function.Consumer;

/** One check of a design. Each rule owns the stable codes it reports. */
public interface Rule {
    /** The codes this rule can report, so tests can prove each one fires. */
    List<String> codes();

    void check(Design design, Consumer<Diagnostic> report);
}

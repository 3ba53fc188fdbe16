package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.List;

/** The one validator every command uses, so the CLI reports what the workbench shows. */
final class Diagnostics {
    private Diagnostics() {
    }

    static List<Diagnostic> all(Design design) {
        return DesignValidator.full().validate(design);
    }

    static List<Diagnostic> errors(Design design) {
        return all(design).stream().filter(Diagnostic::isError).toList();
    }
}

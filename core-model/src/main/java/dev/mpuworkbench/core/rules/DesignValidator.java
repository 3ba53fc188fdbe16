package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.validation.Rule;
import dev.mpuworkbench.core.validation.StructuralRules;
import dev.mpuworkbench.core.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** The validator the CLI and the GUI run: the structural rules plus every Xen and MPU rule. */
public final class DesignValidator {
    private DesignValidator() {
    }

    public static Validator full() {
        List<Rule> rules = new ArrayList<>(StructuralRules.all());
        rules.addAll(XenRules.all());
        return new Validator(rules);
    }
}

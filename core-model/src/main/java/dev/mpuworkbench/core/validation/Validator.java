package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.Design;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs a set of rules over a design and returns their findings, errors first, in a stable order. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules every design must pass: overlaps, containment in RAM, alignment, address width. */
    public static Validator structural() {
        return new Validator(StructuralRules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Diagnostic> validate(Design design) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : rules) rule.check(design, out::add);
        out.sort(Comparator.comparing(Diagnostic::severity));
        return out;
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

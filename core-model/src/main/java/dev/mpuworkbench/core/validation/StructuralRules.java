package dev.mpuworkbench.core.validation;

import java.util.List;

/** The structural rules of the foundation: the MPU and Xen rules build on top of these. */
public final class StructuralRules {
    private StructuralRules() {
    }

    public static List<Rule> all() {
        return List.of(new EmptyRangeRule(), new OverlapRule(), new RamContainmentRule(), new AlignmentRule(),
            new AddressWidthRule());
    }
}

package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Objects;

/**
 * The value of a variable or array element after quote removal and expansion.
 *
 * @param assignedAt where the assignment starts (the variable name)
 * @param valueAt    where the value starts
 */
public record BashValue(String value, SourcePosition assignedAt, SourcePosition valueAt) {
    public BashValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(valueAt, "valueAt");
    }
}

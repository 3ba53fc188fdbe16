package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.edit.Edit;
import java.util.Objects;

/** A proposed repair: what it does, in words, and the edit that does it. */
public record Fix(String description, Edit edit) {
    public Fix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(edit, "edit");
    }
}

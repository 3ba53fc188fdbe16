package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.Design;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the property sheet: how to read a value from a design and, when it is editable, the edit
 * that sets it. Views show and edit these; they hold no design logic themselves.
 *
 * @param type    HEX values are {@code Long} addresses or sizes, INTEGER values {@code Integer} or {@code Long},
 *                CHOICE values constants of {@code choices}
 * @param write   value to edit, or null when read-only
 */
public record DesignProperty(String category, String name, String description, Type type, Class<?> choices,
                             Function<Design, Object> read, Function<Object, Edit> write) {
    public enum Type { HEX, INTEGER, TEXT, BOOLEAN, CHOICE }

    public DesignProperty {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(read, "read");
    }

    public static DesignProperty readOnly(String category, String name, Type type, Function<Design, Object> read) {
        return new DesignProperty(category, name, "", type, null, read, null);
    }

    public static DesignProperty editable(String category, String name, String description, Type type,
                                          Function<Design, Object> read, Function<Object, Edit> write) {
        return new DesignProperty(category, name, description, type, null, read, write);
    }

    public static <E extends Enum<E>> DesignProperty choice(String category, String name, String description,
                                                            Class<E> choices, Function<Design, Object> read,
                                                            Function<Object, Edit> write) {
        return new DesignProperty(category, name, description, Type.CHOICE, choices, read, write);
    }

    public boolean isEditable() {
        return write != null;
    }

    /** The value in {@code design}, or empty when the subject no longer exists there. */
    public Optional<Object> valueIn(Design design) {
        try {
            return Optional.ofNullable(read.apply(design));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Edit editTo(Object value) {
        if (write == null) throw new IllegalStateException(name + " is read-only");
        return write.apply(value);
    }
}

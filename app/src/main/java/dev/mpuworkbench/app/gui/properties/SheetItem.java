package dev.mpuworkbench.app.gui.properties;

import dev.mpuworkbench.app.gui.model.DesignProperty;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.Design;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** Adapts a {@link DesignProperty} to the property sheet: values come from the design, changes are edits. */
final class SheetItem implements PropertySheet.Item {
    private final DesignProperty property;
    private final WorkbenchModel model;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();

    SheetItem(DesignProperty property, WorkbenchModel model) {
        this.property = property;
        this.model = model;
        refresh(model.design());
    }

    DesignProperty property() {
        return property;
    }

    /** Reads the value again from {@code design}; the editor follows through the observable value. */
    void refresh(Design design) {
        value.set(property.valueIn(design).orElse(null));
    }

    @Override
    public Class<?> getType() {
        return switch (property.type()) {
            case HEX, INTEGER -> Long.class;
            case TEXT -> String.class;
            case BOOLEAN -> Boolean.class;
            case CHOICE -> property.choices();
        };
    }

    @Override
    public String getCategory() {
        return property.category();
    }

    @Override
    public String getName() {
        return property.name();
    }

    @Override
    public String getDescription() {
        return property.description();
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    @Override
    public void setValue(Object newValue) {
        if (!property.isEditable() || newValue == null || Objects.equals(newValue, value.get())) return;
        model.apply(property.editTo(newValue));
        refresh(model.design());
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return property.isEditable();
    }
}

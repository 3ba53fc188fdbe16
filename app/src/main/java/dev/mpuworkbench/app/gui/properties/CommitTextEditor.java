package dev.mpuworkbench.app.gui.properties;

import dev.mpuworkbench.core.model.Hex;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import javafx.css.PseudoClass;

/**
 * A text field that commits on Enter or when it loses focus, so typing is one edit, not one per key.
 * Escape puts the current value back. Text that does not parse is marked invalid and never committed.
 *
 * @param <T> the value type: {@code Long} for addresses and numbers, {@code String} for text
 */
final class CommitTextEditor<T> extends AbstractPropertyEditor<T, TextField> {
    /** Marks text that does not parse; the stylesheet draws it red and the tooltip says why. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** Created on first use: the superclass constructor asks for it before this class's fields are set. */
    private ObjectProperty<T> committed;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Tooltip valueTip = new Tooltip();

    private CommitTextEditor(PropertySheet.Item item, Function<String, T> parse, Function<T, String> format,
                             String invalidMessage) {
        super(item, new TextField(), !item.isEditable());
        this.parse = parse;
        this.format = format;
        TextField field = getEditor();
        field.setId("prop-" + item.getName().replaceAll("[^A-Za-z0-9]+", "-"));
        field.setEditable(item.isEditable());
        if (!item.isEditable()) field.getStyleClass().add("read-only");
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) commit();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setValue(committed().get());
                e.consume();
            }
        });
        if (item.isEditable() && invalidMessage != null) {
            Tooltip problem = new Tooltip(invalidMessage);
            field.textProperty().addListener((o, a, text) -> {
                boolean bad = !parses(text);
                field.pseudoClassStateChanged(INVALID, bad);
                field.setTooltip(bad ? problem : valueTip);
            });
        }
    }

    static CommitTextEditor<Long> hex(PropertySheet.Item item) {
        CommitTextEditor<Long> editor = new CommitTextEditor<>(item, Hex::parse, v -> v == null ? "" : Hex.of(v),
            "Not an address: write hex (0x2000_0000) or decimal");
        editor.getEditor().getStyleClass().add("hex-field");
        return editor;
    }

    static CommitTextEditor<Long> integer(PropertySheet.Item item) {
        return new CommitTextEditor<>(item, t -> Long.parseLong(t.trim().replace("_", "")),
            v -> v == null ? "" : Long.toString(v), "Not a whole number");
    }

    static CommitTextEditor<String> text(PropertySheet.Item item) {
        return new CommitTextEditor<>(item, t -> t, v -> v == null ? "" : v, null);
    }

    private boolean parses(String text) {
        try {
            parse.apply(text == null ? "" : text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void commit() {
        if (!getEditor().isEditable()) return;
        T parsed;
        try {
            parsed = parse.apply(getEditor().getText());
        } catch (RuntimeException e) {
            return;
        }
        if (!Objects.equals(parsed, committed().get())) committed().set(parsed);
        setValue(current());
    }

    /** The item's value after the commit (the edit may have been refused or normalised). */
    @SuppressWarnings("unchecked")
    private T current() {
        return (T) getProperty().getValue();
    }

    @Override
    protected ObservableValue<T> getObservableValue() {
        return committed();
    }

    private ObjectProperty<T> committed() {
        if (committed == null) committed = new SimpleObjectProperty<>();
        return committed;
    }

    @Override
    public void setValue(T value) {
        committed().set(value);
        String text = format.apply(value);
        if (!text.equals(getEditor().getText())) getEditor().setText(text);
        if (value instanceof Long l && getEditor().getStyleClass().contains("hex-field")) {
            valueTip.setText(Hex.size(l) + " (" + l + ")");
            if (getEditor().getTooltip() != valueTip) getEditor().setTooltip(valueTip);
        }
    }
}

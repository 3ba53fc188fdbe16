package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.binding.DesignImporter;
import dev.mpuworkbench.devicetree.binding.ImportResult;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The device tree tab's state: the runtime DTS of the current design, the user's edits to it, and applying
 * them as one undoable edit. The text follows the design while it holds no unapplied edits; with edits it
 * stays and {@link #staleProperty()} says the design changed under them. During a drag the text catches up
 * when the drag ends.
 */
public final class DtsViewModel {
    /** The name problems and notes give the edited text. */
    public static final String SOURCE_NAME = "design.dts";
    public static final String APPLY_DESCRIPTION = "Apply device tree edits";

    private final WorkbenchModel model;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<DtsProblem> problems = FXCollections.observableArrayList();
    private String loaded = "";
    private boolean pending;

    public DtsViewModel(WorkbenchModel model) {
        this.model = model;
        text.addListener((o, a, b) -> textChanged());
        model.designProperty().addListener((o, a, d) -> designChanged());
        model.inGestureProperty().addListener((o, was, is) -> {
            if (!is && pending) designChanged();
        });
        reload();
    }

    private void textChanged() {
        boolean edited = !text.get().equals(loaded);
        dirty.set(edited);
        if (!edited && stale.get()) reload();
    }

    private void designChanged() {
        if (model.isInGesture()) {
            pending = true;
            return;
        }
        pending = false;
        if (dirty.get()) {
            stale.set(true);
            status.set("The design changed; Reload discards your edits.");
        } else {
            reload();
        }
    }

    /** Shows the current design's DTS, dropping unapplied edits and problems. */
    public void reload() {
        problems.clear();
        stale.set(false);
        try {
            loaded = spacesForTabs(RuntimeTreeExporter.toDts(model.design()));
            status.set("");
        } catch (BindingException e) {
            loaded = "";
            problems.setAll(DtsProblem.unplaced("The design cannot be written as a device tree: " + e.getMessage()));
            status.set("No device tree for this design.");
        }
        text.set(loaded);
        dirty.set(false);
    }

    /**
     * dtc indents with tabs; the editor shows four spaces per level instead, so that columns in messages are
     * the columns on screen (dtc counts a tab as one column).
     */
    static String spacesForTabs(String dts) {
        StringBuilder out = new StringBuilder(dts.length() + dts.length() / 4);
        boolean lineStart = true;
        for (int i = 0; i < dts.length(); i++) {
            char c = dts.charAt(i);
            if (lineStart && c == '\t') {
                out.append("    ");
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Reads the design from the edited text and makes it the current design as one undoable edit.
     *
     * @return whether the text was applied (or had nothing to apply); when not, {@link #problems()} say why
     */
    public boolean apply() {
        if (!dirty.get()) {
            status.set("No edits to apply.");
            return true;
        }
        ImportResult result;
        try {
            result = DesignImporter.fromDtsText(text.get(), SOURCE_NAME, null);
        } catch (BindingException e) {
            return refuse(DtsProblems.of(e));
        } catch (RuntimeException e) {
            return refuse(List.of(DtsProblem.unplaced("The device tree does not describe a design: " + e.getMessage())));
        }
        Design next = result.design();
        String notes = result.notes().isEmpty() ? "" : " Notes: " + String.join("; ", result.notes());
        if (next.equals(model.design())) {
            reload();
            status.set("The edits change nothing in the design." + notes);
            return true;
        }
        dirty.set(false);
        if (!model.apply(Edit.replaceWith(APPLY_DESCRIPTION, next))) {
            dirty.set(true);
            return refuse(List.of(DtsProblem.unplaced(model.messageProperty().get())));
        }
        if (model.isInGesture()) reload();
        status.set("Applied to the design (Undo puts it back)." + notes);
        return true;
    }

    private boolean refuse(List<DtsProblem> found) {
        problems.setAll(found);
        status.set(found.size() == 1 ? "1 problem: the design is unchanged." : found.size()
            + " problems: the design is unchanged.");
        return false;
    }

    /** The 0-based line of the current text where a subject is written, when it can be found. */
    public OptionalInt lineOf(SubjectPath subject) {
        return subject == null ? OptionalInt.empty() : new DtsNodeFinder(text.get()).lineOf(subject);
    }

    /** The text shown; the editor writes the user's edits here. */
    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** The DTS of the design as last loaded. */
    public String loadedText() {
        return loaded;
    }

    /** Whether the text holds edits not applied to the design. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Whether the design changed while the text held unapplied edits. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public boolean isStale() {
        return stale.get();
    }

    /** What happened last (applied, refused, design changed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last apply was refused. */
    public ObservableList<DtsProblem> problems() {
        return problems;
    }
}

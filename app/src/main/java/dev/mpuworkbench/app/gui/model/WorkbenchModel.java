package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.EditHistory;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state every view binds to: the open design with its undo history, the file it came from, the
 * selection and the current diagnostics. Edits go through here so that validation, dirtiness and the
 * undo menu follow every change, including each step of a drag.
 */
public final class WorkbenchModel {
    private final Validator validator;
    private EditHistory history;
    private boolean unsavedRestore;

    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<List<MemoryBlock>> blocks = new ReadOnlyObjectWrapper<>(this, "blocks", List.of());
    private final ObjectProperty<SubjectPath> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObservableList<Diagnostic> diagnostics = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> diagnosticsView = FXCollections.unmodifiableObservableList(diagnostics);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper inGesture = new ReadOnlyBooleanWrapper(this, "inGesture");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper document = new ReadOnlyLongWrapper(this, "document");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<SnapSetting> snap = new SimpleObjectProperty<>(this, "snap", SnapSetting.AUTO);

    public WorkbenchModel(Validator validator, Design initial) {
        this.validator = Objects.requireNonNull(validator, "validator");
        open(initial, null);
    }

    /** Replaces the document: a new history, clean, with nothing selected. */
    public void open(Design initial, Path source) {
        if (history != null) history.removeListener(this::historyChanged);
        history = new EditHistory(initial);
        history.addListener(this::historyChanged);
        unsavedRestore = false;
        file.set(source);
        selection.set(null);
        historyChanged();
        document.set(document.get() + 1);
    }

    /**
     * Opens work recovered after a crash. When the file it belonged to could be read, the recovery is an
     * undoable step on top of it; either way the document counts as unsaved.
     */
    public void openRecovered(Design recovered, Design savedVersion, Path source) {
        if (savedVersion != null) {
            open(savedVersion, source);
            history.apply(Edit.replaceWith("Restore unsaved work", recovered));
        } else {
            open(recovered, source);
        }
        unsavedRestore = true;
        historyChanged();
    }

    /**
     * Applies an edit as one undo step (or as part of the open gesture).
     *
     * @return whether the edit could be applied; when not, {@link #messageProperty()} says why
     */
    public boolean apply(Edit edit) {
        try {
            history.apply(edit);
            return true;
        } catch (IllegalArgumentException e) {
            message.set(edit.description() + ": " + e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (history.canUndo()) history.undo();
    }

    public void redo() {
        if (history.canRedo()) history.redo();
    }

    /** Starts one undo step for a drag or a held key; a gesture still open is closed first. */
    public void beginGesture() {
        if (history.inGesture()) history.endGesture();
        history.beginGesture();
        inGesture.set(true);
    }

    public void endGesture() {
        if (!history.inGesture()) return;
        history.endGesture();
        inGesture.set(false);
        historyChanged();
    }

    public void cancelGesture() {
        if (!history.inGesture()) return;
        history.cancelGesture();
        inGesture.set(false);
        historyChanged();
    }

    /** The document was written to {@code target}. */
    public void markSaved(Path target) {
        file.set(target);
        unsavedRestore = false;
        history.markSaved();
    }

    public void select(SubjectPath subject) {
        selection.set(subject);
    }

    public Optional<MemoryBlock> block(SubjectPath subject) {
        SubjectPath canonical = Subjects.canonical(subject);
        return blocks.get().stream().filter(b -> b.subject().equals(canonical)).findFirst();
    }

    public List<Diagnostic> diagnosticsFor(SubjectPath subject) {
        return diagnostics.stream().filter(d -> Subjects.related(d.subject(), subject)).toList();
    }

    private void historyChanged() {
        Design current = history.current();
        if (current != design.get()) {
            // Views that follow the design read the blocks and diagnostics, so those change first.
            blocks.set(DesignBlocks.of(current));
            List<Diagnostic> found = validator.validate(current);
            if (!found.equals(diagnostics)) diagnostics.setAll(found);
            design.set(current);
        }
        dirty.set(unsavedRestore || history.isDirty());
        inGesture.set(history.inGesture());
        undoDescription.set(history.undoDescription().orElse(null));
        redoDescription.set(history.redoDescription().orElse(null));
        revision.set(revision.get() + 1);
    }

    public Design design() {
        return design.get();
    }

    /** The rules every edit is checked against. */
    public Validator validator() {
        return validator;
    }

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    /** Every placed block of the current design, in {@link DesignBlocks} order. */
    public List<MemoryBlock> blocks() {
        return blocks.get();
    }

    public ReadOnlyObjectProperty<List<MemoryBlock>> blocksProperty() {
        return blocks.getReadOnlyProperty();
    }

    public SubjectPath selection() {
        return selection.get();
    }

    public ObjectProperty<SubjectPath> selectionProperty() {
        return selection;
    }

    public ObservableList<Diagnostic> diagnostics() {
        return diagnosticsView;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isInGesture() {
        return inGesture.get();
    }

    public ReadOnlyBooleanProperty inGestureProperty() {
        return inGesture.getReadOnlyProperty();
    }

    /** What Undo would undo, or null when there is nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Bumps on every change of the document or its state (autosave watches it). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Bumps when another document is opened (views reset their zoom and expansion). */
    public ReadOnlyLongProperty documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The latest feedback for the status bar (a refused edit, a saved file). */
    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<SnapSetting> snapProperty() {
        return snap;
    }

    public SnapSetting snap() {
        return snap.get();
    }
}

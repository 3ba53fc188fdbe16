package dev.mpuworkbench.core.edit;

import dev.mpuworkbench.core.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The chain of designs behind undo and redo. Edits made between {@link #beginGesture} and
 * {@link #endGesture} (a drag, a held arrow key) become one undo step. Every change of the current
 * design bumps {@link #revision()} and tells the listeners, so views can follow without JavaFX here.
 * Not thread-safe: use it from one thread (the UI thread, or the CLI's).
 */
public final class EditHistory {
    private record Step(String description, Design before, Design after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int limit;
    private Design current;
    private long revision;
    private Design savedDesign;
    private Design gestureStart;
    private String gestureDescription;

    public EditHistory(Design initial) {
        this(initial, 1000);
    }

    public EditHistory(Design initial, int limit) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.savedDesign = initial;
        this.limit = limit;
    }

    public Design current() {
        return current;
    }

    public long revision() {
        return revision;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Applies an edit; inside a gesture it joins the gesture's single undo step. */
    public Design apply(Edit edit) {
        Design next = edit.apply(current);
        if (next.equals(current)) return current;
        if (gestureStart == null) {
            push(new Step(edit.description(), current, next));
            redo.clear();
        } else if (gestureDescription == null) {
            gestureDescription = edit.description();
        }
        setCurrent(next);
        return current;
    }

    /** Starts a gesture: everything applied until {@link #endGesture} is undone in one step. */
    public void beginGesture() {
        if (gestureStart != null) throw new IllegalStateException("a gesture is already open");
        gestureStart = current;
        gestureDescription = null;
    }

    public boolean inGesture() {
        return gestureStart != null;
    }

    /** Closes the gesture and records it as one step named after its last edit kind. */
    public void endGesture() {
        if (gestureStart == null) throw new IllegalStateException("no gesture is open");
        Design start = gestureStart;
        gestureStart = null;
        if (!start.equals(current)) {
            push(new Step(gestureDescription, start, current));
            redo.clear();
        }
        gestureDescription = null;
    }

    /** Abandons the gesture and returns to the design it started from (Escape during a drag). */
    public void cancelGesture() {
        if (gestureStart == null) throw new IllegalStateException("no gesture is open");
        Design start = gestureStart;
        gestureStart = null;
        gestureDescription = null;
        setCurrent(start);
    }

    public boolean canUndo() {
        return gestureStart == null && !undo.isEmpty();
    }

    public boolean canRedo() {
        return gestureStart == null && !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(undo.peek().description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.peek().description()) : Optional.empty();
    }

    public void undo() {
        if (!canUndo()) throw new IllegalStateException("nothing to undo");
        Step step = undo.pop();
        redo.push(step);
        setCurrent(step.before());
    }

    public void redo() {
        if (!canRedo()) throw new IllegalStateException("nothing to redo");
        Step step = redo.pop();
        undo.push(step);
        setCurrent(step.after());
    }

    /** Remembers the current design as the saved one, so {@link #isDirty()} can tell unsaved changes. */
    public void markSaved() {
        savedDesign = current;
        fire();
    }

    public boolean isDirty() {
        return !current.equals(savedDesign);
    }

    private void push(Step step) {
        undo.push(step);
        while (undo.size() > limit) undo.removeLast();
    }

    private void setCurrent(Design next) {
        current = next;
        revision++;
        fire();
    }

    private void fire() {
        for (Runnable l : listeners) l.run();
    }
}

package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.session.BootOptions;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenProgram;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The boot view's state: a boot of the workbench's design, moved step by step, phase by phase or to a breakpoint.
 * The session runs on one worker thread (it is not thread-safe); each move's result comes back whole as a
 * {@link BootFrame} on the FX thread, and no move starts while one runs ({@link #busyProperty()}), except that a
 * long run can be paused. When the design changes the boot is marked stale; Reset then boots the new design.
 */
public final class BootViewModel {
    /** {@link #switchesProperty()} value for "until every guest has run its probes, plus a round". */
    public static final int AUTOMATIC_SWITCHES = -1;

    private final WorkbenchModel model;
    private final SessionThread thread;
    private final IntConsumer progressReport;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final EventIndex index = new EventIndex();
    private BootRunner runner;
    private Design booted;
    private XenMode bootedDesignMode;
    private long generation;
    private boolean settingMode;
    private boolean restartWhenIdle;
    private Integer pendingGoTo;

    private final ObjectProperty<XenBootMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final IntegerProperty switches = new SimpleIntegerProperty(this, "switches", AUTOMATIC_SWITCHES);
    private final ObjectProperty<BreakpointChoice> breakpoint = new SimpleObjectProperty<>(this, "breakpoint",
        BreakpointChoice.of(BreakpointChoice.Kind.FAULT));
    private final ReadOnlyObjectWrapper<BootFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper progress = new ReadOnlyIntegerWrapper(this, "progress");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "not booted");
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper(this, "verdictText", "");
    private final ReadOnlyStringWrapper verdictKind = new ReadOnlyStringWrapper(this, "verdictKind", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<FaultDetails> lastFault = new ReadOnlyObjectWrapper<>(this, "lastFault");
    private final ObservableList<BootEvent> events = FXCollections.observableArrayList();
    private final ObservableList<BootEvent> eventsView = FXCollections.unmodifiableObservableList(events);

    /** A view-model whose session runs on its own daemon thread and reports on the FX thread. */
    public BootViewModel(WorkbenchModel model) {
        this(model, SessionThread.daemon(), Platform::runLater);
    }

    /**
     * @param worker runs the session's work, one task at a time, in order
     * @param fx     runs the results on the thread that owns the properties
     */
    public BootViewModel(WorkbenchModel model, Executor worker, Executor fx) {
        this.model = Objects.requireNonNull(model, "model");
        this.thread = new SessionThread(worker, fx);
        this.progressReport = thread.progress(this::showProgress);
        mode.set(bootMode(model.design().xen().mode()));
        mode.addListener((o, a, b) -> {
            if (!settingMode && runner != null && a != b) restart();
        });
        switches.addListener((o, a, b) -> {
            if (b.intValue() < AUTOMATIC_SWITCHES) throw new IllegalArgumentException("switches must be -1 or more");
            if (runner != null && runner.options().switches() != b.intValue()) restart();
        });
        model.designProperty().addListener((o, a, d) -> stale.set(isStale(d)));
    }

    public static XenBootMode bootMode(XenMode mode) {
        return mode == XenMode.UPSTREAM ? XenBootMode.UPSTREAM : XenBootMode.PARTITIONED;
    }

    private boolean isStale(Design current) {
        return booted != null && current != booted && !current.equals(booted);
    }

    // ---- commands ----

    /** Boots the design if nothing is booted yet; otherwise does nothing. */
    public void start() {
        if (runner == null) restart();
    }

    /** Back to step 0; boots the design afresh when it changed since this boot (or the mode did). */
    public void reset() {
        if (runner == null || stale.get() || !frameStarted() || runner.mode() != mode.get()
            || runner.options().switches() != switches.get()) {
            restart();
        } else {
            submit(BootRunner::reset, false);
        }
    }

    public void step() {
        submit(BootRunner::step, false);
    }

    public void stepBack() {
        submit(BootRunner::stepBack, false);
    }

    public void stepPhase() {
        submit(BootRunner::stepPhase, false);
    }

    /** Runs to the chosen {@link #breakpointProperty() breakpoint}. */
    public void run() {
        runTo(breakpoint.get());
    }

    public void runTo(BreakpointChoice choice) {
        Objects.requireNonNull(choice, "choice");
        submit(r -> r.runTo(choice, cancel::get, progressReport), true);
    }

    /** To any step; while a move runs, the latest request waits and is done next. */
    public void goTo(int target) {
        if (busy.get()) {
            pendingGoTo = target;
            return;
        }
        if (frameStarted() && target == step.get()) return;
        submit(r -> r.goTo(target), false);
    }

    /** To the start of a phase, back or forward. */
    public void goToPhase(Phase phase) {
        submit(r -> r.goToPhase(phase), true);
    }

    /** Stops a running boot or run at the event it is looking at. */
    public void pause() {
        if (running.get()) cancel.set(true);
    }

    private void restart() {
        if (busy.get()) {
            restartWhenIdle = true;
            cancel.set(true);
            return;
        }
        Design design = model.design();
        XenMode designMode = design.xen().mode();
        if (bootedDesignMode != null && designMode != bootedDesignMode) {
            settingMode = true;
            mode.set(bootMode(designMode));
            settingMode = false;
        }
        booted = design;
        bootedDesignMode = designMode;
        stale.set(false);
        runner = new BootRunner(++generation, design, BootOptions.of(mode.get()).withSwitches(switches.get()));
        events.clear();
        index.clear();
        frame.set(null);
        lastFault.set(null);
        step.set(0);
        total.set(0);
        verdictText.set("");
        verdictKind.set("running");
        note.set("");
        stepText.set("booting " + design.name() + " (" + mode.get().cliName() + ")…");
        launch(r -> r.start(cancel::get, progressReport), true);
    }

    private boolean frameStarted() {
        return frame.get() != null && frame.get().started();
    }

    private void submit(Function<BootRunner, BootFrame> job, boolean cancellable) {
        if (busy.get() || runner == null || !frameStarted()) return;
        launch(job, cancellable);
    }

    private void launch(Function<BootRunner, BootFrame> job, boolean cancellable) {
        busy.set(true);
        running.set(cancellable);
        cancel.set(false);
        thread.run(runner, job, (from, f) -> apply(f), (from, why) -> failed(from, "The boot session failed: " + why));
    }

    private void showProgress(int at) {
        progress.set(at);
        if (running.get()) stepText.set("running… at step " + at);
    }

    private void failed(BootRunner from, String why) {
        if (from == runner) note.set(why);
        idle();
    }

    private void apply(BootFrame f) {
        if (f.generation() != generation) {
            idle();
            return;
        }
        if (!f.started()) {
            frame.set(f);
            stepText.set("not booted");
            verdictText.set(f.error());
            verdictKind.set("failed");
            note.set("");
            idle();
            return;
        }
        if (!f.newEvents().isEmpty()) {
            index.addAll(f.newEvents());
            events.addAll(f.newEvents());
        }
        step.set(f.step());
        total.set(f.recorded());
        frame.set(f);
        OptionalInt fault = index.lastFaultAtOrBefore(f.step());
        lastFault.set(fault.isPresent() ? FaultDetails.of(events.get(fault.getAsInt() - 1)) : null);
        stepText.set("step " + f.step() + " / " + f.recorded() + (f.complete() ? "" : "+"));
        if (f.verdict() != null) {
            verdictText.set(VerdictText.of(f.verdict()));
            verdictKind.set(VerdictText.kind(f.verdict()));
        } else {
            verdictText.set("boot not finished");
            verdictKind.set("running");
        }
        note.set(f.error().isEmpty() ? f.note() : f.error());
        idle();
    }

    private void idle() {
        busy.set(false);
        running.set(false);
        cancel.set(false);
        if (restartWhenIdle) {
            restartWhenIdle = false;
            pendingGoTo = null;
            restart();
        } else if (pendingGoTo != null) {
            int target = pendingGoTo;
            pendingGoTo = null;
            goTo(target);
        }
    }

    // ---- state ----

    /** Which Xen boots; changing it boots afresh. Follows the design's mode when that changes. */
    public ObjectProperty<XenBootMode> modeProperty() {
        return mode;
    }

    /**
     * Context switches the scheduler runs after the boot, or {@link #AUTOMATIC_SWITCHES}; changing it boots again.
     */
    public IntegerProperty switchesProperty() {
        return switches;
    }

    /** Where {@link #run()} stops. */
    public ObjectProperty<BreakpointChoice> breakpointProperty() {
        return breakpoint;
    }

    /** The latest result; null before the first boot answers. */
    public ReadOnlyObjectProperty<BootFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public BootFrame frame() {
        return frame.get();
    }

    /** A move is running: the controls wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A move that {@link #pause()} can stop is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The design changed since this boot. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Events recorded: the total once the boot is complete. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** How far a running move has got. */
    public ReadOnlyIntegerProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code step 215 / 615}; a {@code +} when the boot is not recorded to its end. */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    /** {@code ok}, {@code stopped}, {@code failed} or {@code running}. */
    public ReadOnlyStringProperty verdictKindProperty() {
        return verdictKind.getReadOnlyProperty();
    }

    /** What the last move did, e.g. where a run stopped. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The latest fault at or before the current step, or null. */
    public ReadOnlyObjectProperty<FaultDetails> lastFaultProperty() {
        return lastFault.getReadOnlyProperty();
    }

    /** Every recorded event, steps 1.. in order (also those after the current step). */
    public ObservableList<BootEvent> events() {
        return eventsView;
    }

    public EventIndex index() {
        return index;
    }

    /** The phases of the booted mode, in order. */
    public List<Phase> phases() {
        return XenProgram.phases(runner == null ? mode.get() : runner.mode());
    }

    /** The design of this boot, or null before the first. */
    public Design bootedDesign() {
        return booted;
    }

    public WorkbenchModel workbench() {
        return model;
    }
}

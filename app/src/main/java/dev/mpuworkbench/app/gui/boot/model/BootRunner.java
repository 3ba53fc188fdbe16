package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.emulator.boot.BootInputException;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.session.BootOptions;
import dev.mpuworkbench.emulator.session.BootSession;
import dev.mpuworkbench.emulator.session.BootVerdict;
import dev.mpuworkbench.emulator.session.Breakpoint;
import dev.mpuworkbench.emulator.session.MpuView;
import dev.mpuworkbench.emulator.session.SessionState;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Drives one {@link BootSession} for the boot view and turns each move into a {@link BootFrame}. Like the session it
 * is not thread-safe: the view-model calls it from its one worker thread only. The cell highlights compare the state
 * at the current step with the state one step earlier, so they show what the current step's event changed, however
 * the view got there.
 */
public final class BootRunner {
    /** How many scanned events between two progress reports of a long run. */
    static final int PROGRESS_EVERY = 4096;

    private final long generation;
    private final Design design;
    private final XenBootMode mode;
    private final BootOptions options;
    private final EventIndex index = new EventIndex();
    private BootSession session;
    private RegionParts parts = RegionParts.NONE;
    private SessionState shown;
    private int reported;
    private BootVerdict verdict;

    public BootRunner(long generation, Design design, XenBootMode mode) {
        this(generation, design, BootOptions.of(mode));
    }

    /** A boot with the given options (e.g. a number of context switches after the boot, as {@code --switches}). */
    public BootRunner(long generation, Design design, BootOptions options) {
        this.generation = generation;
        this.design = Objects.requireNonNull(design, "design");
        this.options = Objects.requireNonNull(options, "options");
        this.mode = options.mode();
    }

    public Design design() {
        return design;
    }

    public XenBootMode mode() {
        return mode;
    }

    public BootOptions options() {
        return options;
    }

    /**
     * Exports the design, boots it to its end (so the total and the verdict are known; {@code cancel} stops early)
     * and shows step 0.
     */
    public BootFrame start(BooleanSupplier cancel, IntConsumer progress) {
        try {
            session = BootSession.start(design, options);
        } catch (BootInputException e) {
            return BootFrame.failed(generation, "The design's exported files cannot be booted: " + e.getMessage());
        } catch (RuntimeException e) {
            return BootFrame.failed(generation, "The design cannot be exported for a boot: " + e.getMessage());
        }
        parts = RegionParts.of(design, mode);
        session.runTo(watched(e -> false, cancel, progress));
        boolean paused = !session.complete();
        session.reset();
        return frame(paused ? "Paused before the end of the boot: the total is not known yet." : "");
    }

    public boolean started() {
        return session != null;
    }

    public BootFrame step() {
        Optional<BootEvent> e = session.stepForward();
        return frame(e.isPresent() ? "" : "The boot has ended.");
    }

    public BootFrame stepBack() {
        if (session.step() == 0) return frame("Already at the start.");
        session.stepBack();
        return frame("");
    }

    public BootFrame reset() {
        session.reset();
        return frame("");
    }

    /** To the start of the next phase. */
    public BootFrame stepPhase() {
        Optional<BootEvent> e = session.stepToNextPhase();
        return frame(e.isPresent() ? "" : "No phase follows: at the end of the boot.");
    }

    public BootFrame goTo(int step) {
        session.goTo(step);
        return frame(session.step() < step ? "The boot ends at step " + session.step() + "." : "");
    }

    /** To the event that starts {@code phase}, back or forward. */
    public BootFrame goToPhase(Phase phase) {
        OptionalInt recorded = index.phaseStart(phase);
        if (recorded.isPresent()) {
            session.goTo(recorded.getAsInt());
            return frame("");
        }
        if (session.complete()) {
            return frame(phase.id() + " is not reached: the boot ends at step " + session.recordedSteps() + ".");
        }
        return runTo(BreakpointChoice.phase(phase), () -> false, s -> { });
    }

    /** Runs to the first event from here on that matches; {@code cancel} pauses it at the event being looked at. */
    public BootFrame runTo(BreakpointChoice choice, BooleanSupplier cancel, IntConsumer progress) {
        boolean[] paused = {false};
        Breakpoint target = choice.breakpoint();
        Optional<BootEvent> hit = session.runTo(watched(target, () -> {
            if (cancel.getAsBoolean()) paused[0] = true;
            return paused[0];
        }, progress));
        if (paused[0]) return frame("Paused at step " + session.step() + ".");
        if (hit.isEmpty()) return frame("No " + choice.label() + " until the end of the boot.");
        return frame("Stopped at " + choice.label() + ": " + BootVerdict.describe(hit.get()));
    }

    /** The breakpoint with a pause check and a progress report every {@link #PROGRESS_EVERY} events. */
    private static Breakpoint watched(Breakpoint target, BooleanSupplier cancel, IntConsumer progress) {
        int[] seen = {0};
        return e -> {
            if (++seen[0] % PROGRESS_EVERY == 0) progress.accept(e.step());
            return cancel.getAsBoolean() || target.matches(e);
        };
    }

    private BootFrame frame(String note) {
        SessionState s = session.state();
        SessionState before = stateBefore(s.step());
        List<RegionLine> el2 = lines(s, before, true);
        List<RegionLine> el1 = lines(s, before, false);
        List<ControlLine> controls = ControlDecoder.lines(s.controls(), before == null ? null : before.controls());
        int recorded = session.recordedSteps();
        List<BootEvent> fresh = List.copyOf(session.recordedEvents().subList(reported, recorded));
        index.addAll(fresh);
        reported = recorded;
        if (session.complete() && verdict == null) verdict = session.verdict();
        shown = s;
        BootEvent event = s.step() == 0 ? null : session.event(s.step());
        return new BootFrame(generation, s, recorded, session.complete(), event, el2, el1, controls, fresh, verdict,
            note, "");
    }

    /** The state one step before {@code step} (null at step 0); the last shown state when that is it. */
    private SessionState stateBefore(int step) {
        if (step == 0) return null;
        if (shown != null && shown.step() == step - 1) return shown;
        session.goTo(step - 1);
        SessionState before = session.state();
        session.goTo(step);
        return before;
    }

    /** The rows of one MPU at {@code s}, each compared with the same row at {@code before}. */
    private List<RegionLine> lines(SessionState s, SessionState before, boolean el2) {
        MpuView view = el2 ? s.el2() : s.el1();
        MpuView old = before == null ? null : el2 ? before.el2() : before.el1();
        List<RegionLine> out = new ArrayList<>(view.rows().size());
        for (MpuView.Row row : view.rows()) {
            RegionLine prev = null;
            if (old != null && row.index() < old.rows().size()) {
                MpuView.Row was = old.rows().get(row.index());
                prev = RegionLine.of(was, el2 ? parts.partOf(was, before.phase()) : "", null);
            }
            out.add(RegionLine.of(row, el2 ? parts.partOf(row, s.phase()) : "", prev));
        }
        return out;
    }
}

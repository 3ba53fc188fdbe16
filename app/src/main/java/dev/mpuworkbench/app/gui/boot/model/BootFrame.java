package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.session.BootVerdict;
import dev.mpuworkbench.emulator.session.SessionState;
import dev.mpuworkbench.emulator.xen.Phase;
import java.util.List;

/**
 * What the boot view shows after one command, made on the session's thread and handed to the FX thread whole.
 *
 * @param generation which session made it (a frame of a replaced session is dropped)
 * @param state      the machine and Xen at {@code step}; null when the boot could not start
 * @param recorded   events recorded so far (the total once {@code complete})
 * @param newEvents  events recorded since the previous frame of this session, for the log to append
 * @param verdict    how the boot ends, once the whole boot is recorded; else null
 * @param note       what the command did, e.g. where a run stopped; may be empty
 * @param error      why the boot could not start (then {@code state} is null), or why the command failed; may be empty
 */
public record BootFrame(long generation, SessionState state, int recorded, boolean complete, BootEvent event,
                        List<RegionLine> el2, List<RegionLine> el1, List<ControlLine> controls,
                        List<BootEvent> newEvents, BootVerdict verdict, String note, String error) {
    public BootFrame {
        el2 = List.copyOf(el2);
        el1 = List.copyOf(el1);
        controls = List.copyOf(controls);
        newEvents = List.copyOf(newEvents);
        note = note == null ? "" : note;
        error = error == null ? "" : error;
    }

    /** A boot that could not start. */
    static BootFrame failed(long generation, String error) {
        return new BootFrame(generation, null, 0, false, null, List.of(), List.of(), List.of(), List.of(), null, "",
            error);
    }

    public int step() {
        return state == null ? 0 : state.step();
    }

    /** The phase of the current step, or null before the first event. */
    public Phase phase() {
        return state == null ? null : state.phase();
    }

    public boolean started() {
        return state != null;
    }

    /** At the last event of a finished boot. */
    public boolean atEnd() {
        return complete && step() == recorded;
    }
}

package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.machine.Machine;
import dev.mpuworkbench.emulator.machine.MachineSnapshot;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * The running boot: the machine, Xen's state and the queue of ops still to run. {@link #runNext()} runs one op;
 * the events it causes go to the machine's listeners and to the {@link Sink}. A {@link Snapshot} captures all three,
 * so a session can go back to it and replay: the same ops from the same state give the same events.
 */
public final class XenCpu {
    /** Receives Xen's own events (the machine's go to its listeners). */
    @FunctionalInterface
    public interface Sink {
        void emit(XenEvent event);
    }

    private final Machine machine;
    private final Sink sink;
    private XenState state;
    private final ArrayDeque<Op> queue = new ArrayDeque<>();
    private long opsRun;

    XenCpu(Machine machine, XenState state, Sink sink) {
        this.machine = Objects.requireNonNull(machine);
        this.state = Objects.requireNonNull(state);
        this.sink = Objects.requireNonNull(sink);
    }

    public Machine machine() {
        return machine;
    }

    public XenState state() {
        return state;
    }

    /** How many ops have run. */
    public long opsRun() {
        return opsRun;
    }

    public boolean finished() {
        return queue.isEmpty();
    }

    /** Runs the next op; false when the boot has ended. */
    public boolean runNext() {
        Op op = queue.pollFirst();
        if (op == null) return false;
        opsRun++;
        op.run(this);
        return true;
    }

    /** Queues ops to run next, in the given order. */
    void push(List<Op> ops) {
        for (int i = ops.size() - 1; i >= 0; i--) queue.addFirst(ops.get(i));
    }

    void push(Op op) {
        queue.addFirst(op);
    }

    void append(Op op) {
        queue.addLast(op);
    }

    void emit(XenEvent event) {
        sink.emit(event);
    }

    void decide(String text) {
        sink.emit(new XenEvent.Decision(text));
    }

    /** Ends the boot: nothing queued runs any more. */
    void stop(StopOutcome outcome, String reason) {
        queue.clear();
        state.stopped(outcome, reason);
        sink.emit(new XenEvent.Stop(outcome, reason));
    }

    /** Xen panics: the boot fails in the current phase. */
    void panic(String reason) {
        stop(StopOutcome.PANIC, state.phase().id() + " " + state.phase().function() + ": " + reason);
    }

    public Snapshot snapshot() {
        return new Snapshot(machine.snapshot(), state.copy(), queue.toArray(new Op[0]), opsRun);
    }

    public void restore(Snapshot s) {
        machine.restore(s.machine);
        state = s.state.copy();
        queue.clear();
        for (Op op : s.queue) queue.addLast(op);
        opsRun = s.opsRun;
    }

    /** Everything needed to resume the boot from one moment. Immutable (restoring copies the state again). */
    public static final class Snapshot {
        private final MachineSnapshot machine;
        private final XenState state;
        private final Op[] queue;
        private final long opsRun;

        private Snapshot(MachineSnapshot machine, XenState state, Op[] queue, long opsRun) {
            this.machine = machine;
            this.state = state;
            this.queue = queue;
            this.opsRun = opsRun;
        }

        public long opsRun() {
            return opsRun;
        }
    }
}

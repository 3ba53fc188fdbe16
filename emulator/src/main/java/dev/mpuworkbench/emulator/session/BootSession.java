package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.export.BootScript;
import dev.mpuworkbench.devicetree.export.BootScriptContents;
import dev.mpuworkbench.devicetree.export.InputException;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.boot.BootInputException;
import dev.mpuworkbench.emulator.boot.BuildInputs;
import dev.mpuworkbench.emulator.boot.DesignArtifacts;
import dev.mpuworkbench.emulator.machine.Machine;
import dev.mpuworkbench.emulator.machine.MachineConfig;
import dev.mpuworkbench.emulator.machine.MachineEvent;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegisterFile;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenCpu;
import dev.mpuworkbench.emulator.xen.XenEvent;
import dev.mpuworkbench.emulator.xen.XenInputs;
import dev.mpuworkbench.emulator.xen.XenProgram;
import dev.mpuworkbench.emulator.xen.XenState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A steppable, reversible boot for the GUI's boot view and the CLI. The boot is a deterministic sequence of events;
 * the session records every event produced so far (the frontier) and shows the machine and Xen at any step up to
 * it. Going back restores the latest snapshot at or before the step (one is taken at least every
 * {@link BootOptions#snapshotInterval()} events) and replays from there; replayed events are checked against the
 * recorded ones. Going forward past the frontier runs the boot further. Not thread-safe.
 */
public final class BootSession {
    private final BootOptions options;
    private final Machine machine;
    private final XenCpu cpu;
    private final ArrayList<BootEvent> log = new ArrayList<>();
    private long[] opAfter = new long[1024];
    private int cursor;
    private int emitted;
    private boolean complete;
    private long frontierOps;
    private int lastSnapshotAt;
    private final TreeMap<Long, Snap> snapshots = new TreeMap<>();
    private FinalState finalState;

    private record Snap(XenCpu.Snapshot cpu, int emitted) {
    }

    /** What the boot ended with (taken when the frontier reaches the end). */
    record FinalState(XenState state) {
    }

    private BootSession(BootOptions options, Machine machine, XenInputs inputs) {
        this.options = options;
        this.machine = machine;
        machine.addListener(this::onMachineEvent);
        this.cpu = XenProgram.create(machine, inputs, this::onXenEvent);
        snapshots.put(0L, new Snap(cpu.snapshot(), 0));
    }

    /**
     * Reads the artifacts (build options, header, boot script; the DTB is read by Xen during the boot) and prepares
     * a machine fresh from reset.
     *
     * @throws BootInputException when a text artifact cannot be read (the message names file and line)
     */
    public static BootSession start(BootArtifacts artifacts, BootOptions options) throws BootInputException {
        BuildInputs build = BuildInputs.read(artifacts.kconfig(), artifacts.header());
        BootScriptContents script;
        try {
            script = BootScript.parse(artifacts.bootSource(), "boot.source", null);
        } catch (InputException e) {
            throw new BootInputException(e.getMessage(), e);
        }
        byte[] dtb = artifacts.dtb();
        Hardware hw = Hardware.of(build, dtb);
        Machine machine = new Machine(new MachineConfig(hw.el2, hw.el1, hw.vmsa));
        XenInputs inputs = new XenInputs(build, dtb, script, options.mode(), options.switches(), hw.el2, hw.el1);
        return new BootSession(options, machine, inputs);
    }

    /** Exports the design as {@code mpuwb export} would ({@link DesignArtifacts}) and boots the result. */
    public static BootSession start(Design design, BootOptions options) throws BootInputException {
        return start(DesignArtifacts.export(design), options);
    }

    /** The board's MPU sizes: from the header's board info, else the DTB's /cpus, else the FVP's 32 + 32. */
    private record Hardware(int el2, int el1, boolean vmsa) {
        static Hardware of(BuildInputs build, byte[] dtb) {
            OptionalInt el2 = build.el2Regions();
            OptionalInt el1 = build.el1Regions();
            boolean vmsa = true;
            try {
                DeviceTree tree = DtbReader.read(dtb);
                Optional<Node> cpus = tree.node("/cpus");
                if (cpus.isPresent()) {
                    if (el2.isEmpty()) el2 = cell(cpus.get(), "mpu,el2-regions");
                    if (el1.isEmpty()) el1 = cell(cpus.get(), "mpu,el1-regions");
                    vmsa = cpus.get().children().stream().noneMatch(c -> c.isCompatible("arm,cortex-r52"));
                }
            } catch (RuntimeException e) {
                // Xen reports an unreadable DTB itself (P7/P8); the machine takes the defaults.
            }
            return new Hardware(el2.orElse(32), el1.orElse(32), vmsa);
        }

        private static OptionalInt cell(Node n, String name) {
            return n.u32(name).stream().mapToInt(v -> (int) Math.min(v, 255)).findFirst();
        }
    }

    // ---- events ----

    private void onMachineEvent(MachineEvent e) {
        record(new BootEvent(emitted + 1, cpu.state().phase(), e, null));
    }

    private void onXenEvent(XenEvent e) {
        record(new BootEvent(emitted + 1, cpu.state().phase(), null, e));
    }

    private void record(BootEvent event) {
        int index = emitted++;
        if (index < log.size()) {
            if (options.verifyReplay() && !log.get(index).equals(event)) {
                throw new IllegalStateException("replay diverged at step " + (index + 1) + ": recorded "
                    + log.get(index).summary() + ", replayed " + event.summary());
            }
            return;
        }
        log.add(event);
        if (index >= opAfter.length) opAfter = Arrays.copyOf(opAfter, opAfter.length * 2);
        opAfter[index] = cpu.opsRun();
    }

    // ---- moving ----

    /** Runs one op at the frontier; false when the boot has ended. */
    private boolean extend() {
        if (complete) return false;
        positionAt(frontierOps);
        boolean ran = cpu.runNext();
        frontierOps = cpu.opsRun();
        if (!ran || cpu.finished()) {
            complete = true;
            finalState = new FinalState(cpu.state());
        }
        if (emitted - lastSnapshotAt >= options.snapshotInterval()) {
            snapshots.put(cpu.opsRun(), new Snap(cpu.snapshot(), emitted));
            lastSnapshotAt = emitted;
        }
        return ran;
    }

    private void positionAt(long ops) {
        if (cpu.opsRun() == ops) return;
        Map.Entry<Long, Snap> best = snapshots.floorEntry(ops);
        if (cpu.opsRun() > ops || best.getKey() > cpu.opsRun()) {
            cpu.restore(best.getValue().cpu());
            emitted = best.getValue().emitted();
        }
        while (cpu.opsRun() < ops) cpu.runNext();
    }

    private void ensure(int events) {
        while (log.size() < events && extend()) {
            // run on
        }
    }

    /** Moves to step {@code step} (events seen), forward or back; clamps to the end of the boot. */
    public void goTo(int step) {
        int target = Math.max(0, step);
        ensure(target);
        target = Math.min(target, log.size());
        cursor = target;
        positionAt(target == 0 ? 0 : opAfter[target - 1]);
    }

    /** One event forward; empty at the end of the boot. */
    public Optional<BootEvent> stepForward() {
        int before = cursor;
        goTo(cursor + 1);
        return cursor > before ? Optional.of(log.get(cursor - 1)) : Optional.empty();
    }

    /** One event back (nothing at step 0). */
    public void stepBack() {
        goTo(cursor - 1);
    }

    /** Back to the state before the first event. */
    public void reset() {
        goTo(0);
    }

    /** On to the start of the next phase; empty when no phase follows. */
    public Optional<BootEvent> stepToNextPhase() {
        return runTo(Breakpoint.anyPhase());
    }

    /** Runs to (and including) the first event from here on that matches; at the end of the boot when none does. */
    public Optional<BootEvent> runTo(Breakpoint breakpoint) {
        int i = cursor;
        while (true) {
            while (i >= log.size() && extend()) {
                // run until the event exists
            }
            if (i >= log.size()) break;
            if (breakpoint.matches(log.get(i))) {
                goTo(i + 1);
                return Optional.of(log.get(i));
            }
            i++;
        }
        goTo(log.size());
        return Optional.empty();
    }

    /** Runs the boot to its end. */
    public void runToEnd() {
        while (extend()) {
            // run on
        }
        goTo(log.size());
    }

    // ---- what is known ----

    /** Events seen: the current step. */
    public int step() {
        return cursor;
    }

    /** Events recorded so far (the furthest step reached). */
    public int recordedSteps() {
        return log.size();
    }

    /** Whether the boot has ended (its last event is recorded). */
    public boolean complete() {
        return complete;
    }

    public boolean atEnd() {
        return complete && cursor == log.size();
    }

    /** The event at 1-based step {@code step} (recorded ones only). */
    public BootEvent event(int step) {
        return log.get(step - 1);
    }

    /** The events up to the current step. */
    public List<BootEvent> events() {
        return Collections.unmodifiableList(log.subList(0, cursor));
    }

    /** Every event recorded, also those after the current step. */
    public List<BootEvent> recordedEvents() {
        return Collections.unmodifiableList(log);
    }

    public BootOptions options() {
        return options;
    }

    /** The machine and Xen at the current step. */
    public SessionState state() {
        XenState x = cpu.state();
        RegisterFile regs = machine.registers();
        Map<String, Long> controls = new LinkedHashMap<>();
        for (ControlRegister r : ControlRegister.values()) controls.put(r.name(), regs.architectural().control(r));
        for (ExceptionLevel el : List.of(ExceptionLevel.EL1, ExceptionLevel.EL2)) {
            controls.put("PRSELR_" + el, (long) regs.prselr(el));
            controls.put("PRENR_" + el, machine.registers().read(SysRegs.prenr(el)));
        }
        Phase phase = cursor == 0 ? null : log.get(cursor - 1).phase();
        return new SessionState(cursor, phase, new SessionState.XenStateSummary(x.switches(), x.probes(),
            x.probesFailed(), x.firstProbeFailure()), machine.level(), x.context(), x.running(),
            MpuView.of(regs, ExceptionLevel.EL2), MpuView.of(regs, ExceptionLevel.EL1), controls,
            machine.pendingWrites(), x.domains(), x.shadow(), x.outcome(), x.stopReason());
    }

    /** Whether the boot reached what its mode promises; runs it to the end first. */
    public BootVerdict verdict() {
        int here = cursor;
        while (extend()) {
            // run on
        }
        BootVerdict v = BootVerdict.of(options.mode(), log, finalState.state());
        goTo(here);
        return v;
    }
}

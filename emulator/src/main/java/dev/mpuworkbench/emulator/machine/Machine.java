package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.AccessChecker;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.CommitScope;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.PendingWrite;
import dev.mpuworkbench.emulator.mpu.RegisterFile;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One Armv8-R AArch64 core as the workbench needs it: the system registers with both MPUs, a PC and an SP per
 * exception level (for hazard checks), and an ordered stream of events. A driver (the boot model, a test, the CLI)
 * calls {@link #write}, {@link #dsb}, {@link #isb}, {@link #access} and {@link #enterLevel} one step at a time;
 * every call reports what happened to the listeners before it returns. Deterministic: the same calls give the same
 * events and the same state.
 */
public final class Machine {
    /** The value of an unknown PC or SP; hazard checks skip it. */
    public static final long NO_ADDRESS = -1L;
    private static final Finding[] NO_FINDINGS = {};

    private final MachineConfig config;
    private final RegisterFile registers;
    private final long[] pc = {NO_ADDRESS, NO_ADDRESS, NO_ADDRESS};
    private final long[] sp = {NO_ADDRESS, NO_ADDRESS, NO_ADDRESS};
    private ExceptionLevel level = ExceptionLevel.EL2;
    private long sequence;
    private final List<MachineListener> listeners = new ArrayList<>();
    private final AccessOutcome outcome = new AccessOutcome();
    private final AccessOutcome architecturalOutcome = new AccessOutcome();
    private final HazardDetector hazards;
    /** Hazards of the synchronisation just run, until {@link #syncFindings()} hands them out (before any event). */
    private Finding[] pendingSyncFindings = NO_FINDINGS;

    /** A core after reset: at EL2, every register 0 (MPUs off, regions disabled), nothing pending. */
    public Machine(MachineConfig config) {
        this.config = Objects.requireNonNull(config);
        this.registers = new RegisterFile(config.el1Regions(), config.el2Regions(), config.idAa64mmfr0());
        this.hazards = new HazardDetector(this);
    }

    public MachineConfig config() {
        return config;
    }

    /** The register file (architectural and effective values, pending writes). Change it only through the machine. */
    public RegisterFile registers() {
        return registers;
    }

    public void addListener(MachineListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(MachineListener listener) {
        listeners.remove(listener);
    }

    /** The number of the last event (0 before the first). */
    public long sequence() {
        return sequence;
    }

    public ExceptionLevel level() {
        return level;
    }

    public long pc(ExceptionLevel el) {
        return pc[el.number()];
    }

    public long sp(ExceptionLevel el) {
        return sp[el.number()];
    }

    /** Where code at this level executes; {@link #NO_ADDRESS} to stop checking it. */
    public void setPc(ExceptionLevel el, long address) {
        pc[el.number()] = address;
    }

    /** The stack pointer of this level; the checks look at the 16 bytes below it (the next push). */
    public void setSp(ExceptionLevel el, long address) {
        sp[el.number()] = address;
    }

    /** MRS by name or encoding. */
    public long read(String register) {
        return read(SysRegs.parse(register));
    }

    public long read(SysReg register) {
        emitHazards(hazards.beforeRead(register));
        return registers.read(register);
    }

    /** MSR by name ({@code PRLAR5_EL2}) or encoding ({@code S3_4_C6_C10_5}). */
    public void write(String register, long value) {
        write(SysRegs.parse(register), value);
    }

    public void write(SysReg register, long value) {
        Finding[] found = hazards.beforeWrite(register, value);
        int region = registers.targetRegion(register);
        boolean done = registers.write(register, value);
        emit(new SysRegWriteEvent(++sequence, register.name(), register.encoding(), value, region, !done));
        emitHazards(found);
    }

    public void dsb() {
        registers.dsb();
        emit(new BarrierEvent(++sequence, Barrier.DSB, 0));
    }

    /** Context synchronisation: pending writes become effective (region writes only after a DSB). */
    public void isb() {
        int committed = synchronize();
        emit(new BarrierEvent(++sequence, Barrier.ISB, committed));
        emitHazards(syncFindings());
    }

    /**
     * Exception entry or return to {@code target} (the driver decides when; an abort from {@link #access} does not
     * change the level by itself). Like an ISB it is a context synchronisation event.
     */
    public void enterLevel(ExceptionLevel target) {
        int committed = synchronize();
        Finding[] found = syncFindings();
        ExceptionLevel from = level;
        level = Objects.requireNonNull(target);
        emit(new LevelChangeEvent(++sequence, from, target, committed));
        emitHazards(found);
    }

    /** Commits what may take effect; the hazards it causes wait in {@link #pendingSyncFindings}. */
    private int synchronize() {
        CommitScope scope = registers.committableScope();
        if (!scope.changesChecks()) {
            pendingSyncFindings = NO_FINDINGS;
            return registers.isb();
        }
        hazards.beforeCommit(scope);
        int committed = registers.isb();
        pendingSyncFindings = hazards.afterCommit(scope);
        return committed;
    }

    private Finding[] syncFindings() {
        Finding[] found = pendingSyncFindings;
        pendingSyncFindings = NO_FINDINGS;
        return found;
    }

    /**
     * Checks an access against the effective state and, on a fault, takes the abort: writes ESR/FAR (and HPFAR_EL2
     * for stage 2) of the target level and reports a {@link FaultEvent}. An access whose outcome would differ under
     * the pending writes is reported as {@link HazardCode#ACCESS_BEFORE_SYNC}. The returned outcome belongs to the
     * machine and is overwritten by the next call; copy it ({@link AccessOutcome#toResult()}) to keep it.
     */
    public AccessOutcome access(ExceptionLevel el, AccessType type, long address) {
        AccessChecker.check(registers.effective(), el, type, address, outcome);
        if (registers.hasPendingWrites()) {
            AccessChecker.check(registers.architectural(), el, type, address, architecturalOutcome);
            if (!outcome.sameDecision(architecturalOutcome)) {
                emitHazards(new Finding[] {hazards.accessBeforeSync(outcome, architecturalOutcome)});
            }
        }
        if (!outcome.allowed()) takeAbort(outcome);
        return outcome;
    }

    /** The access check alone, against the effective state: no registers written, no events. */
    public void check(ExceptionLevel el, AccessType type, long address, AccessOutcome into) {
        AccessChecker.check(registers.effective(), el, type, address, into);
    }

    private void takeAbort(AccessOutcome o) {
        boolean el2 = o.targetLevel() == ExceptionLevel.EL2;
        registers.hardwareWrite(el2 ? ControlRegister.ESR_EL2 : ControlRegister.ESR_EL1, o.esr());
        registers.hardwareWrite(el2 ? ControlRegister.FAR_EL2 : ControlRegister.FAR_EL1, o.far());
        if (o.hpfarValid()) registers.hardwareWrite(ControlRegister.HPFAR_EL2, o.hpfar());
        List<Integer> regions = new ArrayList<>();
        int n = o.faultStage() == 1 ? o.stage1MatchCount() : o.stage2MatchCount();
        for (int i = 0; i < n; i++) regions.add(o.faultStage() == 1 ? o.stage1Match(i) : o.stage2Match(i));
        emit(new FaultEvent(++sequence, o.level(), o.type(), o.address(), o.faultKind(), o.faultStage(),
            o.targetLevel(), o.esr(), o.far(), o.hpfarValid() ? o.hpfar() : 0, regions));
    }

    /** Writes not yet effective, oldest first. */
    public List<PendingWrite> pendingWrites() {
        return registers.pendingWrites();
    }

    /** Everything but the listeners. */
    public MachineSnapshot snapshot() {
        return new MachineSnapshot(registers.snapshot(), pc.clone(), sp.clone(), level, sequence);
    }

    public void restore(MachineSnapshot snapshot) {
        registers.restore(snapshot.registers());
        System.arraycopy(snapshot.pc(), 0, pc, 0, pc.length);
        System.arraycopy(snapshot.sp(), 0, sp, 0, sp.length);
        level = snapshot.level();
        sequence = snapshot.sequence();
    }

    private void emitHazards(Finding[] found) {
        for (Finding f : found) emit(new HazardEvent(++sequence, f.code(), f.message(), f.mpu(), f.region()));
    }

    private void emit(MachineEvent event) {
        for (MachineListener l : listeners) l.onEvent(event);
    }
}

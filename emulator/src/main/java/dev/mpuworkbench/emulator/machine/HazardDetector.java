package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.AccessChecker;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.CommitScope;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionBits;
import dev.mpuworkbench.emulator.mpu.RegionLookup;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.RegisterFile;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@link HazardCode hazards}. Write-time checks look at the state before the write; synchronisation-time
 * checks compare what holds before and after the commit and report only conditions that newly hold, so a lasting
 * problem is reported once.
 *
 * <p>When an MPU counts as "in use": for overlaps, the EL2 MPU when SCTLR_EL2.M or HCR_EL2.VM is set and the EL1 MPU
 * when SCTLR_EL1.M is set with VTCR_EL2.MSA = 0; for writable+executable regions, the MPU's own stage 1 (SCTLR.M);
 * for rewrites, the MPU that checks the code running now (the EL2 MPU at EL2 with SCTLR_EL2.M, or as stage 2 below
 * EL2 with HCR_EL2.VM; the EL1 MPU below EL2). Writable+executable means at the MPU's own level: AP[2] = 0 and
 * XN[1] = 0 (so guest RAM encoded with XN[1] = 1, executable only through stage 2, is fine). The PC and SP checks
 * use the current level's PC and SP (at an exception entry or return, those of the level being left).
 */
final class HazardDetector {
    private static final Finding[] NONE = {};
    private static final List<ExceptionLevel> MPUS = List.of(ExceptionLevel.EL1, ExceptionLevel.EL2);

    private final Machine machine;
    private final RegisterFile registers;
    /** Outcomes the messages describe. */
    private final AccessOutcome scratch = new AccessOutcome();
    private final Coverage coverage = new Coverage();
    /** Findings of the call under way; handed out as an array (no allocation when there are none). */
    private final List<Finding> found = new ArrayList<>();
    private final Observation before = new Observation();
    private final Observation after = new Observation();

    HazardDetector(Machine machine) {
        this.machine = machine;
        this.registers = machine.registers();
    }

    private Finding[] take() {
        if (found.isEmpty()) return NONE;
        Finding[] out = found.toArray(NONE);
        found.clear();
        return out;
    }

    Finding[] beforeRead(SysReg register) {
        selectorAndRange(register, found);
        return take();
    }

    Finding[] beforeWrite(SysReg register, long value) {
        checkWrite(register, value, found);
        return take();
    }

    private void checkWrite(SysReg register, long value, List<Finding> found) {
        if (register.readOnly()) {
            found.add(new Finding(HazardCode.READ_ONLY_REGISTER_WRITE, register.name()
                + " is read-only: the write is UNDEFINED and has no effect", register.mpuLevel(), -1));
            return;
        }
        if (register.kind() == SysRegKind.PRENR) {
            prenrDisables(register.mpuLevel(), value, found);
            return;
        }
        if (register.kind() != SysRegKind.PRBAR && register.kind() != SysRegKind.PRLAR) return;
        if (selectorAndRange(register, found)) return;
        ExceptionLevel mpu = register.mpuLevel();
        int region = registers.targetRegion(register);
        boolean base = register.kind() == SysRegKind.PRBAR;
        RegisterBank arch = registers.architectural();
        long old = base ? arch.prbar(mpu, region) : arch.prlar(mpu, region);
        long stored = value & (base ? RegionBits.PRBAR_WRITABLE : RegionBits.PRLAR_WRITABLE);
        if (stored == old) return;
        boolean enabled = RegionBits.enabled(arch.prlar(mpu, region))
            || RegionBits.enabled(registers.effective().prlar(mpu, region));
        boolean disabling = !base && !RegionBits.enabled(stored);
        if (enabled && !disabling && inUseNow(mpu)) {
            found.add(new Finding(HazardCode.ENABLED_REGION_REWRITTEN, String.format(
                "%s rewrites %s MPU region %d (%s) while it is enabled: disable it (PRLAR.EN = 0, DSB, ISB) first",
                register.name(), mpu, region, range(arch.prbar(mpu, region), arch.prlar(mpu, region))), mpu, region));
        }
        coveringChanged(mpu, region, register.name(), disabling ? "disables" : "changes", found);
    }

    /** Reports a selector not synchronised by an ISB and a region out of range; true when out of range. */
    private boolean selectorAndRange(SysReg register, List<Finding> found) {
        if (register.kind() != SysRegKind.PRBAR && register.kind() != SysRegKind.PRLAR) return false;
        ExceptionLevel mpu = register.mpuLevel();
        if (!registers.selectorSynchronized(mpu)) {
            found.add(new Finding(HazardCode.SELECTOR_NOT_SYNCHRONIZED, String.format(
                "%s used after a PRSELR_%s write without an ISB: the selection may not have taken effect",
                register.name(), mpu), mpu, registers.targetRegion(register)));
        }
        if (registers.outOfRange(register)) {
            int region = registers.targetRegion(register);
            found.add(new Finding(HazardCode.REGION_OUT_OF_RANGE, String.format(
                "%s reaches region %d but MPUIR_%s.REGION is %d: UNPREDICTABLE, ignored", register.name(), region, mpu,
                registers.regionCount(mpu)), mpu, region));
            return true;
        }
        return false;
    }

    private void prenrDisables(ExceptionLevel mpu, long value, List<Finding> found) {
        RegisterBank arch = registers.architectural();
        int n = Math.min(32, registers.regionCount(mpu));
        for (int r = 0; r < n; r++) {
            boolean was = RegionBits.enabled(arch.prlar(mpu, r))
                || RegionBits.enabled(registers.effective().prlar(mpu, r));
            if (was && ((value >>> r) & 1) == 0) coveringChanged(mpu, r, null, "disables", found);
        }
    }

    /**
     * PC_REGION_CHANGED / SP_REGION_CHANGED when the region decides the current level's fetch or stack; the message
     * names the register written ({@code register}, or PRENR when null) and what the write does.
     */
    private void coveringChanged(ExceptionLevel mpu, int region, String register, String verb, List<Finding> found) {
        ExceptionLevel el = machine.level();
        long pc = machine.pc(el);
        long sp = machine.sp(el);
        coverage.update(registers.effective(), el, pc, sp);
        if (pc != Machine.NO_ADDRESS && coverage.pcRegion(mpu) == region) {
            found.add(new Finding(HazardCode.PC_REGION_CHANGED, String.format(
                "%s %s %s MPU region %d, which covers the %s PC 0x%X (never change the region you execute from)",
                writer(register, mpu), verb, mpu, region, el, pc), mpu, region));
        }
        if (sp != Machine.NO_ADDRESS && coverage.spRegion(mpu) == region) {
            found.add(new Finding(HazardCode.SP_REGION_CHANGED, String.format(
                "%s %s %s MPU region %d, which covers the %s stack at SP 0x%X", writer(register, mpu), verb, mpu,
                region, el, sp), mpu, region));
        }
    }

    private static String writer(String register, ExceptionLevel mpu) {
        return register != null ? register : "PRENR_" + mpu;
    }

    private boolean inUseNow(ExceptionLevel mpu) {
        RegisterBank eff = registers.effective();
        if (mpu == ExceptionLevel.EL2) {
            return machine.level() == ExceptionLevel.EL2
                ? (eff.control(ControlRegister.SCTLR_EL2) & ControlRegister.SCTLR_M) != 0
                : (eff.control(ControlRegister.HCR_EL2) & ControlRegister.HCR_VM) != 0;
        }
        return machine.level() != ExceptionLevel.EL2 && stage1On(eff, ExceptionLevel.EL1);
    }

    private static boolean stage1On(RegisterBank bank, ExceptionLevel mpu) {
        if (mpu == ExceptionLevel.EL2) return (bank.control(ControlRegister.SCTLR_EL2) & ControlRegister.SCTLR_M) != 0;
        return (bank.control(ControlRegister.SCTLR_EL1) & ControlRegister.SCTLR_M) != 0
            && (bank.control(ControlRegister.VTCR_EL2) & ControlRegister.VTCR_MSA) == 0;
    }

    private static boolean overlapsMatter(RegisterBank bank, ExceptionLevel mpu) {
        return stage1On(bank, mpu) || (mpu == ExceptionLevel.EL2
            && (bank.control(ControlRegister.HCR_EL2) & ControlRegister.HCR_VM) != 0);
    }

    /**
     * What the synchronisation-time checks compare, filled in place. Overlaps and writable+executable regions are
     * properties of an MPU's {@link RegionLookup}, which is immutable and shared by every configuration with the same
     * enabled regions: an observation keeps the lookup, and a commit that leaves it as it was has nothing new to say.
     */
    private static final class Observation {
        /** {@link Coverage#FINE}, {@link Coverage#FAULTS} or {@link Coverage#UNKNOWN}. */
        int pc;
        int sp;
        /** Per MPU: its lookup when its overlaps matter and the commit may change them, else null. */
        final RegionLookup[] overlaps = new RegionLookup[3];
        /** Per MPU: its lookup when its stage 1 is on and the commit may change it, else null. */
        final RegionLookup[] stage1 = new RegionLookup[3];
        final boolean[] wxn = new boolean[3];
    }

    /** Before a commit of {@code scope}: observes what it could change (MPUs it does not touch are left out). */
    void beforeCommit(CommitScope scope) {
        observe(scope, before);
    }

    /** After the commit: observes again and returns what newly holds. */
    Finding[] afterCommit(CommitScope scope) {
        observe(scope, after);
        compare();
        return take();
    }

    private void observe(CommitScope scope, Observation into) {
        RegisterBank eff = registers.effective();
        ExceptionLevel el = machine.level();
        coverage.update(eff, el, machine.pc(el), machine.sp(el));
        into.pc = coverage.pcState;
        into.sp = coverage.spState;
        for (ExceptionLevel mpu : MPUS) {
            int i = mpu.number();
            boolean touched = scope.touches(mpu);
            into.overlaps[i] = touched && overlapsMatter(eff, mpu) ? eff.lookup(mpu) : null;
            into.stage1[i] = touched && stage1On(eff, mpu) ? eff.lookup(mpu) : null;
            ControlRegister sctlr = mpu == ExceptionLevel.EL2 ? ControlRegister.SCTLR_EL2 : ControlRegister.SCTLR_EL1;
            into.wxn[i] = (eff.control(sctlr) & ControlRegister.SCTLR_WXN) != 0;
        }
    }

    /** Whether fetching at the PC faults; the outcome stays in {@link #scratch}. */
    private boolean pcFault(RegisterBank eff, ExceptionLevel el, long pc) {
        AccessChecker.check(eff, el, AccessType.EXECUTE, pc, scratch);
        return !scratch.allowed();
    }

    /** Whether a push below the SP faults (write, then read); the failing outcome stays in {@link #scratch}. */
    private boolean stackFault(RegisterBank eff, ExceptionLevel el, long sp) {
        AccessChecker.check(eff, el, AccessType.WRITE, sp - 16, scratch);
        if (!scratch.allowed()) return true;
        AccessChecker.check(eff, el, AccessType.READ, sp - 16, scratch);
        return !scratch.allowed();
    }

    /** Reports what holds {@link #after} the commit and did not {@link #before}: PC, SP, overlaps, then W+X. */
    private void compare() {
        ExceptionLevel el = machine.level();
        RegisterBank eff = registers.effective();
        if (before.pc == Coverage.FINE && after.pc == Coverage.FAULTS) {
            pcFault(eff, el, machine.pc(el));
            found.add(new Finding(HazardCode.PC_NOT_COVERED, String.format(
                "after this synchronisation the %s PC 0x%X is no longer executable: %s", el, machine.pc(el),
                scratch.describe()), null, -1));
        }
        if (before.sp == Coverage.FINE && after.sp == Coverage.FAULTS) {
            stackFault(eff, el, machine.sp(el));
            found.add(new Finding(HazardCode.SP_NOT_COVERED, String.format(
                "after this synchronisation the %s stack below SP 0x%X is no longer writable: %s", el, machine.sp(el),
                scratch.describe()), null, -1));
        }
        for (ExceptionLevel mpu : MPUS) newOverlaps(mpu, eff);
        for (ExceptionLevel mpu : MPUS) newWritableExecutable(mpu, eff);
    }

    private void newOverlaps(ExceptionLevel mpu, RegisterBank eff) {
        RegionLookup now = after.overlaps[mpu.number()];
        RegionLookup was = before.overlaps[mpu.number()];
        if (now == null || !now.hasOverlaps() || now == was) return;
        List<int[]> old = was == null ? List.of() : was.overlappingPairs();
        for (int[] p : now.overlappingPairs()) {
            if (contains(old, p)) continue;
            int a = p[0];
            int b = p[1];
            found.add(new Finding(HazardCode.REGION_OVERLAP, String.format(
                "%s MPU regions %d (%s) and %d (%s) overlap: every access to the overlap takes a translation fault",
                mpu, a, range(eff.prbar(mpu, a), eff.prlar(mpu, a)), b, range(eff.prbar(mpu, b), eff.prlar(mpu, b))),
                mpu, a));
        }
    }

    private static boolean contains(List<int[]> pairs, int[] pair) {
        for (int[] p : pairs) {
            if (p[0] == pair[0] && p[1] == pair[1]) return true;
        }
        return false;
    }

    /** A region writable and executable now is reported unless it was so before, with the same WXN. */
    private void newWritableExecutable(ExceptionLevel mpu, RegisterBank eff) {
        int i = mpu.number();
        RegionLookup now = after.stage1[i];
        if (now == null) return;
        RegionLookup was = before.stage1[i];
        boolean sameWxn = before.wxn[i] == after.wxn[i];
        if (now == was && sameWxn) return;
        HazardCode code = after.wxn[i] ? HazardCode.WXN_WRITABLE_EXECUTABLE : HazardCode.WRITABLE_EXECUTABLE;
        for (int r = now.nextWritableExecutable(0); r >= 0; r = now.nextWritableExecutable(r + 1)) {
            if (was != null && sameWxn && was.writableExecutable(r)) continue;
            String text = code == HazardCode.WXN_WRITABLE_EXECUTABLE
                ? "is writable and executable but SCTLR_%s.WXN = 1 makes it execute-never: code there cannot run"
                : "is writable and executable";
            found.add(new Finding(code, String.format("%s MPU region %d (%s) " + text, mpu, r,
                range(eff.prbar(mpu, r), eff.prlar(mpu, r)), mpu), mpu, r));
        }
    }

    Finding accessBeforeSync(AccessOutcome effective, AccessOutcome architectural) {
        return new Finding(HazardCode.ACCESS_BEFORE_SYNC, String.format(
            "%s is decided by the old MPU state; once the %d pending write(s) take effect (DSB + ISB) it would be: %s",
            effective.describe(), registers.pendingWrites().size(), architectural.describe()),
            null, effective.stage1Region());
    }

    private static String range(long prbar, long prlar) {
        return String.format("0x%X-0x%X", RegionBits.base(prbar), RegionBits.limit(prlar));
    }
}

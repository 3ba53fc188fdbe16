package dev.mpuworkbench.emulator.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.mpu.AccessChecker;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionBits;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The PC and SP hazards against fresh access checks made by the test: a region write reports the region that decides
 * the current level's fetch or push, a synchronisation reports a fetch or push that passed before and faults after.
 * Random programs move the PC, the SP and the level between writes and synchronisations (sometimes the same PC or SP
 * at every level, so that only the level changes), so that results the machine remembers from an earlier check go
 * stale unless it notices.
 */
class PcSpHazardReferenceTest {
    private static final List<ExceptionLevel> MPUS = List.of(ExceptionLevel.EL1, ExceptionLevel.EL2);
    private static final int REGIONS = 8;

    @Test
    void reportsTheRegionsThatDecideThePcAndTheStack() {
        Random random = new Random(11);
        Machine m = new Machine(new MachineConfig(REGIONS, REGIONS, true));
        List<String> reported = new ArrayList<>();
        m.addListener(e -> {
            if (e instanceof HazardEvent h && relevant(h.code())) reported.add(h.code() + " " + h.region());
        });
        int nonEmpty = 0;
        for (int step = 0; step < 20_000; step++) {
            int k = random.nextInt(24);
            ExceptionLevel mpu = MPUS.get(random.nextInt(2));
            List<String> expected = new ArrayList<>();
            reported.clear();
            if (k < 8) {
                int region = random.nextInt(REGIONS);
                boolean base = random.nextBoolean();
                long value = base ? random.nextInt(4) * 0x1000L | random.nextInt(16)
                    : (random.nextInt(4) * 0x1000L + 0xFC0) | random.nextInt(2);
                m.write(SysRegs.prselr(mpu), region);
                m.isb();
                reported.clear();
                SysReg register = base ? SysRegs.prbar(mpu, 0) : SysRegs.prlar(mpu, 0);
                long old = m.read(register);
                reported.clear();
                if (old != value) covering(m, mpu, region, expected);
                m.write(register, value);
            } else if (k < 10) {
                long value = random.nextInt(1 << REGIONS);
                RegisterBank arch = m.registers().architectural();
                RegisterBank eff = m.registers().effective();
                for (int r = 0; r < REGIONS; r++) {
                    boolean was = RegionBits.enabled(arch.prlar(mpu, r)) || RegionBits.enabled(eff.prlar(mpu, r));
                    if (was && ((value >>> r) & 1) == 0) covering(m, mpu, r, expected);
                }
                m.write(SysRegs.prenr(mpu), value);
            } else if (k < 12) {
                ControlRegister c = List.of(ControlRegister.SCTLR_EL1, ControlRegister.SCTLR_EL2,
                    ControlRegister.HCR_EL2, ControlRegister.VTCR_EL2).get(random.nextInt(4));
                long on = c == ControlRegister.VTCR_EL2 ? ControlRegister.VTCR_MSA : 1;
                m.write(SysRegs.control(c), random.nextInt(4) == 0 ? 0 : on);
                if (random.nextBoolean()) synchronise(m, random, expected);
            } else if (k < 14) {
                m.dsb();
            } else if (k < 18) {
                synchronise(m, random, expected);
            } else {
                long address = random.nextInt(5) == 0 ? Machine.NO_ADDRESS : random.nextInt(0x5000) & ~0xFL;
                boolean everyLevel = random.nextInt(3) == 0;
                for (ExceptionLevel el : ExceptionLevel.values()) {
                    if (!everyLevel && el != ExceptionLevel.of(random.nextInt(3))) continue;
                    if (k < 21) m.setPc(el, address);
                    else m.setSp(el, address == Machine.NO_ADDRESS ? address : address + 0x10);
                }
            }
            assertEquals(expected, reported, "step " + step);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 200, "only " + nonEmpty + " steps reported something");
    }

    /** An ISB or an exception entry or return, with the PC_NOT_COVERED / SP_NOT_COVERED it must report. */
    private static void synchronise(Machine m, Random random, List<String> expected) {
        int[] before = states(m);
        if (random.nextInt(4) != 0) m.isb();
        else m.enterLevel(ExceptionLevel.of(random.nextInt(3)));
        int[] after = statesAt(m, levelBefore(before));
        if (before[0] == 1 && after[0] == 0) expected.add(HazardCode.PC_NOT_COVERED + " -1");
        if (before[1] == 1 && after[1] == 0) expected.add(HazardCode.SP_NOT_COVERED + " -1");
    }

    private static boolean relevant(HazardCode code) {
        return code == HazardCode.PC_REGION_CHANGED || code == HazardCode.SP_REGION_CHANGED
            || code == HazardCode.PC_NOT_COVERED || code == HazardCode.SP_NOT_COVERED;
    }

    /** PC_REGION_CHANGED / SP_REGION_CHANGED when {@code region} of {@code mpu} decides the fetch or the push. */
    private static void covering(Machine m, ExceptionLevel mpu, int region, List<String> expected) {
        ExceptionLevel el = m.level();
        if (m.pc(el) != Machine.NO_ADDRESS && deciding(m, mpu, AccessType.EXECUTE, m.pc(el)) == region) {
            expected.add(HazardCode.PC_REGION_CHANGED + " " + region);
        }
        if (m.sp(el) != Machine.NO_ADDRESS && deciding(m, mpu, AccessType.WRITE, m.sp(el) - 16) == region) {
            expected.add(HazardCode.SP_REGION_CHANGED + " " + region);
        }
    }

    private static int deciding(Machine m, ExceptionLevel mpu, AccessType type, long address) {
        AccessOutcome o = new AccessOutcome();
        AccessChecker.check(m.registers().effective(), m.level(), type, address, o);
        if (mpu == ExceptionLevel.EL2) return m.level() == ExceptionLevel.EL2 ? o.stage1Region() : o.stage2Region();
        return m.level() == ExceptionLevel.EL2 ? -1 : o.stage1Region();
    }

    /** PC and SP state (1 fine, 0 faults, -1 unknown) at the current level, and the level. */
    private static int[] states(Machine m) {
        return statesAt(m, m.level());
    }

    private static ExceptionLevel levelBefore(int[] states) {
        return ExceptionLevel.of(states[2]);
    }

    private static int[] statesAt(Machine m, ExceptionLevel el) {
        RegisterBank eff = m.registers().effective();
        AccessOutcome o = new AccessOutcome();
        int pc = -1;
        if (m.pc(el) != Machine.NO_ADDRESS) {
            AccessChecker.check(eff, el, AccessType.EXECUTE, m.pc(el), o);
            pc = o.allowed() ? 1 : 0;
        }
        int sp = -1;
        if (m.sp(el) != Machine.NO_ADDRESS) {
            AccessChecker.check(eff, el, AccessType.WRITE, m.sp(el) - 16, o);
            boolean fine = o.allowed();
            if (fine) {
                AccessChecker.check(eff, el, AccessType.READ, m.sp(el) - 16, o);
                fine = o.allowed();
            }
            sp = fine ? 1 : 0;
        }
        return new int[] {pc, sp, el.number()};
    }
}

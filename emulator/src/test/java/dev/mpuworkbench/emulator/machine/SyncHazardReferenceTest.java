package dev.mpuworkbench.emulator.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionBits;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The overlap and writable+executable hazards of a synchronisation against a recomputation from the register values
 * before and after it: exactly the conditions that newly hold are reported, in order (overlaps of the EL1 MPU, of the
 * EL2 MPU, then writable+executable regions of each). Random programs reach configurations again and again, which is
 * where the detector reuses what it observed before.
 */
class SyncHazardReferenceTest {
    private static final List<ExceptionLevel> MPUS = List.of(ExceptionLevel.EL1, ExceptionLevel.EL2);

    @ParameterizedTest(name = "{0} regions per MPU")
    @ValueSource(ints = {4, 16, 70})
    void reportsWhatNewlyHoldsAfterEachSynchronisation(int regions) {
        Random random = new Random(regions);
        Machine m = new Machine(new MachineConfig(regions, regions, true));
        List<String> reported = new ArrayList<>();
        m.addListener(e -> {
            if (e instanceof HazardEvent h && relevant(h.code())) reported.add(h.code() + " " + h.mpu() + " " + h.region());
        });
        int syncs = 0;
        int nonEmpty = 0;
        for (int step = 0; step < 6000; step++) {
            int k = random.nextInt(20);
            ExceptionLevel mpu = MPUS.get(random.nextInt(2));
            if (k < 10) {
                int region = random.nextInt(8) == 0 ? regions - 1 : random.nextInt(Math.min(regions, 6));
                long base = random.nextInt(6) * 0x1000L;
                m.write(SysRegs.prselr(mpu), region);
                m.write(SysRegs.prbar(mpu, 0), base | random.nextInt(16));
                m.write(SysRegs.prlar(mpu, 0), (base + random.nextInt(3) * 0x1000L) | 0xFC0 | random.nextInt(2));
            } else if (k < 12) {
                m.write(SysRegs.prenr(mpu), random.nextInt(64));
            } else if (k < 14) {
                ControlRegister c = List.of(ControlRegister.SCTLR_EL1, ControlRegister.SCTLR_EL2,
                    ControlRegister.HCR_EL2, ControlRegister.VTCR_EL2).get(random.nextInt(4));
                long value = switch (c) {
                    case HCR_EL2 -> random.nextInt(2);
                    case VTCR_EL2 -> random.nextInt(3) == 0 ? ControlRegister.VTCR_MSA : 0;
                    default -> random.nextInt(2) | (random.nextBoolean() ? ControlRegister.SCTLR_WXN : 0);
                };
                m.write(SysRegs.control(c), value);
            } else if (k < 16) {
                m.dsb();
            } else {
                List<String> expected = new ArrayList<>();
                State before = State.of(m.registers().effective());
                reported.clear();
                if (k < 19) m.isb();
                else m.enterLevel(ExceptionLevel.of(random.nextInt(3)));
                State after = State.of(m.registers().effective());
                for (ExceptionLevel el : MPUS) {
                    for (String pair : after.overlaps.get(el.number())) {
                        if (!before.overlaps.get(el.number()).contains(pair)) {
                            expected.add("REGION_OVERLAP " + el + " " + pair.split(",")[0]);
                        }
                    }
                }
                for (ExceptionLevel el : MPUS) {
                    for (String wx : after.writableExecutable.get(el.number())) {
                        if (!before.writableExecutable.get(el.number()).contains(wx)) expected.add(wx);
                    }
                }
                assertEquals(expected, reported, "synchronisation " + syncs);
                syncs++;
                if (!expected.isEmpty()) nonEmpty++;
            }
        }
        assertTrue(nonEmpty > 50, "only " + nonEmpty + " synchronisations reported something");
    }

    private static boolean relevant(HazardCode code) {
        return code == HazardCode.REGION_OVERLAP || code == HazardCode.WRITABLE_EXECUTABLE
            || code == HazardCode.WXN_WRITABLE_EXECUTABLE;
    }

    /** Per MPU: overlapping pairs "a,b" (when overlaps matter) and "CODE EL r" for writable+executable regions. */
    private record State(List<Set<String>> overlaps, List<Set<String>> writableExecutable) {
        static State of(RegisterBank bank) {
            List<Set<String>> overlaps = List.of(Set.of(), new LinkedHashSet<>(), new LinkedHashSet<>());
            List<Set<String>> wx = List.of(Set.of(), new LinkedHashSet<>(), new LinkedHashSet<>());
            boolean vm = (bank.control(ControlRegister.HCR_EL2) & ControlRegister.HCR_VM) != 0;
            for (ExceptionLevel mpu : MPUS) {
                long sctlr = bank.control(mpu == ExceptionLevel.EL2 ? ControlRegister.SCTLR_EL2 : ControlRegister.SCTLR_EL1);
                boolean stage1 = (sctlr & ControlRegister.SCTLR_M) != 0 && (mpu == ExceptionLevel.EL2
                    || (bank.control(ControlRegister.VTCR_EL2) & ControlRegister.VTCR_MSA) == 0);
                boolean overlapsMatter = stage1 || (mpu == ExceptionLevel.EL2 && vm);
                int n = bank.regionCount(mpu);
                for (int a = 0; a < n; a++) {
                    long barA = bank.prbar(mpu, a);
                    long larA = bank.prlar(mpu, a);
                    if (!RegionBits.enabled(larA)) continue;
                    if (stage1 && RegionBits.ap(barA) < 2 && (RegionBits.xn(barA) & 2) == 0) {
                        boolean wxn = (sctlr & ControlRegister.SCTLR_WXN) != 0;
                        wx.get(mpu.number()).add((wxn ? HazardCode.WXN_WRITABLE_EXECUTABLE
                            : HazardCode.WRITABLE_EXECUTABLE) + " " + mpu + " " + a);
                    }
                    for (int b = a + 1; overlapsMatter && b < n; b++) {
                        long barB = bank.prbar(mpu, b);
                        long larB = bank.prlar(mpu, b);
                        if (RegionBits.enabled(larB) && Math.max(RegionBits.base(barA), RegionBits.base(barB))
                            <= Math.min(RegionBits.limit(larA), RegionBits.limit(larB))) {
                            overlaps.get(mpu.number()).add(a + "," + b);
                        }
                    }
                }
            }
            return new State(overlaps, wx);
        }
    }
}

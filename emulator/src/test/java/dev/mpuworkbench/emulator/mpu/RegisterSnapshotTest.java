package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Snapshots share the register values they have in common with earlier ones; restoring any of them, in any order and
 * after any later writes, gives back exactly what was there, architectural and effective, with the pending writes.
 */
class RegisterSnapshotTest {
    @Test
    void everySnapshotRestoresWhatItSaw() {
        Random random = new Random(9);
        RegisterFile regs = new RegisterFile(8, 8, 0);
        List<RegisterFile.State> states = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int step = 0; step < 4000; step++) {
            ExceptionLevel mpu = random.nextBoolean() ? ExceptionLevel.EL1 : ExceptionLevel.EL2;
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    regs.write(SysRegs.prselr(mpu), random.nextInt(8));
                    regs.write(SysRegs.prbar(mpu, 0), random.nextInt(4) * 0x1000L | 0x32);
                }
                case 2 -> regs.write(SysRegs.prlar(mpu, 0), random.nextInt(4) * 0x1000L | 0xFC0 | random.nextInt(2));
                case 3 -> regs.write(SysRegs.control(ControlRegister.SCTLR_EL2), random.nextInt(2));
                case 4 -> regs.dsb();
                case 5 -> regs.isb();
                case 6 -> {
                    states.add(regs.snapshot());
                    seen.add(describe(regs));
                }
                default -> {
                    if (!states.isEmpty()) {
                        int i = random.nextInt(states.size());
                        regs.restore(states.get(i));
                        assertEquals(seen.get(i), describe(regs), "snapshot " + i);
                    }
                }
            }
        }
        for (int i = states.size() - 1; i >= 0; i--) {
            regs.restore(states.get(i));
            assertEquals(seen.get(i), describe(regs), "snapshot " + i);
        }
    }

    private static String describe(RegisterFile regs) {
        return regs.regions(ExceptionLevel.EL1) + " " + regs.regions(ExceptionLevel.EL2) + " "
            + regs.effective().control(ControlRegister.SCTLR_EL2) + " "
            + regs.architectural().control(ControlRegister.SCTLR_EL2) + " " + regs.pendingWrites() + " "
            + regs.prselr(ExceptionLevel.EL1) + " " + regs.prselr(ExceptionLevel.EL2) + " "
            + regs.selectorSynchronized(ExceptionLevel.EL1) + " " + regs.selectorSynchronized(ExceptionLevel.EL2)
            + " " + regs.effective().lookup(ExceptionLevel.EL2).hasOverlaps();
    }
}

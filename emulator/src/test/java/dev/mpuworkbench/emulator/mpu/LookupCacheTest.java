package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Region configurations that come back reuse their lookup; any difference gets a lookup of its own. */
class LookupCacheTest {
    @Test
    void aConfigurationThatComesBackReusesItsLookup() {
        RegisterFile regs = Registers.fvp();
        Registers.region(regs, ExceptionLevel.EL2, 0, 0x1000 | 0x32, 0x1FC1);
        RegionLookup first = regs.effective().lookup(ExceptionLevel.EL2);
        Registers.region(regs, ExceptionLevel.EL2, 1, 0x4000 | 0x32, 0x4FC1);
        RegionLookup second = regs.effective().lookup(ExceptionLevel.EL2);
        assertNotSame(first, second);
        regs.write(SysRegs.prenr(ExceptionLevel.EL2), 0b01);
        Registers.sync(regs);
        assertSame(first, regs.effective().lookup(ExceptionLevel.EL2), "region 1 disabled: only region 0 counts");
        regs.write(SysRegs.prenr(ExceptionLevel.EL2), 0b11);
        Registers.sync(regs);
        assertSame(second, regs.effective().lookup(ExceptionLevel.EL2), "PRENR re-enables region 1");
        Registers.region(regs, ExceptionLevel.EL2, 1, 0x5000 | 0x32, 0x5FC1);
        assertNotSame(second, regs.effective().lookup(ExceptionLevel.EL2));
        assertSame(regs.effective().lookup(ExceptionLevel.EL2), regs.architectural().lookup(ExceptionLevel.EL2),
            "both banks of a register file share their lookups");
    }

    @Test
    void lookupsFollowEveryWriteEvenWhenTheyComeFromTheCache() {
        Random random = new Random(5);
        RegisterFile regs = new RegisterFile(8, 8, 0);
        long[][] values = new long[8][2];
        for (int step = 0; step < 3000; step++) {
            int r = random.nextInt(8);
            if (random.nextInt(6) == 0) {
                long bits = random.nextInt(256);
                regs.write(SysRegs.prenr(ExceptionLevel.EL1), bits);
                for (int k = 0; k < 8; k++) values[k][1] = (values[k][1] & ~1L) | ((bits >>> k) & 1);
            } else {
                long base = random.nextInt(4) * 0x1000L;
                values[r][0] = base | 0x32;
                values[r][1] = (base + random.nextInt(2) * 0x1000L) | 0xFC0 | random.nextInt(2);
                regs.write(SysRegs.prselr(ExceptionLevel.EL1), r);
                regs.write(SysRegs.prbar(ExceptionLevel.EL1, 0), values[r][0]);
                regs.write(SysRegs.prlar(ExceptionLevel.EL1, 0), values[r][1]);
            }
            Registers.sync(regs);
            long[] prbar = new long[8];
            long[] prlar = new long[8];
            for (int k = 0; k < 8; k++) {
                prbar[k] = values[k][0];
                prlar[k] = values[k][1];
            }
            RegionLookup fresh = RegionLookup.build(prbar, prlar, 8);
            RegionLookup used = regs.effective().lookup(ExceptionLevel.EL1);
            for (long a = 0; a < 0x6000; a += 0x800) assertArrayEquals(fresh.matches(a), used.matches(a), "at " + a);
        }
    }
}

package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegisterFileTest {
    static Stream<Arguments> aliasCases() {
        return Stream.of(ExceptionLevel.EL1, ExceptionLevel.EL2).flatMap(el -> Stream.of(0x00, 0x10, 0x20)
            .flatMap(sel -> IntStream.rangeClosed(1, 15).mapToObj(n -> Arguments.of(el, sel, n))));
    }

    @ParameterizedTest(name = "{0} PRSELR=0x{1} n={2}")
    @MethodSource("aliasCases")
    void aliasWritesReachSelectorHighNibbleAndN(ExceptionLevel el, int selector, int n) {
        RegisterFile regs = new RegisterFile(48, 48, 0);
        int region = (selector & 0xF0) | n;
        long prbar = 0x4000_0000L + ((long) region << 12) | 0x32;
        long prlar = 0x4000_0FC0L + ((long) region << 12) | 0x0F;
        regs.write(SysRegs.prselr(el), selector);
        regs.isb();
        assertTrue(regs.write(SysRegs.prbar(el, n), prbar));
        assertTrue(regs.write(SysRegs.prlar(el, n), prlar));
        assertEquals(region, regs.targetRegion(SysRegs.prbar(el, n)));
        // read back through the alias ...
        assertEquals(prbar, regs.read(SysRegs.prbar(el, n)));
        assertEquals(prlar, regs.read(SysRegs.prlar(el, n)));
        // ... and through the unsuffixed registers with PRSELR = region
        regs.write(SysRegs.prselr(el), region);
        regs.isb();
        assertEquals(prbar, regs.read(SysRegs.prbar(el, 0)));
        assertEquals(prlar, regs.read(SysRegs.prlar(el, 0)));
        assertEquals(prbar, regs.architectural().prbar(el, region));
        // no other region was touched, the other MPU neither
        for (int r = 0; r < 48; r++) {
            if (r != region) assertEquals(0, regs.architectural().prbar(el, r), "region " + r);
        }
        ExceptionLevel other = el == ExceptionLevel.EL1 ? ExceptionLevel.EL2 : ExceptionLevel.EL1;
        assertEquals(0, regs.architectural().prbar(other, region));
        // PRENR shows the enable bit for regions below 32 only
        long expectedPrenr = region < 32 ? 1L << region : 0;
        assertEquals(expectedPrenr, regs.read(SysRegs.prenr(el)));
    }

    @ParameterizedTest(name = "{0} PRSELR=0x{1} n={2} beyond 32 regions")
    @MethodSource("aliasCases")
    void aliasAccessBeyondTheImplementedRegionsIsIgnoredAndReadsZero(ExceptionLevel el, int selector, int n) {
        RegisterFile regs = Registers.fvp();
        int region = (selector & 0xF0) | n;
        regs.write(SysRegs.prselr(el), selector);
        boolean written = regs.write(SysRegs.prbar(el, n), 0x1000);
        assertEquals(region < 32, written);
        assertEquals(region >= 32, regs.outOfRange(SysRegs.prbar(el, n)));
        assertEquals(region < 32 ? 0x1000 : 0, regs.read(SysRegs.prbar(el, n)));
        assertEquals(region < 32 ? 1 : 0, regs.pendingWrites().size());
    }

    @Test
    void unsuffixedRegistersUseTheWholeSelector() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prselr(ExceptionLevel.EL2), 0x13);
        regs.write(SysRegs.prbar(ExceptionLevel.EL2, 0), 0x1300);
        regs.write(SysRegs.prbar(ExceptionLevel.EL2, 1), 0x1100);
        assertEquals(0x1300, regs.architectural().prbar(ExceptionLevel.EL2, 0x13));
        assertEquals(0x1100, regs.architectural().prbar(ExceptionLevel.EL2, 0x11));
        assertEquals(0x13, regs.read(SysRegs.prselr(ExceptionLevel.EL2)));
    }

    @Test
    void prselrKeepsEightBitsEvenBeyondTheRegionCount() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prselr(ExceptionLevel.EL1), 0x1F5);
        assertEquals(0xF5, regs.read(SysRegs.prselr(ExceptionLevel.EL1)));
        assertTrue(regs.outOfRange(SysRegs.prlar(ExceptionLevel.EL1, 0)));
        assertEquals(0, regs.read(SysRegs.prlar(ExceptionLevel.EL1, 0)));
        assertFalse(regs.write(SysRegs.prlar(ExceptionLevel.EL1, 0), 0xFFC1));
    }

    @Test
    void prenrIsAViewOfTheEnableBits() {
        RegisterFile regs = Registers.fvp();
        ExceptionLevel el = ExceptionLevel.EL2;
        Registers.region(regs, el, 3, 0x1000, 0x1FC1);
        Registers.region(regs, el, 31, 0x8000, 0x8FC0);
        assertEquals(1L << 3, regs.read(SysRegs.prenr(el)));
        regs.write(SysRegs.prenr(el), (1L << 31) | (1L << 40));
        assertEquals(0x8FC1, regs.architectural().prlar(el, 31), "EN set, the rest kept");
        assertEquals(0x1FC0, regs.architectural().prlar(el, 3), "EN cleared, limit kept");
        assertEquals(1L << 31, regs.read(SysRegs.prenr(el)), "bits beyond the regions are RAZ/WI");
        assertEquals(0x1FC1, regs.effective().prlar(el, 3), "not effective before DSB + ISB");
        Registers.sync(regs);
        assertEquals(0x1FC0, regs.effective().prlar(el, 3));
        assertEquals(1L << 31, regs.effective().prenr(el));
    }

    @Test
    void prenrOfASmallMpuHasOnlyItsRegionsBits() {
        RegisterFile regs = new RegisterFile(8, 16, 0);
        regs.write(SysRegs.prenr(ExceptionLevel.EL1), -1L);
        regs.write(SysRegs.prenr(ExceptionLevel.EL2), -1L);
        assertEquals(0xFF, regs.read(SysRegs.prenr(ExceptionLevel.EL1)));
        assertEquals(0xFFFF, regs.read(SysRegs.prenr(ExceptionLevel.EL2)));
    }

    @Test
    void prenrDoesNotReachRegionsFrom32() {
        RegisterFile regs = new RegisterFile(64, 64, 0);
        Registers.region(regs, ExceptionLevel.EL2, 40, 0x1000, 0x1FC1);
        regs.write(SysRegs.prenr(ExceptionLevel.EL2), 0);
        assertEquals(0x1FC1, regs.architectural().prlar(ExceptionLevel.EL2, 40));
    }

    @Test
    void mpuirAndIdRegisterAreReadOnly() {
        RegisterFile regs = new RegisterFile(24, 16, 0x2F_0000_0000_0005L);
        assertEquals(16, regs.read(SysRegs.mpuir(ExceptionLevel.EL2)));
        assertEquals(24, regs.read(SysRegs.mpuir(ExceptionLevel.EL1)));
        assertFalse(regs.write(SysRegs.mpuir(ExceptionLevel.EL2), 99));
        assertEquals(16, regs.read(SysRegs.mpuir(ExceptionLevel.EL2)));
        assertEquals(0x2F_0000_0000_0005L, regs.read(SysRegs.idAa64mmfr0()));
        assertFalse(regs.write(SysRegs.idAa64mmfr0(), 0));
        assertFalse(regs.hasPendingWrites());
    }

    @Test
    void res0BitsAreDroppedOnWrite() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prbar(ExceptionLevel.EL2, 0), 0xFFFF_1234_5678_9ABFL);
        regs.write(SysRegs.prlar(ExceptionLevel.EL2, 0), 0xFFFF_1234_5678_9AFFL);
        assertEquals(0x1234_5678_9ABFL, regs.read(SysRegs.prbar(ExceptionLevel.EL2, 0)));
        assertEquals(0x1234_5678_9ADFL, regs.read(SysRegs.prlar(ExceptionLevel.EL2, 0)), "bit 5 is RES0");
    }

    @Test
    void controlRegistersStoreWholeValues() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.parse("VSCTLR_EL2"), 7L << 48);
        regs.write(SysRegs.parse("S3_4_C10_C2_0"), MemoryAttribute.XEN_MAIR);
        assertEquals(7, ControlRegister.vmid(regs.read(SysRegs.parse("S3_4_C2_C0_0"))));
        assertEquals(MemoryAttribute.XEN_MAIR, regs.read(SysRegs.parse("MAIR_EL2")));
    }

    @Test
    void snapshotRestoresEverything() {
        RegisterFile regs = Registers.fvp();
        Registers.region(regs, ExceptionLevel.EL2, 1, 0x1000, 0x1FC1);
        regs.write(SysRegs.prselr(ExceptionLevel.EL2), 5);
        regs.write(SysRegs.prbar(ExceptionLevel.EL2, 0), 0x5000);
        RegisterFile.State saved = regs.snapshot();
        regs.dsb();
        regs.isb();
        regs.write(SysRegs.prselr(ExceptionLevel.EL2), 9);
        Registers.region(regs, ExceptionLevel.EL2, 1, 0, 0);
        regs.restore(saved);
        assertEquals(5, regs.prselr(ExceptionLevel.EL2));
        assertFalse(regs.selectorSynchronized(ExceptionLevel.EL2));
        assertEquals(1, regs.pendingWrites().size());
        assertEquals(0x5000, regs.architectural().prbar(ExceptionLevel.EL2, 5));
        assertEquals(0, regs.effective().prbar(ExceptionLevel.EL2, 5));
        assertEquals(0x1FC1, regs.effective().prlar(ExceptionLevel.EL2, 1));
        assertEquals(1, regs.effective().lookup(ExceptionLevel.EL2).singleRegion(
            regs.effective().lookup(ExceptionLevel.EL2).segment(0x1800)));
    }
}

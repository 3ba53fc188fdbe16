package dev.mpuworkbench.emulator.mpu;

import static dev.mpuworkbench.emulator.mpu.AccessType.EXECUTE;
import static dev.mpuworkbench.emulator.mpu.AccessType.READ;
import static dev.mpuworkbench.emulator.mpu.AccessType.WRITE;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL0;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL1;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage-1 EL2 checks: matching, faults and their exact syndromes. */
class AccessCheckerTest {
    static final long TEXT = 0x0020_0000L;
    static final long RODATA = 0x0021_0000L;
    static final long DATA = 0x0021_8000L;
    static final long UART = 0x9C09_0000L;
    static final long UNMAPPED = 0x4000_0000L;

    private RegisterFile regs;

    @BeforeEach
    void xenBootRegions() {
        regs = Registers.fvp();
        Registers.region(regs, EL2, 0, TEXT | 0x38, (RODATA - 1) & ~0x3FL | 0x0F);
        Registers.region(regs, EL2, 1, RODATA | 0x3A, (DATA - 1) & ~0x3FL | 0x0F);
        Registers.region(regs, EL2, 2, DATA | 0x32, (0x0022_0000L - 1) & ~0x3FL | 0x0F);
        Registers.region(regs, EL2, 5, UART | 0x22, (UART + 0xFFF) & ~0x3FL | 0x09);
        Registers.control(regs, ControlRegister.SCTLR_EL2,
            ControlRegister.SCTLR_M | ControlRegister.SCTLR_C | ControlRegister.SCTLR_WXN);
    }

    private AccessResult check(ExceptionLevel el, AccessType type, long address) {
        AccessOutcome out = new AccessOutcome();
        AccessChecker.check(regs.effective(), el, type, address, out);
        return out.toResult();
    }

    @ParameterizedTest(name = "EL2 {0} 0x{1}")
    @CsvSource({
        "READ, 200000, 0", "EXECUTE, 200000, 0", "READ, 20FFFF, 0", "EXECUTE, 20FFC0, 0",
        "READ, 210000, 1", "READ, 217FFF, 1",
        "READ, 218000, 2", "WRITE, 21FFFF, 2",
        "READ, 9C090000, 5", "WRITE, 9C090FFF, 5"})
    void allowedAccessesNameTheirRegion(AccessType type, String hex, int region) {
        AccessResult r = check(EL2, type, Long.parseLong(hex, 16));
        assertTrue(r.allowed(), r.toString());
        assertEquals(StageResolution.REGION, r.stage1());
        assertEquals(region, r.stage1Region());
        assertEquals(List.of(region), r.stage1Matches());
        assertEquals(StageResolution.NOT_APPLIED, r.stage2());
        assertEquals(FaultKind.NONE, r.faultKind());
        assertEquals(0, r.faultStage());
        assertNull(r.targetLevel());
    }

    @ParameterizedTest(name = "EL2 {0} 0x{1} -> ESR 0x{2}")
    @CsvSource({
        // permission faults, same level: data abort EC 0x25, instruction abort EC 0x21, IL = 1, FSC 0x0C
        "WRITE,   210000,   9600004C, PERMISSION",   // rodata is read-only
        "WRITE,   200040,   9600004C, PERMISSION",   // text is read-only
        "EXECUTE, 210000,   8600000C, PERMISSION",   // rodata XN
        "EXECUTE, 218000,   8600000C, PERMISSION",   // data XN
        "EXECUTE, 9C090000, 8600000C, PERMISSION",   // device XN
        // translation faults level 0 (no region): FSC 0x04, WnR for the write
        "READ,    40000000, 96000004, TRANSLATION",
        "WRITE,   40000000, 96000044, TRANSLATION",
        "EXECUTE, 40000000, 86000004, TRANSLATION",
        "READ,    9C091000, 96000004, TRANSLATION",  // one granule past the UART region
        "READ,    1FFFFF,   96000004, TRANSLATION"}) // one byte below text
    void faultsCarryTheExactSyndrome(AccessType type, String address, String esr, FaultKind kind) {
        long addr = Long.parseLong(address, 16);
        AccessResult r = check(EL2, type, addr);
        assertFalse(r.allowed());
        assertEquals(kind, r.faultKind());
        assertEquals(Long.parseLong(esr, 16), r.esr(), () -> Long.toHexString(r.esr()));
        assertEquals(addr, r.far());
        assertEquals(1, r.faultStage());
        assertEquals(EL2, r.targetLevel());
        assertFalse(r.hpfarValid(), "HPFAR only for stage-2 faults");
        assertEquals(0, r.hpfar());
    }

    @Test
    void limitIsInclusiveOfItsWholeGranule() {
        // UART region PRLAR limit field 0x9C090FC0: covers up to 0x9C090FFF
        assertTrue(check(EL2, READ, 0x9C09_0FFFL).allowed());
        assertFalse(check(EL2, READ, 0x9C09_1000L).allowed());
        assertEquals(0x9C09_0FFFL, RegionBits.limit(regs.effective().prlar(EL2, 5)));
    }

    @Test
    void twoMatchingRegionsFaultAsTranslationAndAreBothNamed() {
        Registers.region(regs, EL2, 7, 0x0021_4000L | 0x32, 0x0021_BFC0L | 0x0F);
        AccessResult r = check(EL2, READ, 0x0021_5000L);
        assertFalse(r.allowed());
        assertEquals(StageResolution.MULTIPLE_MATCH, r.stage1());
        assertEquals(FaultKind.TRANSLATION, r.faultKind());
        assertEquals(0x96000004L, r.esr());
        assertEquals(List.of(1, 7), r.stage1Matches());
        assertEquals(-1, r.stage1Region());
        // outside the overlaps, each still works alone; region 7 also overlaps data (region 2)
        assertTrue(check(EL2, READ, 0x0021_3000L).allowed());
        assertTrue(check(EL2, READ, 0x0021_C000L).allowed());
        assertEquals(List.of(2, 7), check(EL2, WRITE, 0x0021_B000L).stage1Matches());
    }

    @Test
    void disabledAndEmptyRegionsMatchNothing() {
        Registers.region(regs, EL2, 8, UNMAPPED | 0x32, (UNMAPPED + 0xFFFF) & ~0x3FL | 0x0E);
        assertEquals(StageResolution.NO_MATCH, check(EL2, READ, UNMAPPED).stage1());
        Registers.region(regs, EL2, 9, (UNMAPPED + 0x1000) | 0x32, UNMAPPED | 0x0F); // limit below base
        assertEquals(StageResolution.NO_MATCH, check(EL2, READ, UNMAPPED + 0x1000).stage1());
        assertEquals(StageResolution.NO_MATCH, check(EL2, READ, UNMAPPED).stage1());
    }

    @Test
    void mpuOffMeansTheDefaultMap() {
        Registers.control(regs, ControlRegister.SCTLR_EL2, 0);
        AccessResult r = check(EL2, WRITE, UNMAPPED);
        assertTrue(r.allowed());
        assertEquals(StageResolution.MPU_DISABLED, r.stage1());
        assertTrue(check(EL2, EXECUTE, DATA).allowed(), "no XN without the MPU");
    }

    @Test
    void wxnForcesWritableRegionsExecuteNever() {
        long rwx = 0x0030_0000L;
        Registers.region(regs, EL2, 10, rwx | 0x30, rwx | 0xFC0 | 0x0F); // SH=11 AP=00 XN=00
        AccessResult r = check(EL2, EXECUTE, rwx);
        assertEquals(FaultKind.PERMISSION, r.faultKind());
        assertEquals(0x8600000CL, r.esr());
        Registers.control(regs, ControlRegister.SCTLR_EL2, ControlRegister.SCTLR_M);
        assertTrue(check(EL2, EXECUTE, rwx).allowed());
        assertTrue(check(EL2, WRITE, rwx).allowed());
    }

    @Test
    void stage1SharedRegionsWorkAtEl2WhateverApBit0() {
        long shared = 0x0040_0000L;
        Registers.region(regs, EL2, 11, shared | 0x36, shared | 0xFC0 | 0x0F); // AP=01 XN=10 (guest RAM)
        assertTrue(check(EL2, WRITE, shared).allowed());
        assertEquals(0x8600000CL, check(EL2, EXECUTE, shared).esr(), "XN[1] forbids EL2 execution");
        Registers.region(regs, EL2, 12, (shared + 0x1000) | 0x3E, (shared + 0x1FC0) | 0x0F); // AP=11 RO all
        assertEquals(0x9600004CL, check(EL2, WRITE, shared + 0x1000).esr());
    }

    @Test
    void negativeAddressesAreOutsideThePaSpace() {
        AccessResult r = check(EL2, READ, -64);
        assertEquals(StageResolution.NO_MATCH, r.stage1());
        assertEquals(-64, r.far());
    }
}

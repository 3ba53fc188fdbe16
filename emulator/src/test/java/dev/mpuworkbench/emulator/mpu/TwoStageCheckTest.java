package dev.mpuworkbench.emulator.mpu;

import static dev.mpuworkbench.emulator.mpu.AccessType.EXECUTE;
import static dev.mpuworkbench.emulator.mpu.AccessType.READ;
import static dev.mpuworkbench.emulator.mpu.AccessType.WRITE;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL0;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL1;
import static dev.mpuworkbench.emulator.mpu.ExceptionLevel.EL2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EL1/EL0 accesses: the EL1 MPU as stage 1, the EL2 MPU as stage 2, permissions ANDed, syndromes exact. */
class TwoStageCheckTest {
    static final long GUEST_TEXT = 0x1000_0000L;
    static final long GUEST_DATA = 0x1001_0000L;
    static final long USER_RWX = 0x1002_0000L;
    static final long USER_RO = 0x1003_0000L;
    static final long STAGE2_RO = 0x2000_0000L;
    static final long NO_STAGE2 = 0x3000_0000L;
    static final long GUEST_UART = 0x9C0A_0000L;

    private RegisterFile regs;

    @BeforeEach
    void guestOnXen() {
        regs = Registers.fvp();
        // EL2 MPU: Xen text, then the guest's stage-2 regions
        Registers.region(regs, EL2, 0, 0x0020_0000L | 0x38, 0x0020_FFC0L | 0x0F);
        Registers.region(regs, EL2, 6, GUEST_TEXT | 0x36, 0x1FFF_FFC0L | 0x0F);     // RW all, XN[1]: guest RAM
        Registers.region(regs, EL2, 7, STAGE2_RO | 0x3E, 0x2000_FFC0L | 0x0F);      // RO all
        Registers.region(regs, EL2, 8, GUEST_UART | 0x27, 0x9C0A_FFC0L | 0x09);     // RW all, XN[1] XN[0]
        // EL1 MPU: the guest's own regions
        Registers.region(regs, EL1, 0, GUEST_TEXT | 0x38, 0x1000_FFC0L | 0x05);     // EL1 RO, EL0 none, exec
        Registers.region(regs, EL1, 1, GUEST_DATA | 0x32, 0x1001_FFC0L | 0x05);     // EL1 RW, XN
        Registers.region(regs, EL1, 2, USER_RWX | 0x34, 0x1002_FFC0L | 0x05);       // RW all, exec
        Registers.region(regs, EL1, 3, USER_RO | 0x3C, 0x1003_FFC0L | 0x05);        // RO all
        Registers.region(regs, EL1, 4, STAGE2_RO | 0x30, 0x2000_FFC0L | 0x05);      // EL1 RW (stage 2 says RO)
        Registers.region(regs, EL1, 5, NO_STAGE2 | 0x30, 0x3000_FFC0L | 0x05);      // EL1 RW, no stage-2 region
        Registers.region(regs, EL1, 6, GUEST_UART | 0x00, 0x9C0A_FFC0L | 0x01);     // EL1 RW exec (stage 2 says XN)
        Registers.control(regs, ControlRegister.SCTLR_EL2, ControlRegister.SCTLR_M | ControlRegister.SCTLR_WXN);
        Registers.control(regs, ControlRegister.SCTLR_EL1, ControlRegister.SCTLR_M);
        Registers.control(regs, ControlRegister.HCR_EL2, ControlRegister.HCR_VM);
    }

    private AccessResult check(ExceptionLevel el, AccessType type, long address) {
        AccessOutcome out = new AccessOutcome();
        AccessChecker.check(regs.effective(), el, type, address, out);
        return out.toResult();
    }

    @Test
    void allowedAccessNamesBothStages() {
        AccessResult r = check(EL1, EXECUTE, GUEST_TEXT + 0x100);
        assertTrue(r.allowed(), r.toString());
        assertEquals(StageResolution.REGION, r.stage1());
        assertEquals(0, r.stage1Region());
        assertEquals(StageResolution.REGION, r.stage2());
        assertEquals(6, r.stage2Region());
        assertTrue(check(EL0, EXECUTE, USER_RWX).allowed(), "XN[1] of the stage-2 region does not stop the guest");
        assertTrue(check(EL0, WRITE, USER_RWX).allowed());
        assertTrue(check(EL0, READ, USER_RO).allowed());
        assertTrue(check(EL1, READ, STAGE2_RO).allowed(), "read allowed by both stages");
    }

    @ParameterizedTest(name = "{0} {1} 0x{2}: stage {3} to {4}, ESR 0x{5}")
    @CsvSource({
        // stage 1 (EL1 MPU) faults go to EL1: same level for EL1, lower level for EL0
        "EL1, WRITE,   10000000, 1, EL1, 9600004C",   // text is EL1 read-only
        "EL0, READ,    10000000, 1, EL1, 9200000C",   // text: no EL0 access
        "EL0, EXECUTE, 10000000, 1, EL1, 8200000C",
        "EL1, EXECUTE, 10010000, 1, EL1, 8600000C",   // data XN
        "EL1, EXECUTE, 10020000, 1, EL1, 8600000C",   // writable at EL0 => not executable at EL1
        "EL0, WRITE,   10030000, 1, EL1, 9200004C",   // read-only for all
        "EL1, READ,    10050000, 1, EL1, 96000004",   // no EL1 region
        "EL0, WRITE,   10050000, 1, EL1, 92000044",
        // stage 2 (EL2 MPU) faults go to EL2, always from a lower level
        "EL1, WRITE,   20000000, 2, EL2, 9200004C",   // stage 1 RW AND stage 2 RO
        "EL1, READ,    30000000, 2, EL2, 92000004",   // no stage-2 region
        "EL1, WRITE,   30000000, 2, EL2, 92000044",
        "EL1, EXECUTE, 9C0A0000, 2, EL2, 8200000C"})  // stage 2 XN[0]
    void faultsAreTakenByTheRightLevelWithTheExactSyndrome(ExceptionLevel el, AccessType type, String address,
                                                           int stage, ExceptionLevel target, String esr) {
        long addr = Long.parseLong(address, 16);
        AccessResult r = check(el, type, addr);
        assertFalse(r.allowed());
        assertEquals(stage, r.faultStage());
        assertEquals(target, r.targetLevel());
        assertEquals(Long.parseLong(esr, 16), r.esr(), () -> Long.toHexString(r.esr()));
        assertEquals(addr, r.far());
        assertEquals(stage == 2, r.hpfarValid());
        assertEquals(stage == 2 ? (addr >>> 12) << 4 : 0, r.hpfar());
    }

    @Test
    void hpfarHoldsIpaBits47To12InBits39To4() {
        long ipa = 0x8000_1234_5678L;
        assertEquals(0x80_0012_3450L, FaultSyndrome.hpfar(ipa));
        assertEquals(0x20_0000L, check(EL1, WRITE, STAGE2_RO).hpfar());
        assertEquals(0x30_0000L, check(EL1, READ, NO_STAGE2 + 0xABC).hpfar());
    }

    @Test
    void stage2NeverUsesTheBackgroundRegion() {
        Registers.control(regs, ControlRegister.SCTLR_EL2,
            ControlRegister.SCTLR_M | ControlRegister.SCTLR_BR | ControlRegister.SCTLR_WXN);
        AccessResult r = check(EL1, READ, NO_STAGE2);
        assertEquals(StageResolution.NO_MATCH, r.stage2());
        assertEquals(0x92000004L, r.esr());
        assertTrue(check(EL2, READ, NO_STAGE2).allowed(), "while EL2 itself gets the background region");
        assertEquals(StageResolution.BACKGROUND, check(EL2, READ, NO_STAGE2).stage1());
    }

    @Test
    void el1BackgroundRegionIsForEl1OnlyNeverEl0() {
        Registers.control(regs, ControlRegister.SCTLR_EL1, ControlRegister.SCTLR_M | ControlRegister.SCTLR_BR);
        AccessResult el1 = check(EL1, READ, 0x1005_0000L);
        assertTrue(el1.allowed());
        assertEquals(StageResolution.BACKGROUND, el1.stage1());
        assertEquals(6, el1.stage2Region(), "stage 2 still applies");
        AccessResult el0 = check(EL0, READ, 0x1005_0000L);
        assertEquals(StageResolution.NO_MATCH, el0.stage1());
        assertEquals(0x92000004L, el0.esr());
        assertEquals(EL1, el0.targetLevel());
    }

    @Test
    void backgroundNeedsTheMpuOwnLevelAtEl2Too() {
        Registers.control(regs, ControlRegister.SCTLR_EL2, ControlRegister.SCTLR_M | ControlRegister.SCTLR_BR);
        Registers.control(regs, ControlRegister.HCR_EL2, 0);
        Registers.control(regs, ControlRegister.SCTLR_EL1, ControlRegister.SCTLR_M);
        assertEquals(StageResolution.NO_MATCH, check(EL1, READ, 0x1005_0000L).stage1(),
            "SCTLR_EL2.BR does not give EL1 a background region");
    }

    @Test
    void withoutHcrVmThereIsNoStage2() {
        Registers.control(regs, ControlRegister.HCR_EL2, 0);
        AccessResult r = check(EL1, WRITE, NO_STAGE2);
        assertTrue(r.allowed());
        assertEquals(StageResolution.NOT_APPLIED, r.stage2());
        assertTrue(check(EL1, WRITE, STAGE2_RO).allowed());
    }

    @Test
    void el1MpuOffLeavesOnlyStage2() {
        Registers.control(regs, ControlRegister.SCTLR_EL1, 0);
        AccessResult r = check(EL0, WRITE, 0x1005_0000L);
        assertTrue(r.allowed());
        assertEquals(StageResolution.MPU_DISABLED, r.stage1());
        assertEquals(0x9200004CL, check(EL0, WRITE, STAGE2_RO).esr());
    }

    @Test
    void vmsaAtEl1IsNotModelledButStage2Applies() {
        Registers.control(regs, ControlRegister.VTCR_EL2, ControlRegister.VTCR_MSA);
        AccessResult r = check(EL1, WRITE, GUEST_TEXT);
        assertTrue(r.allowed(), "the EL1 MPU's read-only text no longer applies");
        assertEquals(StageResolution.NOT_MODELLED, r.stage1());
        assertEquals(0x9200004CL, check(EL1, WRITE, STAGE2_RO).esr());
    }

    @ParameterizedTest(name = "EL1 MPU AP={0}: EL1 {1}{2}, EL0 {3}{4}")
    @CsvSource({"0, true, true, false, false", "1, true, true, true, true", "2, true, false, false, false",
        "3, true, false, true, false"})
    void el1MpuAccessPermissionTable(int ap, boolean el1Read, boolean el1Write, boolean el0Read, boolean el0Write) {
        Registers.control(regs, ControlRegister.HCR_EL2, 0);
        long base = 0x5000_0000L;
        Registers.region(regs, EL1, 9, base | ((long) ap << 2) | 2, base | 0xFC0 | 0x05);
        assertEquals(el1Read, check(EL1, READ, base).allowed());
        assertEquals(el1Write, check(EL1, WRITE, base).allowed());
        assertEquals(el0Read, check(EL0, READ, base).allowed());
        assertEquals(el0Write, check(EL0, WRITE, base).allowed());
    }

    @ParameterizedTest(name = "EL2 MPU AP={0} as stage 2: read {1}, write {2}; at EL2 write {3}")
    @CsvSource({"0, false, false, true", "1, true, true, true", "2, false, false, false", "3, true, false, false"})
    void stage2AccessPermissionTable(int ap, boolean read, boolean write, boolean el2Write) {
        Registers.control(regs, ControlRegister.SCTLR_EL1, 0);
        long base = 0x5000_0000L;
        Registers.region(regs, EL2, 9, base | ((long) ap << 2) | 2, base | 0xFC0 | 0x0F);
        for (ExceptionLevel el : new ExceptionLevel[] {EL1, EL0}) {
            assertEquals(read, check(el, READ, base).allowed(), el + " read");
            assertEquals(write, check(el, WRITE, base).allowed(), el + " write");
        }
        assertTrue(check(EL2, READ, base).allowed());
        assertEquals(el2Write, check(EL2, WRITE, base).allowed());
    }
}

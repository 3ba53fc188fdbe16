package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes are architectural at once and effective only after the right synchronisation. */
class PendingWritesTest {
    private static final ExceptionLevel EL2 = ExceptionLevel.EL2;

    @Test
    void regionWriteNeedsDsbThenIsb() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prbar(EL2, 0), 0x1000);
        regs.write(SysRegs.prlar(EL2, 0), 0x1FC1);
        assertEquals(0x1FC1, regs.read(SysRegs.prlar(EL2, 0)), "reads see the write at once");
        assertEquals(0, regs.effective().prlar(EL2, 0), "checks do not");

        assertEquals(0, regs.isb(), "an ISB without a DSB commits no region write");
        assertEquals(0, regs.effective().prlar(EL2, 0));
        assertEquals(2, regs.pendingWrites().size());

        regs.dsb();
        assertTrue(regs.pendingWrites().stream().allMatch(PendingWrite::dsbDone));
        assertEquals(0, regs.effective().prlar(EL2, 0), "a DSB alone commits nothing");
        assertEquals(2, regs.isb());
        assertEquals(0x1FC1, regs.effective().prlar(EL2, 0));
        assertEquals(0x1000, regs.effective().prbar(EL2, 0));
        assertFalse(regs.hasPendingWrites());
    }

    @Test
    void aDsbBeforeTheWriteDoesNotCount() {
        RegisterFile regs = Registers.fvp();
        regs.dsb();
        regs.write(SysRegs.prlar(EL2, 0), 0x1FC1);
        regs.isb();
        assertEquals(0, regs.effective().prlar(EL2, 0));
        regs.dsb();
        regs.isb();
        assertEquals(0x1FC1, regs.effective().prlar(EL2, 0));
    }

    @Test
    void onlyWritesBeforeTheDsbCommit() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prbar(EL2, 0), 0x1000);
        regs.dsb();
        regs.write(SysRegs.prlar(EL2, 0), 0x1FC1);
        assertEquals(1, regs.isb());
        assertEquals(0x1000, regs.effective().prbar(EL2, 0));
        assertEquals(0, regs.effective().prlar(EL2, 0));
        List<PendingWrite> left = regs.pendingWrites();
        assertEquals(1, left.size());
        assertEquals("PRLAR_EL2", left.get(0).register().name());
        assertEquals(0, left.get(0).region());
        assertEquals(0x1FC1, left.get(0).value());
        assertFalse(left.get(0).dsbDone());
    }

    @Test
    void controlRegistersNeedOnlyAnIsb() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.control(ControlRegister.SCTLR_EL2), ControlRegister.SCTLR_M);
        regs.write(SysRegs.prlar(EL2, 0), 0x1FC1);
        assertEquals(0, regs.effective().control(ControlRegister.SCTLR_EL2));
        assertEquals(1, regs.isb());
        assertEquals(ControlRegister.SCTLR_M, regs.effective().control(ControlRegister.SCTLR_EL2));
        assertEquals(0, regs.effective().prlar(EL2, 0), "the region write still waits for a DSB");
        assertTrue(regs.pendingWrites().get(0).needsDsb());
    }

    @Test
    void laterWritesToTheSameRegionApplyInOrder() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prlar(EL2, 0), 0x1FC1);
        regs.write(SysRegs.prenr(EL2), 0);
        regs.write(SysRegs.prlar(EL2, 0), 0x2FC1);
        Registers.sync(regs);
        assertEquals(0x2FC1, regs.effective().prlar(EL2, 0));
        regs.write(SysRegs.prenr(EL2), 0);
        Registers.sync(regs);
        assertEquals(0x2FC0, regs.effective().prlar(EL2, 0));
    }

    @Test
    void theSelectorTakesEffectAtOnceButIsFlaggedUntilAnIsb() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.prselr(EL2), 4);
        assertFalse(regs.selectorSynchronized(EL2));
        assertTrue(regs.selectorSynchronized(ExceptionLevel.EL1));
        regs.write(SysRegs.prbar(EL2, 0), 0x4000);
        assertEquals(0x4000, regs.architectural().prbar(EL2, 4));
        regs.isb();
        assertTrue(regs.selectorSynchronized(EL2));
        assertFalse(regs.pendingWrites().stream().anyMatch(w -> w.register().kind() == SysRegKind.PRSELR),
            "PRSELR itself is never pending");
    }

    @Test
    void hardwareWritesAreEffectiveAtOnceAndSupersedePendingOnes() {
        RegisterFile regs = Registers.fvp();
        regs.write(SysRegs.control(ControlRegister.ESR_EL2), 1);
        regs.hardwareWrite(ControlRegister.ESR_EL2, 0x9600004CL);
        assertFalse(regs.hasPendingWrites());
        regs.isb();
        assertEquals(0x9600004CL, regs.effective().control(ControlRegister.ESR_EL2));
        assertEquals(0x9600004CL, regs.read(SysRegs.control(ControlRegister.ESR_EL2)));
    }

    @Test
    void commitScopeSaysWhatTheNextIsbWouldChange() {
        RegisterFile regs = Registers.fvp();
        assertEquals(new CommitScope(false, false, false, false), regs.committableScope());
        regs.write(SysRegs.control(ControlRegister.VSCTLR_EL2), 1L << 48);
        assertEquals(new CommitScope(true, false, false, false), regs.committableScope());
        assertFalse(regs.committableScope().changesChecks(), "the VMID does not steer access checks");
        regs.write(SysRegs.prlar(ExceptionLevel.EL1, 0), 0x1FC1);
        assertEquals(new CommitScope(true, false, false, false), regs.committableScope(), "no DSB yet");
        regs.dsb();
        assertEquals(new CommitScope(true, true, false, false), regs.committableScope());
        regs.write(SysRegs.control(ControlRegister.HCR_EL2), 1);
        regs.write(SysRegs.prenr(EL2), 0);
        CommitScope scope = regs.committableScope();
        assertEquals(new CommitScope(true, true, false, true), scope);
        assertTrue(scope.touches(EL2), "HCR_EL2 changes how the EL2 MPU is used");
        regs.dsb();
        assertTrue(regs.committableScope().el2Regions());
    }

    @Test
    void regionRowsShowPendingRegions() {
        RegisterFile regs = Registers.fvp();
        Registers.region(regs, EL2, 2, 0x2000 | 0x32, 0x2FC0 | 0x0F);
        regs.write(SysRegs.prselr(EL2), 4);
        regs.write(SysRegs.prbar(EL2, 0), 0x4000 | 0x3A);
        List<RegionRow> rows = regs.regions(EL2);
        assertEquals(32, rows.size());
        assertFalse(rows.get(2).pending());
        assertEquals(0x2000, rows.get(2).effective().base());
        assertTrue(rows.get(4).pending());
        assertEquals(0x4000, rows.get(4).architectural().base());
        assertEquals(0, rows.get(4).effective().base());
        assertEquals(1, rows.stream().filter(RegionRow::pending).count());
        Registers.sync(regs);
        assertTrue(regs.regions(EL2).stream().noneMatch(RegionRow::pending));
    }
}

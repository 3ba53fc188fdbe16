package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.AccessChecker;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionLookup;
import dev.mpuworkbench.emulator.mpu.RegisterBank;

/**
 * What the current level's instruction fetch at its PC and its next push below its SP come to under a register bank:
 * whether they pass and which regions decide them. The hazard checks ask after every region write and around every
 * synchronisation, while the effective registers change only at commits, so the checks are redone only when
 * something they read has changed: the MPUs' lookups, SCTLR_EL1/EL2, HCR_EL2, VTCR_EL2, the level, the PC or the SP.
 */
final class Coverage {
    /** {@link #pcState} / {@link #spState}: the address is unknown ({@link Machine#NO_ADDRESS}). */
    static final int UNKNOWN = -1;
    static final int FAULTS = 0;
    static final int FINE = 1;

    private final AccessOutcome scratch = new AccessOutcome();
    private boolean valid;
    private RegionLookup el1Lookup;
    private RegionLookup el2Lookup;
    private long sctlrEl1;
    private long sctlrEl2;
    private long hcr;
    private long vtcr;
    private ExceptionLevel level;
    private long pc;
    private long sp;

    int pcState;
    int spState;
    private int pcStage1Region;
    private int pcStage2Region;
    private int spStage1Region;
    private int spStage2Region;

    /** Brings the results up to date for this bank, level, PC and SP. */
    void update(RegisterBank bank, ExceptionLevel el, long pcAddress, long spAddress) {
        RegionLookup l1 = bank.lookup(ExceptionLevel.EL1);
        RegionLookup l2 = bank.lookup(ExceptionLevel.EL2);
        long s1 = bank.control(ControlRegister.SCTLR_EL1);
        long s2 = bank.control(ControlRegister.SCTLR_EL2);
        long h = bank.control(ControlRegister.HCR_EL2);
        long v = bank.control(ControlRegister.VTCR_EL2);
        if (valid && l1 == el1Lookup && l2 == el2Lookup && s1 == sctlrEl1 && s2 == sctlrEl2 && h == hcr && v == vtcr
            && el == level && pcAddress == pc && spAddress == sp) {
            return;
        }
        valid = true;
        el1Lookup = l1;
        el2Lookup = l2;
        sctlrEl1 = s1;
        sctlrEl2 = s2;
        hcr = h;
        vtcr = v;
        level = el;
        pc = pcAddress;
        sp = spAddress;
        pcState = UNKNOWN;
        pcStage1Region = -1;
        pcStage2Region = -1;
        if (pcAddress != Machine.NO_ADDRESS) {
            AccessChecker.check(bank, el, AccessType.EXECUTE, pcAddress, scratch);
            pcState = scratch.allowed() ? FINE : FAULTS;
            pcStage1Region = scratch.stage1Region();
            pcStage2Region = scratch.stage2Region();
        }
        spState = UNKNOWN;
        spStage1Region = -1;
        spStage2Region = -1;
        if (spAddress != Machine.NO_ADDRESS) {
            AccessChecker.check(bank, el, AccessType.WRITE, spAddress - 16, scratch);
            spStage1Region = scratch.stage1Region();
            spStage2Region = scratch.stage2Region();
            boolean fine = scratch.allowed();
            if (fine) {
                AccessChecker.check(bank, el, AccessType.READ, spAddress - 16, scratch);
                fine = scratch.allowed();
            }
            spState = fine ? FINE : FAULTS;
        }
    }

    /** The region of {@code mpu} that decides the fetch at the PC, or -1 (that MPU does not decide it). */
    int pcRegion(ExceptionLevel mpu) {
        return decidingRegion(mpu, pcStage1Region, pcStage2Region);
    }

    /** The region of {@code mpu} that decides the push below the SP, or -1. */
    int spRegion(ExceptionLevel mpu) {
        return decidingRegion(mpu, spStage1Region, spStage2Region);
    }

    /** At EL2 the EL2 MPU is stage 1; below EL2 the EL1 MPU is stage 1 and the EL2 MPU stage 2. */
    private int decidingRegion(ExceptionLevel mpu, int stage1Region, int stage2Region) {
        if (mpu == ExceptionLevel.EL2) return level == ExceptionLevel.EL2 ? stage1Region : stage2Region;
        return level == ExceptionLevel.EL2 ? -1 : stage1Region;
    }
}

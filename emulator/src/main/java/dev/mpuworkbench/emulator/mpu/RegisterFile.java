package dev.mpuworkbench.emulator.mpu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The system registers of one core: control registers, MPUIR, ID_AA64MMFR0_EL1, and the EL1 and EL2 MPUs.
 *
 * <p>Writes change the architectural values at once (a read returns them) and are queued as pending. They become
 * effective for access checks at an ISB: control registers at the next ISB, region registers and PRENR only at an
 * ISB that follows a DSB issued after the write (DDI 0600 C1.7.1, as Xen's {@code context_sync_mpu}).
 *
 * <p>Decisions where the architecture says UNPREDICTABLE or leaves the choice open (research/pmsa.md §1.2):
 * <ul>
 *   <li>PRSELR keeps any REGION value 0..255; it selects immediately (as QEMU and tlib do), and the machine warns
 *       when PRBAR/PRLAR are used before an ISB has synchronised the selection.</li>
 *   <li>A PRBAR/PRLAR access reaching a region at or above MPUIR.REGION is ignored on write and reads 0
 *       (tlib's behaviour); the machine reports it as a hazard.</li>
 *   <li>PRENR bits of regions at or above min(32, count) read 0 and ignore writes (QEMU's behaviour).</li>
 *   <li>RES0 bits are dropped on write: PRBAR keeps [47:0], PRLAR keeps [47:6] and [4:0], PRSELR keeps [7:0].</li>
 *   <li>Writes to read-only registers (MPUIR, ID_AA64MMFR0_EL1) are ignored ({@link #write} returns false).</li>
 * </ul>
 */
public final class RegisterFile {
    private static final int FROZEN = 16;
    private final RegisterBank architectural;
    private final RegisterBank effective;
    private final int[] prselr = new int[3];
    private final boolean[] selectorSynchronized = {true, true, true};
    private final PendingQueue pending = new PendingQueue();
    /** Banks kept by recent snapshots, reused by later snapshots of the same values (see {@link #freeze}). */
    private final RegisterBank[] frozen = new RegisterBank[FROZEN];
    private final long[] frozenHash = new long[FROZEN];
    private int nextFrozen;
    private final long idAa64mmfr0;

    public RegisterFile(int el1Regions, int el2Regions, long idAa64mmfr0) {
        LookupCache lookups = new LookupCache();
        this.architectural = new RegisterBank(el1Regions, el2Regions, lookups);
        this.effective = new RegisterBank(el1Regions, el2Regions, lookups);
        this.idAa64mmfr0 = idAa64mmfr0;
    }

    /** What reads return. */
    public RegisterBank architectural() {
        return architectural;
    }

    /** What access checks use. */
    public RegisterBank effective() {
        return effective;
    }

    public int regionCount(ExceptionLevel mpu) {
        return effective.regionCount(mpu);
    }

    public int prselr(ExceptionLevel mpu) {
        return prselr[mpu.number()];
    }

    /** False between a PRSELR write and the next ISB. */
    public boolean selectorSynchronized(ExceptionLevel mpu) {
        return selectorSynchronized[mpu.number()];
    }

    /** The region a PRBAR/PRLAR register reaches with the current selector, or -1 for other registers. */
    public int targetRegion(SysReg register) {
        ExceptionLevel mpu = register.mpuLevel();
        return mpu == null ? -1 : register.regionFor(prselr[mpu.number()]);
    }

    /** True when the register reaches a region this MPU does not implement. */
    public boolean outOfRange(SysReg register) {
        int region = targetRegion(register);
        return region >= 0 && region >= regionCount(register.mpuLevel());
    }

    /** MRS: the architectural value. */
    public long read(SysReg register) {
        ExceptionLevel mpu = register.mpuLevel();
        return switch (register.kind()) {
            case CONTROL -> architectural.control(register.control());
            case ID_AA64MMFR0 -> idAa64mmfr0;
            case MPUIR -> regionCount(mpu);
            case PRSELR -> prselr[mpu.number()];
            case PRENR -> architectural.prenr(mpu);
            case PRBAR -> outOfRange(register) ? 0 : architectural.prbar(mpu, targetRegion(register));
            case PRLAR -> outOfRange(register) ? 0 : architectural.prlar(mpu, targetRegion(register));
        };
    }

    /** MSR: returns false when the write is ignored (read-only register, or a region that does not exist). */
    public boolean write(SysReg register, long value) {
        ExceptionLevel mpu = register.mpuLevel();
        int el = mpu == null ? 0 : mpu.number();
        switch (register.kind()) {
            case MPUIR, ID_AA64MMFR0 -> {
                return false;
            }
            case CONTROL -> {
                architectural.setControl(register.control(), value);
                pending.add(register, -1, value);
            }
            case PRSELR -> {
                prselr[el] = (int) (value & 0xFF);
                selectorSynchronized[el] = false;
            }
            case PRENR -> {
                long bits = value & architectural.enableMask(el);
                architectural.setEnableBits(el, bits);
                pending.add(register, -1, bits);
            }
            case PRBAR, PRLAR -> {
                if (outOfRange(register)) return false;
                int region = targetRegion(register);
                boolean base = register.kind() == SysRegKind.PRBAR;
                long stored = value & (base ? RegionBits.PRBAR_WRITABLE : RegionBits.PRLAR_WRITABLE);
                if (base) architectural.setPrbar(el, region, stored);
                else architectural.setPrlar(el, region, stored);
                pending.add(register, region, stored);
            }
        }
        return true;
    }

    public void dsb() {
        pending.dsb();
    }

    /** Context synchronisation: commits every pending write that may take effect now; returns how many. */
    public int isb() {
        selectorSynchronized[1] = true;
        selectorSynchronized[2] = true;
        int committed = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (!pending.committableAtIsb(i)) continue;
            apply(pending.register(i), pending.region(i), pending.value(i));
            committed++;
        }
        if (committed > 0) {
            pending.removeCommittable();
            effective.prepareLookups();
        }
        return committed;
    }

    private void apply(SysReg register, int region, long value) {
        int el = register.mpuLevel() == null ? 0 : register.mpuLevel().number();
        switch (register.kind()) {
            case CONTROL -> effective.setControl(register.control(), value);
            case PRENR -> effective.setEnableBits(el, value);
            case PRBAR -> effective.setPrbar(el, region, value);
            case PRLAR -> effective.setPrlar(el, region, value);
            default -> throw new IllegalStateException("not a pending kind: " + register);
        }
    }

    /**
     * What the next ISB would make effective: which MPUs' regions, and whether a register that steers the access
     * check (SCTLR_EL1/EL2, HCR_EL2, VTCR_EL2) changes. Lets the machine skip hazard checks that cannot change.
     */
    public CommitScope committableScope() {
        boolean el1 = false;
        boolean el2 = false;
        boolean controls = false;
        boolean any = false;
        for (int i = 0; i < pending.size(); i++) {
            if (!pending.committableAtIsb(i)) continue;
            any = true;
            SysReg r = pending.register(i);
            if (r.kind() == SysRegKind.CONTROL) {
                controls |= CommitScope.steersChecks(r.control());
            } else if (r.mpuLevel() == ExceptionLevel.EL1) {
                el1 = true;
            } else {
                el2 = true;
            }
        }
        return CommitScope.of(any, el1, el2, controls);
    }

    /** Every region of one MPU, effective and architectural side by side. */
    public List<RegionRow> regions(ExceptionLevel mpu) {
        List<RegionRow> rows = new ArrayList<>(regionCount(mpu));
        for (int r = 0; r < regionCount(mpu); r++) {
            rows.add(new RegionRow(mpu, r, effective.region(mpu, r), architectural.region(mpu, r)));
        }
        return rows;
    }

    /** Writes not yet effective, oldest first. */
    public List<PendingWrite> pendingWrites() {
        return Collections.unmodifiableList(pending.toList());
    }

    public boolean hasPendingWrites() {
        return pending.size() > 0;
    }

    /**
     * A write the hardware itself makes on exception entry (ESR, FAR, HPFAR): architectural and effective at once,
     * superseding any pending software write of the same register.
     */
    public void hardwareWrite(ControlRegister register, long value) {
        architectural.setControl(register, value);
        effective.setControl(register, value);
        pending.removeControl(register);
    }

    /** An immutable copy of everything, for {@link #restore}. */
    public State snapshot() {
        return new State(freeze(architectural), freeze(effective), prselr.clone(), selectorSynchronized.clone(),
            pending.copy());
    }

    /**
     * A copy of the bank that no one changes: one a recent snapshot already keeps when the values are the same (the
     * two banks agree whenever nothing is pending, and a context switch brings back earlier values), else a new one.
     */
    private RegisterBank freeze(RegisterBank bank) {
        long hash = bank.valueHash();
        for (int i = 0; i < FROZEN; i++) {
            if (frozen[i] != null && frozenHash[i] == hash && frozen[i].sameValues(bank)) return frozen[i];
        }
        RegisterBank copy = new RegisterBank(bank);
        frozen[nextFrozen] = copy;
        frozenHash[nextFrozen] = hash;
        nextFrozen = (nextFrozen + 1) % FROZEN;
        return copy;
    }

    public void restore(State state) {
        architectural.copyFrom(state.architectural);
        effective.copyFrom(state.effective);
        System.arraycopy(state.prselr, 0, prselr, 0, prselr.length);
        System.arraycopy(state.selectorSynchronized, 0, selectorSynchronized, 0, selectorSynchronized.length);
        pending.copyFrom(state.pending);
    }

    /** Opaque saved state of a register file. */
    public static final class State {
        private final RegisterBank architectural;
        private final RegisterBank effective;
        private final int[] prselr;
        private final boolean[] selectorSynchronized;
        private final PendingQueue pending;

        private State(RegisterBank architectural, RegisterBank effective, int[] prselr, boolean[] selectorSynchronized,
                      PendingQueue pending) {
            this.architectural = architectural;
            this.effective = effective;
            this.prselr = prselr;
            this.selectorSynchronized = selectorSynchronized;
            this.pending = pending;
        }
    }
}

package dev.mpuworkbench.emulator.mpu;

/**
 * A register write that is architecturally done (reads return it) but not yet effective for access checks.
 *
 * @param register the register as written (alias name kept, e.g. PRLAR3_EL2)
 * @param region   the region it reached, or -1 for registers outside the region arrays
 * @param value    the value stored (RES0 bits dropped)
 * @param dsbDone  a DSB has followed the write, so the next ISB commits it
 */
public record PendingWrite(SysReg register, int region, long value, boolean dsbDone) {
    /** Region registers and PRENR need DSB + ISB; other system registers only an ISB. */
    public boolean needsDsb() {
        return register.kind().regionState();
    }

    public boolean committableAtIsb() {
        return dsbDone || !needsDsb();
    }
}

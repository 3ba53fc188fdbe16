package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;

/** Ops for single machine operations, and the register sequences Xen builds from them. */
final class MachineOps {
    static final ExceptionLevel EL1 = ExceptionLevel.EL1;
    static final ExceptionLevel EL2 = ExceptionLevel.EL2;

    private MachineOps() {
    }

    static Op write(SysReg register, long value) {
        return c -> c.machine().write(register, value);
    }

    static Op write(String register, long value) {
        SysReg r = SysRegs.parse(register);
        return c -> c.machine().write(r, value);
    }

    static Op dsb() {
        return c -> c.machine().dsb();
    }

    static Op isb() {
        return c -> c.machine().isb();
    }

    static Op enter(ExceptionLevel level) {
        return c -> c.machine().enterLevel(level);
    }

    /** {@code context_sync_mpu()}: DSB SY; ISB. */
    static List<Op> contextSync() {
        return List.of(dsb(), isb());
    }

    /**
     * Xen's runtime {@code write_protection_region} through the direct aliases (mpu/arm64/mm.c): PRSELR is written
     * (and synchronised) only when it does not already hold the region's upper four bits, then PRBAR&lt;n&gt; and
     * PRLAR&lt;n&gt;. The selector is read when the op runs, so a sequence of these can be queued at once.
     */
    static Op writeRegion(ExceptionLevel mpu, int index, long prbar, long prlar) {
        SysReg selector = SysRegs.prselr(mpu);
        SysReg base = SysRegs.prbar(mpu, index & 0xF);
        SysReg limit = SysRegs.prlar(mpu, index & 0xF);
        return c -> {
            List<Op> ops = new ArrayList<>(4);
            if (c.machine().read(selector) != (index & 0xF0)) {
                ops.add(write(selector, index & 0xF0));
                ops.add(isb());
            }
            ops.add(write(base, prbar));
            ops.add(write(limit, prlar));
            c.push(ops);
        };
    }

    /** An access checked by the machine; a fault is reported by the machine (the caller decides what follows). */
    static Op access(ExceptionLevel level, AccessType type, long address) {
        return c -> c.machine().access(level, type, address);
    }
}

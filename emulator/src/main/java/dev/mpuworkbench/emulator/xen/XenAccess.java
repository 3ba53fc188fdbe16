package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionBits;

/** Xen's own memory accesses at EL2: each is checked by the machine; a fault is a data abort Xen panics on. */
final class XenAccess {
    private XenAccess() {
    }

    /** One access; Xen panics when the MPU refuses it. */
    static Op touch(AccessType type, long address, String what) {
        return c -> {
            AccessOutcome o = c.machine().access(ExceptionLevel.EL2, type, address);
            if (!o.allowed()) c.panic("data abort at EL2 while Xen accesses " + what + ": " + o.describe());
        };
    }

    /**
     * Every byte of [base, end) with one kind of access, checked region by region (an access at each region
     * boundary decides the rest of that region), as a copy or a memset does.
     */
    static Op range(AccessType type, long base, long end, String what) {
        return c -> {
            long a = base;
            while (a < end) {
                AccessOutcome o = c.machine().access(ExceptionLevel.EL2, type, a);
                if (!o.allowed()) {
                    c.panic("data abort at EL2 while Xen " + verb(type) + " " + what + ": " + o.describe());
                    return;
                }
                int region = o.stage1Region();
                if (region < 0) return;
                long limit = RegionBits.limit(c.machine().registers().effective().prlar(ExceptionLevel.EL2, region));
                a = limit + 1;
            }
        };
    }

    private static String verb(AccessType type) {
        return switch (type) {
            case READ -> "reads";
            case WRITE -> "writes";
            case EXECUTE -> "executes";
        };
    }
}

package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.machine.BarrierEvent;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.machine.LevelChangeEvent;
import dev.mpuworkbench.emulator.machine.MachineEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.Locale;

/**
 * One step of a boot: either a machine event (register write, barrier, fault, hazard, exception level change) or a
 * Xen event (phase, decision, context switch, MMIO emulation, crash, probe, stop), with the phase it happened in.
 *
 * @param step 1-based position in the boot's event sequence
 */
public record BootEvent(int step, Phase phase, MachineEvent machine, XenEvent xen) {
    public BootEvent {
        if ((machine == null) == (xen == null)) throw new IllegalArgumentException("exactly one of machine and xen");
    }

    /** The trace name: {@code phase}, {@code sysreg-write}, {@code barrier}, {@code fault}, ... */
    public String kind() {
        return machine != null ? machine.kind() : xen.kind();
    }

    /** One line for a log view. */
    public String summary() {
        if (xen != null) return xen.summary();
        if (machine instanceof SysRegWriteEvent w) {
            return String.format("%s = 0x%X%s%s", w.register(), w.value(), w.region() >= 0 ? " (region " + w.region() + ")"
                : "", w.ignored() ? " ignored" : "");
        }
        if (machine instanceof BarrierEvent b) {
            return b.barrier().label() + (b.committed() > 0 ? " (" + b.committed() + " write(s) take effect)" : "");
        }
        if (machine instanceof FaultEvent f) {
            return String.format("%s fault: %s %s 0x%X, stage %d, taken to %s (ESR 0x%X, FAR 0x%X%s)",
                f.fault().name().toLowerCase(Locale.ROOT), f.level(), f.access().label(), f.address(), f.stage(),
                f.target(), f.esr(), f.far(), f.stage() == 2 ? String.format(", HPFAR 0x%X", f.hpfar()) : "");
        }
        if (machine instanceof HazardEvent h) {
            return h.severity().name().toLowerCase(Locale.ROOT) + " " + h.code() + ": " + h.message();
        }
        if (machine instanceof LevelChangeEvent l) {
            return l.from() + " -> " + l.to() + (l.committed() > 0 ? " (" + l.committed() + " write(s) take effect)" : "");
        }
        return machine.kind();
    }
}

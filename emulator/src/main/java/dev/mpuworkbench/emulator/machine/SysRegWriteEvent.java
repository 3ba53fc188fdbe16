package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.SysRegEncoding;

/**
 * An MSR.
 *
 * @param register the canonical name as written (e.g. {@code PRLAR3_EL2})
 * @param value    the value software wrote
 * @param region   the MPU region a PRBAR/PRLAR write reached, or -1
 * @param ignored  the write had no effect (read-only register, or a region the MPU does not implement)
 */
public record SysRegWriteEvent(long seq, String register, SysRegEncoding encoding, long value, int region,
                               boolean ignored) implements MachineEvent {
    @Override
    public String kind() {
        return "sysreg-write";
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.core.validation.Severity;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;

/**
 * A hazard found by the machine.
 *
 * @param mpu    the MPU concerned, or null
 * @param region the (first) region concerned, or -1
 */
public record HazardEvent(long seq, HazardCode code, String message, ExceptionLevel mpu, int region)
    implements MachineEvent {
    public Severity severity() {
        return code.severity();
    }

    @Override
    public String kind() {
        return "hazard";
    }
}

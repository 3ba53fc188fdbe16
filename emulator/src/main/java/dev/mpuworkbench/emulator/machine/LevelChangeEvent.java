package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;

/**
 * An exception entry or return: a context synchronisation event, so it commits pending writes like an ISB.
 *
 * @param committed how many pending writes it made effective
 */
public record LevelChangeEvent(long seq, ExceptionLevel from, ExceptionLevel to, int committed)
    implements MachineEvent {
    @Override
    public String kind() {
        return "exception-level";
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegisterFile;

/** The whole state of a {@link Machine} at one moment; restore it with {@link Machine#restore}. Immutable. */
public final class MachineSnapshot {
    private final RegisterFile.State registers;
    private final long[] pc;
    private final long[] sp;
    private final ExceptionLevel level;
    private final long sequence;

    MachineSnapshot(RegisterFile.State registers, long[] pc, long[] sp, ExceptionLevel level, long sequence) {
        this.registers = registers;
        this.pc = pc;
        this.sp = sp;
        this.level = level;
        this.sequence = sequence;
    }

    RegisterFile.State registers() {
        return registers;
    }

    long[] pc() {
        return pc;
    }

    long[] sp() {
        return sp;
    }

    public ExceptionLevel level() {
        return level;
    }

    /** The number of the last event before the snapshot. */
    public long sequence() {
        return sequence;
    }
}

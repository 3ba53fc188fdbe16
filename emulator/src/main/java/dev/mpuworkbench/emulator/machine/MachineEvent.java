package dev.mpuworkbench.emulator.machine;

/** Something the machine did, in order; {@link #seq()} numbers the events of one machine from 1. */
public interface MachineEvent {
    long seq();

    /** The trace name of the event kind, e.g. {@code sysreg-write}, {@code barrier}, {@code fault}, {@code hazard}. */
    String kind();
}

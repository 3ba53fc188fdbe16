package dev.mpuworkbench.emulator.machine;

/** Receives every event of a machine synchronously, after the state change it reports. */
@FunctionalInterface
public interface MachineListener {
    void onEvent(MachineEvent event);
}

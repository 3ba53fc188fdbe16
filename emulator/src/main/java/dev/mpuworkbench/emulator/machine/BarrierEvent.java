package dev.mpuworkbench.emulator.machine;

/**
 * A DSB or an ISB.
 *
 * @param committed for an ISB, how many pending writes it made effective; 0 for a DSB
 */
public record BarrierEvent(long seq, Barrier barrier, int committed) implements MachineEvent {
    @Override
    public String kind() {
        return "barrier";
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.FaultKind;
import java.util.List;

/**
 * An MPU abort, with the syndrome the machine wrote to the target level's registers.
 *
 * @param level   the level of the access
 * @param stage   1 or 2
 * @param target  the level the abort is taken to (whose ESR/FAR were written)
 * @param hpfar   HPFAR_EL2 for stage-2 faults, 0 otherwise
 * @param regions the regions that matched at the faulting stage (two or more for a multi-hit)
 */
public record FaultEvent(long seq, ExceptionLevel level, AccessType access, long address, FaultKind fault, int stage,
                         ExceptionLevel target, long esr, long far, long hpfar, List<Integer> regions)
    implements MachineEvent {
    public FaultEvent {
        regions = List.copyOf(regions);
    }

    @Override
    public String kind() {
        return "fault";
    }
}

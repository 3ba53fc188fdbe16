package dev.mpuworkbench.emulator.mpu;

import java.util.List;

/** An immutable copy of an {@link AccessOutcome}. */
public record AccessResult(ExceptionLevel level, AccessType type, long address, boolean allowed, FaultKind faultKind,
                           int faultStage, ExceptionLevel targetLevel, long esr, long far, long hpfar,
                           boolean hpfarValid, StageResolution stage1, int stage1Region, List<Integer> stage1Matches,
                           StageResolution stage2, int stage2Region, List<Integer> stage2Matches) {
    public AccessResult {
        stage1Matches = List.copyOf(stage1Matches);
        stage2Matches = List.copyOf(stage2Matches);
    }
}

package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.LastResult;
import java.util.EnumMap;
import java.util.Map;

/**
 * Computes, for the hypervisor and for each domain while its vCPU runs, the ordered EL2 MPU regions with
 * their exact PRBAR/PRLAR values. Pure and fast (a few hundred microseconds for 64 domains), so views can
 * re-plan on every drag step.
 */
public final class MpuPlanner {
    private static final Map<Strategy, LastResult<Design, MpuPlan>> LAST = new EnumMap<>(Strategy.class);

    static {
        for (Strategy s : Strategy.values()) LAST.put(s, new LastResult<>(d -> compute(d, s)));
    }

    private MpuPlanner() {
    }

    /** The plan of {@code design}; the validator and the views asking for the same design share one. */
    public static MpuPlan plan(Design design, Strategy strategy) {
        return LAST.get(strategy).apply(design);
    }

    private static MpuPlan compute(Design design, Strategy strategy) {
        return switch (strategy) {
            case UPSTREAM -> UpstreamPlanner.plan(design);
            case PARTITIONED -> PartitionedPlanner.plan(design, false);
            case COMPACT -> PartitionedPlanner.plan(design, true);
        };
    }

    /** Plans with the strategy of the Xen the design targets (UPSTREAM or PARTITIONED). */
    public static MpuPlan plan(Design design) {
        return plan(design, Strategy.forMode(design.xen().mode()));
    }
}

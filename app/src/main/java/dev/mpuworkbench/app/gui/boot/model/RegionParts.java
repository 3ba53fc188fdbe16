package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.emulator.session.MpuView;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenProgram;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which live EL2 region is PART_A or PART_B. Only the partitioned runtime configuration has parts, so a region is
 * labelled only from R1 on, and only when its index and register values are exactly those the partitioned plan
 * gives that part (the emulator and the planner are cross-checked to agree); anything else stays unlabelled.
 */
public final class RegionParts {
    /** No labels: upstream mode, or no plan. */
    public static final RegionParts NONE = new RegionParts(Map.of(), null);

    private final Map<Key, String> parts;
    private final List<Phase> phases;

    private record Key(int index, long prbar, long prlar) {
    }

    private RegionParts(Map<Key, String> parts, List<Phase> phases) {
        this.parts = parts;
        this.phases = phases;
    }

    /** The labels for a boot of {@code design} in {@code mode}; {@link #NONE} when the design cannot be planned. */
    public static RegionParts of(Design design, XenBootMode mode) {
        if (mode != XenBootMode.PARTITIONED) return NONE;
        MpuPlan plan;
        try {
            plan = MpuPlanner.plan(design, Strategy.PARTITIONED);
        } catch (RuntimeException e) {
            return NONE;
        }
        Map<Key, String> parts = new HashMap<>();
        for (ContextPlan c : plan.contexts()) {
            for (PlannedRegion r : c.regions()) parts.putIfAbsent(new Key(r.index(), r.prbar(), r.prlar()), r.part().name());
        }
        return new RegionParts(parts, XenProgram.phases(mode));
    }

    /** {@code A}, {@code B} or empty for an EL2 row at {@code phase}. */
    public String partOf(MpuView.Row row, Phase phase) {
        if (phases == null || phase == null || !row.enabled()) return "";
        if (phases.indexOf(phase) < phases.indexOf(Phase.R1)) return "";
        return parts.getOrDefault(new Key(row.index(), row.effectivePrbar(), row.effectivePrlar()), "");
    }
}

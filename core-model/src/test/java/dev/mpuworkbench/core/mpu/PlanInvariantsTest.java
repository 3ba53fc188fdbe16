package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property checks themselves catch broken plans (so a passing property test means something). */
class PlanInvariantsTest {
    private final Design design = TestDesigns.valid();
    private final MpuPlan plan = MpuPlanner.plan(design, Strategy.PARTITIONED);
    private final RegionEncoding encoding = RegionEncoding.forCpu(design.board().cpu());

    private MpuPlan withExtraRegion(String context, AddressRange range, RegionAttributes attributes) {
        List<ContextPlan> contexts = new ArrayList<>();
        for (ContextPlan c : plan.contexts()) {
            if (c.name().equals(context)) {
                List<PlannedRegion> regions = new ArrayList<>(c.regions());
                regions.add(new PlannedRegion(regions.size(), Part.B, range, encoding.prbar(range, attributes),
                    encoding.prlar(range, attributes), "x", attributes, List.of()));
                c = new ContextPlan(c.name(), regions, regions.size(), regions.size(), 0, regions.size(), List.of());
            }
            contexts.add(c);
        }
        return new MpuPlan(plan.strategy(), plan.regionsAvailable(), contexts);
    }

    @Test
    void theRealPlanIsClean() {
        assertEquals(List.of(), PlanInvariants.violations(design, plan));
    }

    @Test
    void overlapsForeignMemoryAndElOneInTheHypervisorAreCaught() {
        MpuPlan overlap = withExtraRegion("hypervisor", AddressRange.of(0x2000_0000, 0x1000), RegionAttributes.XEN_READ_WRITE);
        assertTrue(PlanInvariants.violations(design, overlap).stream().anyMatch(v -> v.contains("overlap")));
        MpuPlan foreign = withExtraRegion("domain:domU1", AddressRange.of(0x2800_0000, 0x1000), RegionAttributes.GUEST_RAM);
        assertTrue(PlanInvariants.violations(design, foreign).stream().anyMatch(v -> v.contains("foreign")));
        MpuPlan xen = withExtraRegion("domain:domU2", AddressRange.of(0x6000_0000, 0x1000), RegionAttributes.GUEST_RAM);
        assertTrue(PlanInvariants.violations(design, xen).stream().anyMatch(v -> v.contains("foreign")), "the heap is Xen's");
        MpuPlan el1 = withExtraRegion("hypervisor", AddressRange.of(0x7000_0000, 0x1000), RegionAttributes.GUEST_RAM);
        assertTrue(PlanInvariants.violations(design, el1).stream().anyMatch(v -> v.contains("grants EL1")));
    }
}

package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every strategy keeps its promises on a few hundred seeded random designs. */
class PlanPropertiesTest {
    private static final int SEEDS = 300;

    @Test
    void theGeneratorMakesStructurallySoundDesigns() {
        for (long seed = 0; seed < SEEDS; seed++) {
            List<Diagnostic> errors = Validator.structural().validate(RandomDesigns.generate(seed)).stream()
                .filter(Diagnostic::isError).toList();
            assertEquals(List.of(), errors, "seed " + seed);
        }
    }

    @Test
    void plansKeepEveryInvariantOnRandomDesigns() {
        int domainsSeen = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Design design = RandomDesigns.generate(seed);
            domainsSeen += design.domains().size();
            for (Strategy s : Strategy.values()) {
                MpuPlan plan = MpuPlanner.plan(design, s);
                assertEquals(design.domains().size() + 1, plan.contexts().size());
                assertEquals(design.board().el2MpuRegions(), plan.regionsAvailable());
                List<String> problems = PlanInvariants.violations(design, plan);
                assertEquals(List.of(), problems, "seed " + seed + " strategy " + s);
                assertTrue(plan.contexts().stream().allMatch(c -> c.notes().stream()
                    .noneMatch(n -> n.kind() == PlanNote.Kind.PART_A_CONFLICT)), "sound designs have no PART_A conflict");
            }
        }
        assertTrue(domainsSeen > SEEDS, "the generator makes designs with domains");
    }

    @Test
    void compactNeverUsesMoreRegionsThanPartitionedAndPartitionedGrantsNothingExtraButRounding() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Design design = RandomDesigns.generate(seed);
            MpuPlan partitioned = MpuPlanner.plan(design, Strategy.PARTITIONED);
            MpuPlan compact = MpuPlanner.plan(design, Strategy.COMPACT);
            for (int i = 0; i < partitioned.contexts().size(); i++) {
                ContextPlan p = partitioned.contexts().get(i);
                ContextPlan c = compact.contexts().get(i);
                assertTrue(c.used() <= p.used(), "seed " + seed + " " + p.name());
                assertTrue(c.overGrantBytes() >= p.overGrantBytes(), "seed " + seed + " " + p.name());
            }
        }
    }

    @Test
    void plansOfDesignsWhoseBlocksOverlapStillNeverOverlap() {
        for (long seed = 0; seed < 100; seed++) {
            Design design = RandomDesigns.generate(seed);
            for (MemoryBlock b : DesignBlocks.of(design)) {
                if (DesignPlacement.isResizable(b.subject())) {
                    design = DesignPlacement.withRange(design, b.subject(), b.range().withBase(0x100_0000 + (b.range().size() % 7) * 0x1000));
                }
            }
            for (Strategy s : Strategy.values()) {
                MpuPlan plan = MpuPlanner.plan(design, s);
                assertEquals(List.of(), PlanInvariants.violations(design, plan, false), "seed " + seed + " strategy " + s);
            }
        }
    }

    @Test
    void planningIsDeterministic() {
        for (long seed = 0; seed < 50; seed++) {
            Design design = RandomDesigns.generate(seed);
            for (Strategy s : Strategy.values()) {
                assertEquals(MpuPlanner.plan(design, s), MpuPlanner.plan(design, s), "seed " + seed);
                assertEquals(PlanJson.toJson(MpuPlanner.plan(design, s)), PlanJson.toJson(MpuPlanner.plan(RandomDesigns.generate(seed), s)));
            }
        }
    }

    @Test
    void theStressDesignPlansWithinItsInvariants() {
        Design stress = RandomDesigns.stress(64, 4, 32);
        for (Strategy s : Strategy.values()) {
            assertEquals(List.of(), PlanInvariants.violations(stress, MpuPlanner.plan(stress, s)), s.name());
        }
        MpuPlan plan = MpuPlanner.plan(stress, Strategy.PARTITIONED);
        assertTrue(plan.hypervisor().used() >= 256, "256 regions in play: " + plan.hypervisor().used());
    }
}

package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.core.rules.DesignValidator;
import org.junit.jupiter.api.Test;

class PlanModelTest {
    private final WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
    private final PlanModel plan = new PlanModel(model);

    @Test
    void plansTheDesignWithTheStrategyOfItsXenMode() {
        assertEquals(Strategy.PARTITIONED, plan.strategyProperty().get());
        assertEquals(MpuPlanner.plan(model.design(), Strategy.PARTITIONED), plan.plan());
        assertEquals(ContextPlan.HYPERVISOR, plan.contextPlan().name());
    }

    @Test
    void replansOnEveryEditIncludingEachStepOfADrag() {
        SubjectPath ram = SubjectPath.staticMem("domU1", 0);
        plan.contextProperty().set(ContextPlan.domainContext("domU1"));
        PlannedRegion before = plan.regionsCovering(ram).get(0);
        model.beginGesture();
        model.apply(new MoveBlock(ram, 0x4800_0000L));
        PlannedRegion during = plan.regionsCovering(ram).get(0);
        assertEquals(0x4800_0000L, during.range().base(), "the region follows the block while dragging");
        assertNotEquals(before.prbar(), during.prbar());
        model.cancelGesture();
        assertEquals(before, plan.regionsCovering(ram).get(0));
    }

    @Test
    void theStrategySwitchReplansAndTheModeChangeFollows() {
        plan.strategyProperty().set(Strategy.COMPACT);
        assertEquals(Strategy.COMPACT, plan.plan().strategy());
        model.apply(Edit.of("upstream", d -> d.withXen(d.xen().withMode(XenMode.UPSTREAM))));
        assertEquals(Strategy.UPSTREAM, plan.strategyProperty().get());
        assertEquals(Strategy.UPSTREAM, plan.plan().strategy());
    }

    @Test
    void selectingSomethingOfADomainShowsThatDomainsContext() {
        model.select(SubjectPath.domainModule("domU2", "kernel"));
        assertEquals("domain:domU2", plan.contextPlan().name());
        model.select(SubjectPath.XEN_IMAGE);
        assertEquals("domain:domU2", plan.contextPlan().name(), "Xen's own blocks are in every context");
        assertFalse(plan.regionsCovering(SubjectPath.XEN_IMAGE).isEmpty());
    }

    @Test
    void anUnknownContextFallsBackToTheHypervisor() {
        plan.contextProperty().set("domain:nobody");
        assertEquals(ContextPlan.HYPERVISOR, plan.contextPlan().name());
    }
}

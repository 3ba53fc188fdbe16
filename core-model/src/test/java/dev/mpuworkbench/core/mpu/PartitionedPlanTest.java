package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partitioned plan of the two-guest test design, region by region. */
class PartitionedPlanTest {
    private final Design design = TestDesigns.valid();
    private final MpuPlan plan = MpuPlanner.plan(design, Strategy.PARTITIONED);

    private static String row(PlannedRegion r) {
        return r.index() + " " + r.part() + " " + r.range() + " " + Long.toHexString(r.prbar()) + " "
            + Long.toHexString(r.prlar()) + " " + r.owner();
    }

    @Test
    void partAHoldsXenBootSectionHeapAndXenDevicesInFixedOrder() {
        assertEquals(List.of(
            "0 A [0x200000-0x2BFFFF] 200038 2bffcf xen",
            "1 A [0x2C0000-0x301FFF] 2c003a 301fcf xen",
            "2 A [0x302000-0x391FFF] 302032 391fcf xen",
            "3 A [0x10000000-0x1FFFFFFF] 1000003a 1fffffcf xen",
            "4 A [0x60000000-0x6FFFFFFF] 60000032 6fffffcf xen",
            "5 A [0x9C090000-0x9C09FFFF] 9c090022 9c09ffc9 xen",
            "6 A [0xAF000000-0xAF00FFFF] af000022 af00ffc9 xen",
            "7 A [0xAF100000-0xAF2FFFFF] af100022 af2fffc9 xen"),
            plan.hypervisor().part(Part.A).stream().map(PartitionedPlanTest::row).toList());
        assertEquals(List.of(SubjectPath.EARLY_UART, SubjectPath.of("board", "devices", "uart@9c090000", "mmio", 0)),
            plan.hypervisor().regions().get(5).covers(), "the early UART and the DT UART share one region");
    }

    @Test
    void hypervisorPartBMapsGuestRamForXenOnlyAndMergesNeighbours() {
        assertEquals(List.of(
            "8 B [0x20000000-0x37FFFFFF] 20000032 37ffffcf domU1+domU2",
            "9 B [0x3FE00000-0x3FFFFFFF] 3fe00032 3fffffcf shared"),
            plan.hypervisor().part(Part.B).stream().map(PartitionedPlanTest::row).toList());
        assertEquals(10, plan.hypervisor().used());
        assertEquals(10, plan.hypervisor().lowerBound());
        assertEquals(0, plan.hypervisor().overGrantBytes());
    }

    @Test
    void domainPartBIsTheGuestsStage2Mapping() {
        ContextPlan domU1 = plan.context("domain:domU1").orElseThrow();
        assertEquals(List.of(
            "8 B [0x20000000-0x27FFFFFF] 20000036 27ffffcf domU1",
            "9 B [0x3FE00000-0x3FFFFFFF] 3fe00036 3fffffcf shared",
            "10 B [0x9C0A0000-0x9C0AFFFF] 9c0a0027 9c0affc9 domU1"),
            domU1.part(Part.B).stream().map(PartitionedPlanTest::row).toList());
        assertEquals(11, domU1.used());
        ContextPlan domU2 = plan.context("domain:domU2").orElseThrow();
        assertEquals(10, domU2.used());
        assertEquals(plan.hypervisor().part(Part.A), domU2.part(Part.A));
    }

    @Test
    void heapNextToBssMergesIntoTheDataRegion() {
        Design d = new ResizeBlock(SubjectPath.staticHeap(0), AddressRange.of(0x39_2000, 0x6E000)).apply(design);
        ContextPlan hv = MpuPlanner.plan(d, Strategy.PARTITIONED).hypervisor();
        PlannedRegion data = hv.regions().get(2);
        assertEquals(AddressRange.between(0x30_2000, 0x40_0000), data.range());
        assertEquals(List.of(SubjectPath.XEN_IMAGE, SubjectPath.staticHeap(0)), data.covers());
        assertEquals(7, hv.part(Part.A).size());
    }

    @Test
    void guestRamInsideThePartASectionIsClippedAndReported() {
        Design d = new ResizeBlock(SubjectPath.staticMem("domU1", 0), AddressRange.of(0x1F00_0000, 0x1000_0000)).apply(design);
        MpuPlan p = MpuPlanner.plan(d, Strategy.PARTITIONED);
        ContextPlan domU1 = p.context("domain:domU1").orElseThrow();
        assertEquals(List.of(), PlanInvariants.violations(d, p).stream().filter(v -> v.contains("overlap")).toList());
        PlanNote note = domU1.notes().stream().filter(n -> n.kind() == PlanNote.Kind.PART_A_CONFLICT).findFirst().orElseThrow();
        assertEquals(AddressRange.between(0x1F00_0000, 0x2000_0000), note.range());
        assertTrue(note.message().contains("0x1F000000"), note.message());
        assertEquals(AddressRange.between(0x2000_0000, 0x2F00_0000), domU1.part(Part.B).get(0).range());
    }

    @Test
    void withoutABootSectionEachModuleIsMappedAndTouchingModulesMerge() {
        Design d = design.withSections(design.sections().withBootModules(null));
        ContextPlan hv = MpuPlanner.plan(d, Strategy.PARTITIONED).hypervisor();
        List<AddressRange> readOnly = hv.part(Part.A).stream()
            .filter(r -> r.covers().stream().anyMatch(s -> s.value().contains("modules"))).map(PlannedRegion::range).toList();
        assertEquals(List.of(AddressRange.of(0x1FE0_0000, 0x2_0000), AddressRange.of(0x1000_0000, 0x8_0000),
            AddressRange.of(0x1020_0000, 0x156_0000), AddressRange.between(0x1180_0000, 0x11B5_7000)), readOnly);
    }
}

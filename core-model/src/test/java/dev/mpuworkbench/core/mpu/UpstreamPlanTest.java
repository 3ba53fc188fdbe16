package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upstream Xen's regions, as head.S and the allocator produce them (xen_mpu.md §2.3, §3, §5). */
class UpstreamPlanTest {
    private final Design withGuests = TestDesigns.valid();
    private final Design noGuests = withGuests.withDomains(List.of());

    private static String row(PlannedRegion r) {
        return r.index() + " " + r.range() + " " + Long.toHexString(r.prbar()) + " " + Long.toHexString(r.prlar());
    }

    @Test
    void bootRegionsFollowHeadSOrderAndValues() {
        ContextPlan hv = MpuPlanner.plan(withGuests, Strategy.UPSTREAM).hypervisor();
        assertEquals(List.of(
            "0 [0x200000-0x2BFFFF] 200038 2bffcf",
            "1 [0x2C0000-0x2FFFFF] 2c003a 2fffcf",
            "2 [0x300000-0x321FFF] 300032 321fcf",
            "3 [0x322000-0x331FFF] 322038 331fcf",
            "4 [0x332000-0x391FFF] 332032 391fcf",
            "5 [0x9C090000-0x9C09FFFF] 9c090022 9c09ffc9",
            "6 [0x1FE00000-0x1FE1FFFF] 1fe0003a 1fe1ffcf",
            "7 [0x60000000-0x6FFFFFFF] 60000032 6fffffcf",
            "8 [0xAF000000-0xAF00FFFF] af000022 af00ffc9",
            "9 [0xAF100000-0xAF2FFFFF] af100022 af2fffc9"),
            hv.regions().stream().map(UpstreamPlanTest::row).toList(),
            "stopped at P22 with the DTB still in region 6; the DT UART reused region 5");
        assertEquals(11, hv.peakUsed(), "kernel_probe's transient copy_from_paddr map");
        assertTrue(hv.notes().stream().anyMatch(n -> n.kind() == PlanNote.Kind.UPSTREAM_NO_GUESTS));
    }

    @Test
    void withoutGuestsTheSteadyStateFreesInitTextAndTheDtb() {
        ContextPlan hv = MpuPlanner.plan(noGuests, Strategy.UPSTREAM).hypervisor();
        assertEquals(List.of(
            "0 [0x200000-0x2BFFFF] 200038 2bffcf",
            "1 [0x2C0000-0x301FFF] 2c003a 301fcf",
            "2 [0x302000-0x321FFF] 302032 321fcf",
            "4 [0x352000-0x391FFF] 352032 391fcf",
            "5 [0x9C090000-0x9C09FFFF] 9c090022 9c09ffc9",
            "7 [0x60000000-0x6FFFFFFF] 60000032 6fffffcf",
            "8 [0xAF000000-0xAF00FFFF] af000022 af00ffc9",
            "9 [0xAF100000-0xAF2FFFFF] af100022 af2fffc9"),
            hv.regions().stream().map(UpstreamPlanTest::row).toList());
        assertEquals(8, hv.used());
        assertEquals(10, hv.peakUsed());
    }

    @Test
    void aDtUartLargerThanTheEarlyUartCannotBeMapped() {
        Design d = noGuests.withXen(noGuests.xen().withEarlyUart(AddressRange.of(0x9C09_0000L, 0x1000)));
        ContextPlan hv = MpuPlanner.plan(d, Strategy.UPSTREAM).hypervisor();
        PlanNote failed = hv.notes().stream().filter(n -> n.kind() == PlanNote.Kind.UPSTREAM_MAP_FAILED).findFirst().orElseThrow();
        assertTrue(failed.message().contains("P14") && failed.message().contains("partially overlaps region 5"), failed.message());
        assertEquals(AddressRange.of(0x9C09_0000L, 0x1000), hv.regions().get(4).range());
    }

    @Test
    void domainsAreNotSupportedUpstreamAndGetOnlyXensRegions() {
        MpuPlan plan = MpuPlanner.plan(withGuests, Strategy.UPSTREAM);
        ContextPlan domU1 = plan.context("domain:domU1").orElseThrow();
        assertEquals(plan.hypervisor().regions(), domU1.regions());
        assertTrue(domU1.regions().stream().noneMatch(r -> r.attributes().el1Access()));
        assertTrue(domU1.notes().get(0).message().contains("not supported upstream"), domU1.notes().get(0).message());
    }

    @Test
    void onCortexR52TheBootTextRegionIsTheWritableExecutableQuirk() {
        Board b = noGuests.board();
        Design r52 = noGuests.withBoard(new Board(b.name(), CpuKind.CORTEX_R52, 1, 16, 16, b.memory(), b.reserved(), b.devices()));
        PlannedRegion text = MpuPlanner.plan(r52, Strategy.UPSTREAM).hypervisor().regions().get(0);
        assertEquals(0x200018, text.prbar());
        assertTrue(text.attributes().writableAndExecutableAtEl2());
    }
}

package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactPlanTest {
    private final Design design = TestDesigns.valid();
    private final MpuPlan plan = MpuPlanner.plan(design, Strategy.COMPACT);

    @Test
    void theGicWindowsShareOneRegionAcrossTheFreeGapBetweenThem() {
        PlannedRegion gic = plan.hypervisor().regions().get(6);
        assertEquals(AddressRange.between(0xAF00_0000L, 0xAF30_0000L), gic.range());
        assertEquals(7, plan.hypervisor().part(Part.A).size());
    }

    @Test
    void hypervisorGuestRamAndSharedMemoryBecomeOneRegionAndTheGapIsCountedAsOverGrant() {
        List<PlannedRegion> b = plan.hypervisor().part(Part.B);
        assertEquals(1, b.size());
        assertEquals(AddressRange.between(0x2000_0000, 0x4000_0000), b.get(0).range());
        long gicGap = 0xAF10_0000L - 0xAF01_0000L;
        long ramGap = 0x3FE0_0000L - 0x3800_0000L;
        assertEquals(gicGap + ramGap, plan.hypervisor().overGrantBytes());
        assertEquals(8, plan.hypervisor().used());
        assertEquals(8, plan.hypervisor().lowerBound());
    }

    @Test
    void aGuestNeverSpansAnotherGuestsMemory() {
        ContextPlan domU1 = plan.context("domain:domU1").orElseThrow();
        assertEquals(AddressRange.of(0x2000_0000, 0x800_0000), domU1.part(Part.B).get(0).range(),
            "domU2's RAM lies between domU1's RAM and the shared memory");
        ContextPlan domU2 = plan.context("domain:domU2").orElseThrow();
        assertEquals(AddressRange.between(0x2800_0000, 0x4000_0000), domU2.part(Part.B).get(0).range());
        assertEquals("domU2+shared", domU2.part(Part.B).get(0).owner());
    }

    @Test
    void normalMemoryIsNotSpannedAcrossRamBanksNorDeviceMemoryOverRam() {
        Design twoBanks = design.withBoard(design.board().withMemory(List.of(
            new MemoryBank("low", AddressRange.of(0, 0x3C00_0000)), new MemoryBank("high", AddressRange.of(0x3E00_0000, 0x4200_0000)))));
        assertEquals(2, MpuPlanner.plan(twoBanks, Strategy.COMPACT).hypervisor().part(Part.B).size(),
            "the gap between RAM and shared memory crosses a hole between banks");
        List<Device> devices = new ArrayList<>(design.board().devices());
        devices.add(new Device("gic-its", "arm,gic-v3-its", DeviceKind.GIC_DISTRIBUTOR, List.of(AddressRange.of(0x7000_0000, 0x2_0000)),
            MemoryType.DEVICE_nGnRE, List.of()));
        Design ramGap = design.withBoard(design.board().withDevices(devices));
        ContextPlan hv = MpuPlanner.plan(ramGap, Strategy.COMPACT).hypervisor();
        assertTrue(hv.part(Part.A).stream().anyMatch(r -> r.range().equals(AddressRange.of(0x7000_0000, 0x2_0000))),
            "a device window below RAM's end is not joined to devices above it through RAM");
    }
}

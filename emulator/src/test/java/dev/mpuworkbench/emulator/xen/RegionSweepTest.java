package dev.mpuworkbench.emulator.xen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.emulator.xen.RegionSweep.Request;
import dev.mpuworkbench.emulator.xen.RegionSweep.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSweepTest {
    private static final RegionPerm RW = RegionPerm.HYPERVISOR_RW;
    private static final RegionPerm RO = RegionPerm.HYPERVISOR_RO;

    @Test
    void touchingEqualRequestsMergeAndOthersStayApart() {
        List<Run> runs = RegionSweep.runs(List.of(
            new Request(0x2000, 0x3000, RW, 0, "b"), new Request(0x1000, 0x2000, RW, 1, "a"),
            new Request(0x3000, 0x4000, RO, 2, "c"), new Request(0x5000, 0x6000, RW, 3, "d")));
        assertEquals(3, runs.size());
        assertEquals(new Run(0x1000, 0x3000, RW, 0, List.of("a", "b")), runs.get(0));
        assertEquals(0x3000, runs.get(1).base());
        assertEquals(0x5000, runs.get(2).base());
    }

    @Test
    void overlappingRequestsShareTheCombinedPermissions() {
        List<Run> runs = RegionSweep.runs(List.of(
            new Request(0x1000, 0x3000, RegionPerm.HYPERVISOR_NOCACHE, 0, "early uart"),
            new Request(0x1000, 0x5000, RegionPerm.HYPERVISOR_NOCACHE, 1, "uart")));
        assertEquals(List.of(new Run(0x1000, 0x5000, RegionPerm.HYPERVISOR_NOCACHE, 0, List.of("early uart", "uart"))),
            runs);
        List<Run> mixed = RegionSweep.runs(List.of(new Request(0x1000, 0x3000, RO, 0, "ro"),
            new Request(0x2000, 0x4000, RegionPerm.HYPERVISOR_NOCACHE, 1, "dev")));
        assertEquals(2, mixed.size(), "the shared bytes take the device's permissions and join the device's run");
        assertEquals(new Run(0x1000, 0x2000, RO, 0, List.of("ro")), mixed.get(0));
        assertEquals(RegionPerm.HYPERVISOR_NOCACHE.attrIndex(), mixed.get(1).perm().attrIndex(),
            "the stricter memory type wins");
        assertEquals(false, mixed.get(1).perm().readOnly(), "the union of the grants");
        assertEquals(0x2000, mixed.get(1).base());
        assertEquals(List.of("ro", "dev"), mixed.get(1).what());
    }

    @Test
    void partAKeepsItsFixedOrderAndPartBLosesWhatPartAMaps() {
        List<Run> a = RegionSweep.runs(List.of(new Request(0x9000, 0xA000, RW, 0, "first"),
            new Request(0x1000, 0x2000, RO, 1, "second")));
        assertEquals(List.of("first", "second"), RegionSweep.fixedOrder(a).stream().map(MpuRegion::what).toList());
        List<Request> b = RegionSweep.without(List.of(new Request(0x0, 0xB000, RegionPerm.GUEST_RAM, 0, "ram")),
            RegionSweep.runs(List.of(new Request(0x1000, 0x2000, RO, 0, "x"), new Request(0x9000, 0xA000, RW, 1, "y"))));
        assertEquals(List.of(0x0L, 0x2000L, 0xA000L), b.stream().map(Request::base).toList());
        assertEquals(List.of(0x1000L, 0x9000L, 0xB000L), b.stream().map(Request::end).toList());
    }

    @Test
    void encodingsAreXens() {
        assertEquals(0x38, RegionPerm.HYPERVISOR_RX.prbarBits());
        assertEquals(0x3A, RegionPerm.HYPERVISOR_RO.prbarBits());
        assertEquals(0x32, RegionPerm.HYPERVISOR_RW.prbarBits());
        assertEquals(0x22, RegionPerm.HYPERVISOR_NOCACHE.prbarBits());
        assertEquals(0x36, RegionPerm.GUEST_RAM.prbarBits());
        assertEquals(0x27, RegionPerm.guestDevice(RegionPerm.DEVICE_NGNRE).prbarBits());
        assertEquals(0x2000_FFC9L, RegionPerm.HYPERVISOR_NOCACHE.prlar(0x2001_0000L));
    }
}

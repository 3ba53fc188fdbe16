package dev.mpuworkbench.emulator.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.emulator.boot.BootFdt;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.session.SampleBoots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuestWorkloadTest {
    private static final BootInfo INFO;

    static {
        try {
            INFO = BootFdt.read(DtbReader.read(SampleBoots.artifacts("fvp-default").dtb()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<long[]> el1Regions(GuestScript script) {
        List<long[]> regions = new ArrayList<>();
        long prbar = -1;
        for (GuestAction a : script.slice(0)) {
            if (a instanceof GuestAction.WriteRegister w && w.register().equals("PRBAR_EL1")) prbar = w.value();
            if (a instanceof GuestAction.WriteRegister w && w.register().equals("PRLAR_EL1")) {
                regions.add(new long[] {prbar, w.value()});
            }
        }
        return regions;
    }

    @Test
    void anMpuGuestProgramsDisjointEl1RegionsThenTurnsItsMpuOn() {
        DomainNode domU1 = INFO.domains().get(0);
        GuestScript script = GuestWorkload.script(INFO, domU1, 0, 32, Optional.empty());
        List<long[]> regions = el1Regions(script);
        assertEquals(5, regions.size(), "RAM text + RAM data, UART, shared memory, GICD");
        for (int i = 0; i < regions.size(); i++) {
            for (int j = 0; j < i; j++) {
                long bi = regions.get(i)[0] & ~0x3FL;
                long li = regions.get(i)[1] | 0x3F;
                long bj = regions.get(j)[0] & ~0x3FL;
                long lj = regions.get(j)[1] | 0x3F;
                assertTrue(li < bj || lj < bi, "EL1 regions " + j + " and " + i + " overlap");
            }
        }
        assertEquals(0x38, regions.get(0)[0] & 0x3F, "guest text is read-only and executable");
        assertEquals(0x32, regions.get(1)[0] & 0x3F, "guest data is writable and execute-never");
        List<GuestAction> first = script.slice(0);
        int sctlr = -1;
        int firstTouch = -1;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i) instanceof GuestAction.WriteRegister w && w.register().equals("SCTLR_EL1")) sctlr = i;
            if (first.get(i) instanceof GuestAction.Touch && firstTouch < 0) firstTouch = i;
        }
        assertTrue(sctlr >= 0 && sctlr < firstTouch, "the MPU is on before the first access");
        assertTrue(first.stream().filter(a -> a instanceof GuestAction.Touch).allMatch(a ->
            ((GuestAction.Touch) a).expected() == Expectation.ALLOWED));
        assertEquals(2, script.slices().size(), "no isolation probe without a victim");
        assertTrue(script.slice(1).stream().allMatch(a -> ((GuestAction.Touch) a).expected() == Expectation.EMULATED));
    }

    @Test
    void aFewEl1RegionsAreAllTheGuestUses() {
        GuestScript script = GuestWorkload.script(INFO, INFO.domains().get(0), 0, 2, Optional.empty());
        assertEquals(2, el1Regions(script).size());
    }

    @Test
    void anMmuGuestLeavesTheEl1MpuAloneAndOnlyVcpu0OfTheRogueProbesTheVictim() {
        DomainNode domU2 = INFO.domains().get(1);
        Optional<DomainNode> victim = Optional.of(INFO.domains().get(0));
        GuestScript vcpu0 = GuestWorkload.script(INFO, domU2, 0, 32, victim);
        assertTrue(vcpu0.slice(0).stream().noneMatch(a -> a instanceof GuestAction.WriteRegister));
        assertEquals(3, vcpu0.slices().size());
        GuestAction.Touch rogue = (GuestAction.Touch) vcpu0.slice(2).get(0);
        assertEquals(Expectation.CRASH, rogue.expected());
        assertEquals(INFO.domains().get(0).staticMem().get(0).base(), rogue.address());
        assertEquals(2, GuestWorkload.script(INFO, domU2, 1, 32, victim).slices().size(), "vCPU 1 does not probe");
        assertTrue(vcpu0.doneAfter(3) && !vcpu0.doneAfter(2));
    }
}

package dev.mpuworkbench.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.Part;
import dev.mpuworkbench.core.rules.BuildRule;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartPlacerTest {
    private static final long MIB = TestDesigns.MIB;

    /** Every movable block piled onto one address: a design full of overlaps. */
    static Design scrambled(Design d, long at) {
        for (MemoryBlock b : DesignBlocks.of(d)) {
            if (DesignPlacement.isResizable(b.subject()) && !d.isLocked(b.subject())) {
                d = DesignPlacement.withRange(d, b.subject(), b.range().withBase(at));
            }
        }
        return d;
    }

    static Design placed(PlacementResult r) {
        if (r instanceof PlacementResult.Failed f) throw new AssertionError("placement failed: " + f.reason());
        return ((PlacementResult.Placed) r).design();
    }

    private static int totalRegions(Design d) {
        return MpuPlanner.plan(d).contexts().stream().mapToInt(ContextPlan::used).sum();
    }

    @Test
    void aPileOfOverlappingBlocksBecomesAValidDesign() {
        Design pile = scrambled(TestDesigns.valid(), 0x1000_0000);
        assertTrue(Validator.hasErrors(DesignValidator.full().validate(pile)), "the pile overlaps everywhere");
        Design out = placed(AutoPlacer.place(pile));
        assertEquals(List.of(), DesignValidator.full().validate(out).stream().filter(Diagnostic::isError).toList());
        assertEquals(TestDesigns.valid().xen().startAddress(), out.xen().startAddress(), "Xen stays at XEN_START_ADDRESS");
    }

    @Test
    void guestMemoryIsPackedSoRegionsMerge() {
        Design out = placed(AutoPlacer.place(scrambled(TestDesigns.valid(), 0x1000_0000)));
        MpuPlan plan = MpuPlanner.plan(out);
        assertEquals(1, plan.hypervisor().part(Part.B).size(), "all guest RAM and shared memory in one hypervisor region");
        assertEquals(2, plan.context("domain:domU1").orElseThrow().part(Part.B).size(), "RAM+shm, and its UART");
        assertEquals(1, plan.context("domain:domU2").orElseThrow().part(Part.B).size(), "shm+RAM");
        assertTrue(totalRegions(out) < totalRegions(TestDesigns.valid()), "fewer regions than the hand-made layout");
        AddressRange guest = out.sections().guestMemory();
        assertTrue(guest.contains(out.domain("domU1").orElseThrow().staticMem().get(0)));
        assertTrue(guest.contains(out.domain("domU2").orElseThrow().sharedMemory().get(0).host()));
    }

    @Test
    void theHeapFollowsXenOnA64KiBBoundary() {
        Design out = placed(AutoPlacer.place(scrambled(TestDesigns.valid(), 0x1000_0000)));
        long xenEnd = out.xen().imageRange().end();
        assertEquals(AddressRange.alignUp(xenEnd, 64 * 1024), out.staticHeap().get(0).base());
        assertEquals(256 * MIB, out.staticHeap().get(0).size());
    }

    @Test
    void lockedBlocksStayWhereTheyAre() {
        Design d = TestDesigns.valid().withLocked(List.of(SubjectPath.staticMem("domU2", 0), SubjectPath.hostModule("dtb")));
        Design pile = scrambled(d, 0x4000_0000);
        Design out = placed(AutoPlacer.place(pile));
        assertEquals(AddressRange.of(0x2800_0000, 256 * MIB), out.domain("domU2").orElseThrow().staticMem().get(0));
        assertEquals(AddressRange.of(0x1FE0_0000, 0x2_0000), out.modules().get(0).range());
        assertTrue(out.sections().bootModules().contains(out.modules().get(0).range()));
    }

    @Test
    void aLockedSectionIsFilledFromInside() {
        Design d = TestDesigns.valid().withLocked(List.of(SubjectPath.section("bootModules")));
        Design out = placed(AutoPlacer.place(scrambled(d, 0x4000_0000)));
        assertEquals(AddressRange.of(0x1000_0000, 256 * MIB), out.sections().bootModules());
        assertTrue(out.sections().bootModules().contains(out.domain("domU2").orElseThrow().modules().get(1).range()));
    }

    @Test
    void whenNothingFitsTheReasonSaysWhatAndHowMuchIsMissing() {
        Design huge = TestDesigns.valid().withDomain("domU2", dom -> dom.withStaticMemAndMatchingMemory(
            List.of(AddressRange.of(0x2800_0000, 0x7000_0000L))));
        PlacementResult r = AutoPlacer.place(huge);
        PlacementResult.Failed f = assertInstanceOf(PlacementResult.Failed.class, r);
        assertTrue(f.reason().startsWith("the guest memory"), f.reason());
        assertTrue(f.reason().contains("bytes missing") && f.reason().contains("0x"), f.reason());
    }

    @Test
    void aLockedSectionThatIsTooSmallIsReported() {
        Design d = TestDesigns.valid().withSections(TestDesigns.valid().sections().withBootModules(AddressRange.of(0x1000_0000, MIB)))
            .withLocked(List.of(SubjectPath.section("bootModules")));
        PlacementResult.Failed f = assertInstanceOf(PlacementResult.Failed.class, AutoPlacer.place(d));
        assertTrue(f.reason().contains("locked section [0x10000000-0x100FFFFF]"), f.reason());
    }

    @Test
    void errorsPlacementCannotFixAreNamed() {
        Design efi = TestDesigns.valid().withXen(new dev.mpuworkbench.core.model.XenBuild(0x20_0000, TestDesigns.xen().sizes(),
            TestDesigns.xen().earlyUart(), XenMode.PARTITIONED, true, ""));
        PlacementResult.Failed f = assertInstanceOf(PlacementResult.Failed.class, AutoPlacer.place(efi));
        assertTrue(f.reason().contains(BuildRule.EFI_BOOT_WITH_MPU), f.reason());
        assertTrue(f.remaining().stream().anyMatch(x -> x.code().equals(BuildRule.EFI_BOOT_WITH_MPU)));
    }

    @Test
    void aMissingHeapAndMissingSectionsAreAdded() {
        Design bare = TestDesigns.valid().withStaticHeap(List.of()).withSections(Sections.NONE);
        PlacementResult.Placed p = assertInstanceOf(PlacementResult.Placed.class, AutoPlacer.place(bare));
        assertEquals(1, p.design().staticHeap().size());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("added a static heap")), p.notes().toString());
        Sections s = p.design().sections();
        assertTrue(s.bootModules() != null && s.guestMemory() != null && s.deviceMemory() != null);
        assertEquals(AddressRange.between(0x9C09_0000L, 0xAF30_0000L), s.deviceMemory(), "exactly the devices Xen or a guest maps");
    }

    @Test
    void xenAtTheUnsetDefaultAddressIsMovedIntoRam() {
        Design unset = TestDesigns.valid().withXen(TestDesigns.valid().xen().withStartAddress(0xFFFF_F000L));
        PlacementResult.Placed p = assertInstanceOf(PlacementResult.Placed.class, AutoPlacer.place(unset));
        assertEquals(0x20_0000, p.design().xen().startAddress(), "lowest RAM + 2 MiB");
        assertTrue(p.notes().get(0).contains("CONFIG_XEN_START_ADDRESS=0x200000"), p.notes().get(0));
    }

    @Test
    void upstreamDesignsGetNoNewSections() {
        Design up = TestDesigns.valid().withSections(Sections.NONE).withXen(TestDesigns.valid().xen().withMode(XenMode.UPSTREAM));
        Design out = placed(AutoPlacer.place(scrambled(up, 0x1000_0000)));
        assertEquals(Sections.NONE, out.sections());
    }
}

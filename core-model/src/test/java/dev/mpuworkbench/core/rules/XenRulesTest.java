package dev.mpuworkbench.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Rule;
import dev.mpuworkbench.core.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Xen/MPU rule code fires on a design with its mistake, and is silent on the clean design. */
class XenRulesTest {
    private static final long MIB = 1024 * 1024;
    private static final Validator VALIDATOR = DesignValidator.full();

    private static final Map<String, UnaryOperator<Design>> BREAKERS = Map.ofEntries(
        Map.entry(BuildRule.EFI_BOOT_WITH_MPU, d -> d.withXen(DesignEdits.withEfiBoot(d.xen(), true))),
        Map.entry(BuildRule.EARLY_UART_DT_MISMATCH, d -> d.withXen(d.xen().withEarlyUart(AddressRange.of(0x9C09_0000L, 0x1000)))),
        Map.entry(HeapRule.STATIC_HEAP_MISSING, d -> d.withStaticHeap(List.of())),
        Map.entry(HeapRule.STATIC_HEAP_BANKS, d -> d.withStaticHeap(List.of(d.staticHeap().get(0), AddressRange.of(0x7000_0000, 16 * MIB)))),
        Map.entry(HeapRule.HEAP_TOO_SMALL, d -> d.withStaticHeap(List.of(AddressRange.of(0x6000_0000, MIB)))),
        Map.entry(DomainRule.MEMORY_SIZE_MISMATCH, d -> d.withDomain("domU1", dom -> dom.withMemoryKib(1024))),
        Map.entry(DomainRule.DIRECT_MAP_WITHOUT_STATIC_MEM, d -> d.withDomain("domU1", dom -> dom.withStaticMem(List.of()))),
        Map.entry(DomainRule.EL1_MPU_NEEDS_STATIC_MEM, d -> d.withDomain("domU2",
            dom -> DesignEdits.withDirectMap(dom.withStaticMem(List.of()), false))),
        Map.entry(DomainRule.EL1_MPU_NEEDS_DIRECT_MAP, d -> d.withDomain("domU1", dom -> DesignEdits.withDirectMap(dom, false))),
        Map.entry(DomainRule.EL1_MMU_UNSUPPORTED, d -> r52(d).withDomain("domU2", dom -> DesignEdits.withEl1Msa(dom, El1Msa.MMU))),
        Map.entry(DomainRule.EL1_MMU_OPTIONAL, d -> d.withDomain("domU2", dom -> DesignEdits.withEl1Msa(dom, El1Msa.MMU))),
        Map.entry(DomainRule.DOMAIN_WITHOUT_STATIC_MEM, d -> d.withDomain("domU2",
            dom -> DesignEdits.withDirectMap(DesignEdits.withEl1Msa(dom, El1Msa.MMU), false).withStaticMem(List.of()))),
        Map.entry(DomainRule.STAGE2_NOT_IDENTITY, d -> d.withDomain("domU2",
            dom -> DesignEdits.withDirectMap(DesignEdits.withEl1Msa(dom, El1Msa.MMU), false))),
        Map.entry(ModuleRule.TOO_MANY_BOOT_MODULES, XenRulesTest::manyModules),
        Map.entry(ModuleRule.NO_HOST_DEVICE_TREE, d -> d.withModules(List.of())),
        Map.entry(ModuleRule.DTB_TOO_LARGE, d -> move(d, SubjectPath.hostModule("dtb"), AddressRange.of(0x1F00_0000, 3 * MIB))),
        Map.entry(SharedMemoryRule.SHM_HOST_MISMATCH, d -> d.withDomain("domU2", dom -> DesignEdits.withSharedMemory(dom, "shm0",
            new SharedMemory("shm0", AddressRange.of(0x3FC0_0000, 2 * MIB), 0x3FC0_0000, SharedMemory.Role.BORROWER)))),
        Map.entry(SharedMemoryRule.SHM_NOT_DIRECT_MAPPED, d -> d.withDomain("domU1", dom -> DesignEdits.withSharedMemory(dom, "shm0",
            new SharedMemory("shm0", dom.sharedMemory().get(0).host(), 0x7000_0000, SharedMemory.Role.OWNER)))),
        Map.entry(SharedMemoryRule.SHM_ID_TOO_LONG, XenRulesTest::longShmId),
        Map.entry(DeviceRule.PASSTHROUGH_UNKNOWN_DEVICE, d -> passThrough(d, "domU2", "spi@ffff0000")),
        Map.entry(DeviceRule.PASSTHROUGH_TWICE, d -> passThrough(d, "domU2", "uart@9c0a0000")),
        Map.entry(DeviceRule.GIC_PASSTHROUGH, d -> passThrough(d, "domU2", "gic@af000000")),
        Map.entry(DeviceRule.GIC_WEAK_ATTRIBUTES, d -> DesignEdits.withDeviceType(d, "gic@af000000", MemoryType.NORMAL_NC)),
        Map.entry(DeviceRule.MMIO_SRAM_AS_DEVICE, d -> passThrough(withDevice(d, new Device("sram@90000000", "mmio-sram",
            DeviceKind.MMIO_SRAM, List.of(AddressRange.of(0x9000_0000L, 0x1_0000)), MemoryType.DEVICE_nGnRE, List.of())),
            "domU2", "sram@90000000")),
        Map.entry(SectionRule.SECTION_MISSING, d -> d.withSections(d.sections().withGuestMemory(null))),
        Map.entry(SectionRule.MODULE_OUTSIDE_SECTION, d -> move(d, SubjectPath.hostModule("dtb"), AddressRange.of(0x7000_0000, 0x2_0000))),
        Map.entry(SectionRule.STATIC_MEM_OUTSIDE_SECTION, d -> move(d, SubjectPath.staticMem("domU1", 0), AddressRange.of(0x4000_0000, 128 * MIB))),
        Map.entry(SectionRule.DEVICE_OUTSIDE_SECTION, d -> move(d, SubjectPath.section("deviceMemory"), AddressRange.of(0x8000_0000L, 0x2000_0000))),
        Map.entry(SectionRule.SECTION_HOLDS_FOREIGN_BLOCK, d -> move(d, SubjectPath.staticHeap(0), AddressRange.of(0x3C00_0000, 32 * MIB))),
        Map.entry(Aarch32Rule.AARCH32_LIMITS, XenRulesTest::r52),
        Map.entry(MpuPlanRule.MPU_BUDGET_EXCEEDED, d -> d.withBoard(d.board().withMpuRegions(8, 32))),
        Map.entry(MpuPlanRule.WX_MAPPING, d -> move(d, SubjectPath.staticHeap(0), AddressRange.of(0x20_0000, 32 * MIB))),
        Map.entry(MpuPlanRule.WX_STAGE2, XenRulesTest::r52),
        Map.entry(MpuPlanRule.WX_UPSTREAM_AARCH32_TEXT, d -> r52(d).withXen(d.xen().withMode(XenMode.UPSTREAM))),
        Map.entry(MpuPlanRule.PART_A_CONFLICT, d -> passThrough(d, "domU2", "uart@9c090000")),
        Map.entry(MpuPlanRule.UPSTREAM_MAP_FAILED, d -> d.withXen(d.xen().withMode(XenMode.UPSTREAM)
            .withEarlyUart(AddressRange.of(0x9C09_0000L, 0x1000)))));

    /** Codes no design of the current model can trigger; each has its own test below. */
    private static final Set<String> NOT_REACHABLE_FROM_A_DESIGN = Set.of(MpuPlanRule.MAIR_ATTRIBUTES_EXCEEDED);

    static Design move(Design d, SubjectPath subject, AddressRange range) {
        return new ResizeBlock(subject, range).apply(d);
    }

    static Design r52(Design d) {
        Board b = d.board();
        return d.withBoard(new Board(b.name(), CpuKind.CORTEX_R52, 1, 24, 24, b.memory(), b.reserved(), b.devices()));
    }

    static Design passThrough(Design d, String domain, String device) {
        return d.withDomain(domain, dom -> {
            List<String> names = new ArrayList<>(dom.passthrough());
            names.add(device);
            return new Domain(dom.name(), dom.vcpus(), dom.memoryKib(), dom.staticMem(), dom.directMap(), dom.el1Msa(), names,
                dom.sharedMemory(), dom.modules(), dom.bootargs());
        });
    }

    static Design withDevice(Design d, Device device) {
        List<Device> devices = new ArrayList<>(d.board().devices());
        devices.add(device);
        return d.withBoard(d.board().withDevices(devices));
    }

    private static Design manyModules(Design d) {
        List<BootModule> modules = new ArrayList<>(d.modules());
        for (int i = 0; i < 30; i++) {
            modules.add(new BootModule("overlay" + i, ModuleKind.DEVICE_TREE, "o" + i + ".dtbo",
                AddressRange.of(0x1E00_0000 + i * 0x1_0000L, 0x1000), ""));
        }
        return d.withModules(modules);
    }

    private static Design longShmId(Design d) {
        String id = "shared-with-linux";
        List<Domain> out = new ArrayList<>();
        for (Domain dom : d.domains()) {
            SharedMemory s = dom.sharedMemory().get(0);
            out.add(DesignEdits.withSharedMemory(dom, "shm0", new SharedMemory(id, s.host(), s.guestAddress(), s.role())));
        }
        return d.withDomains(out);
    }

    static Stream<Arguments> codes() {
        return BREAKERS.keySet().stream().sorted().map(Arguments::of);
    }

    @Test
    void theCleanDesignHasNoFindingsAtAll() {
        assertEquals(List.of(), VALIDATOR.validate(RuleDesigns.clean()));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("codes")
    void eachCodeFiresOnItsMistake(String code) {
        Design broken = BREAKERS.get(code).apply(RuleDesigns.clean());
        List<Diagnostic> found = VALIDATOR.validate(broken);
        assertTrue(found.stream().anyMatch(d -> d.code().equals(code)), code + " did not fire: " + found);
        for (Diagnostic d : found) {
            assertFalse(d.message().isBlank());
            assertTrue(d.message().contains("0x"), "messages name addresses in hex: " + d.format());
        }
    }

    @Test
    void everyDeclaredCodeHasAFiringCase() {
        Set<String> declared = new HashSet<>();
        for (Rule r : XenRules.all()) declared.addAll(r.codes());
        declared.removeAll(NOT_REACHABLE_FROM_A_DESIGN);
        assertEquals(declared, BREAKERS.keySet());
        Set<String> structural = new HashSet<>();
        for (Rule r : Validator.structural().rules()) structural.addAll(r.codes());
        for (String code : declared) assertFalse(structural.contains(code), code + " duplicates a structural code");
    }

    @Test
    void fixesRemoveTheirFinding() {
        int fixed = 0;
        for (Map.Entry<String, UnaryOperator<Design>> e : BREAKERS.entrySet()) {
            Design broken = e.getValue().apply(RuleDesigns.clean());
            for (Diagnostic d : VALIDATOR.validate(broken)) {
                if (!d.code().equals(e.getKey()) || d.fix() == null) continue;
                Design after = d.fix().edit().apply(broken);
                assertTrue(VALIDATOR.validate(after).stream().noneMatch(x -> x.code().equals(d.code()) && x.subject().equals(d.subject())),
                    d.code() + " after '" + d.fix().description() + "'");
                fixed++;
            }
        }
        assertTrue(fixed >= 15, "most rules offer a fix: " + fixed);
    }

    @Test
    void theBudgetFindingNamesTheContextAndTheCount() {
        Design d = RuleDesigns.clean().withBoard(RuleDesigns.clean().board().withMpuRegions(10, 32));
        List<Diagnostic> budget = VALIDATOR.validate(d).stream().filter(x -> x.code().equals(MpuPlanRule.MPU_BUDGET_EXCEEDED)).toList();
        assertEquals(1, budget.size(), "only domU1 needs 11 regions: " + budget);
        assertEquals(SubjectPath.domain("domU1"), budget.get(0).subject());
        assertTrue(budget.get(0).message().contains("domain:domU1 needs 11") && budget.get(0).message().contains("1 too many"),
            budget.get(0).message());
    }

    @Test
    void upstreamBudgetCountsThePeakDuringBoot() {
        Design d = RuleDesigns.clean().withXen(RuleDesigns.clean().xen().withMode(XenMode.UPSTREAM));
        d = d.withBoard(d.board().withMpuRegions(10, 32));
        Diagnostic budget = VALIDATOR.validate(d).stream().filter(x -> x.code().equals(MpuPlanRule.MPU_BUDGET_EXCEEDED))
            .findFirst().orElseThrow();
        assertTrue(budget.message().contains("needs 11") && budget.message().contains("peak"), budget.message());
        assertEquals(SubjectPath.XEN, budget.subject());
    }

    @Test
    void onUpstreamAarch32TheTextQuirkIsReportedAsWritableAndExecutable() {
        Design d = r52(RuleDesigns.clean()).withXen(RuleDesigns.clean().xen().withMode(XenMode.UPSTREAM));
        Diagnostic wx = VALIDATOR.validate(d).stream().filter(x -> x.code().equals(MpuPlanRule.WX_UPSTREAM_AARCH32_TEXT))
            .findFirst().orElseThrow();
        assertTrue(wx.message().contains("0x18") && wx.message().contains("0x1C"), wx.message());
        assertFalse(wx.isError(), "Xen's own quirk: the design cannot fix it");
        assertTrue(VALIDATOR.validate(d).stream().noneMatch(x -> x.code().equals(MpuPlanRule.WX_MAPPING)));
        assertTrue(VALIDATOR.validate(d).stream().anyMatch(x -> x.code().equals(Aarch32Rule.AARCH32_LIMITS)
            && x.message().contains("stops before creating any of the 2 domain(s)")));
    }

    @Test
    void sectionsAreNotCheckedForUpstreamXenWhichDoesNotParseThem() {
        Design broken = BREAKERS.get(SectionRule.MODULE_OUTSIDE_SECTION).apply(RuleDesigns.clean());
        Design upstream = broken.withXen(broken.xen().withMode(XenMode.UPSTREAM));
        assertTrue(VALIDATOR.validate(upstream).stream().noneMatch(x -> x.code().equals(SectionRule.MODULE_OUTSIDE_SECTION)));
    }

    @Test
    void mairBudgetFiresAboveEightAttributesOnly() {
        List<Diagnostic> found = new ArrayList<>();
        MpuPlanRule.checkAttributeBudget(new java.util.TreeSet<>(Set.of(0x00, 0x04, 0x44, 0xAA, 0xEE, 0xFF, 0x08, 0x0C)), found::add);
        assertEquals(List.of(), found, "eight attributes fit");
        MpuPlanRule.checkAttributeBudget(new java.util.TreeSet<>(Set.of(0x00, 0x04, 0x44, 0xAA, 0xEE, 0xFF, 0x08, 0x0C, 0xBB)), found::add);
        assertEquals(1, found.size());
        assertEquals(MpuPlanRule.MAIR_ATTRIBUTES_EXCEEDED, found.get(0).code());
        assertTrue(found.get(0).message().contains("9 distinct") && found.get(0).message().contains("0xBB"), found.get(0).message());
    }
}

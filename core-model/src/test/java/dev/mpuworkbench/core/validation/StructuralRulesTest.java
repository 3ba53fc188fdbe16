package dev.mpuworkbench.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.edit.ResizeBlock;
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

class StructuralRulesTest {
    private static final long MIB = TestDesigns.MIB;
    private static final Validator VALIDATOR = Validator.structural();

    /** One design change per code that must make exactly that code fire. */
    private static final Map<String, UnaryOperator<Design>> BREAKERS = Map.ofEntries(
        Map.entry(EmptyRangeRule.EMPTY_RANGE, d -> move(d, SubjectPath.staticMem("domU2", 0),
            AddressRange.of(0x2800_0000, 0))),
        Map.entry(OverlapRule.MODULE_OVERLAP, d -> move(d, SubjectPath.domainModule("domU2", "ramdisk"),
            AddressRange.of(0x1020_1000, 0x35_67E0))),
        Map.entry(OverlapRule.XEN_IMAGE_OVERLAP, d -> move(d, SubjectPath.staticHeap(0), AddressRange.of(0x30_0000, 0x1_0000))),
        Map.entry(OverlapRule.MEMORY_OVERLAP, d -> move(d, SubjectPath.staticMem("domU2", 0),
            AddressRange.of(0x2400_0000, 256 * MIB))),
        Map.entry(OverlapRule.DEVICE_OVERLAP, d -> withDevice(d, "uart@9c098000", AddressRange.of(0x9C09_8000L, 0x1_0000))),
        Map.entry(OverlapRule.DEVICE_RAM_OVERLAP, d -> withDevice(d, "sram@60000000", AddressRange.of(0x6000_0000, 0x1_0000))),
        Map.entry(OverlapRule.SECTION_OVERLAP, d -> move(d, SubjectPath.section("guestMemory"),
            AddressRange.of(0x1800_0000, 512 * MIB))),
        Map.entry(RamContainmentRule.OUTSIDE_RAM, d -> move(d, SubjectPath.staticHeap(0), AddressRange.of(0x7800_0000, 0x1000_0000))),
        Map.entry(RamContainmentRule.IN_RESERVED_MEMORY, d -> move(d, SubjectPath.staticHeap(0),
            AddressRange.of(0x7E00_0000, 0x200_0000))),
        Map.entry(AlignmentRule.XEN_START_UNALIGNED, d -> d.withXen(d.xen().withStartAddress(0x20_0800))),
        Map.entry(AlignmentRule.STATIC_MEM_UNALIGNED, d -> move(d, SubjectPath.staticMem("domU2", 0),
            AddressRange.of(0x2800_0800, 256 * MIB))),
        Map.entry(AlignmentRule.SHM_UNALIGNED, d -> move(d, SubjectPath.of("sharedMemory", "shm0"),
            AddressRange.of(0x3FE0_0800, 0x1_F000))),
        Map.entry(AlignmentRule.EARLY_UART_UNALIGNED, d -> d.withXen(d.xen().withEarlyUart(AddressRange.of(0x9C09_0020L, 0x1000)))),
        Map.entry(AlignmentRule.SECTION_UNALIGNED, d -> move(d, SubjectPath.section("deviceMemory"),
            AddressRange.of(0x8000_0000L, 0x3000_0010))),
        Map.entry(AlignmentRule.DTB_UNALIGNED, d -> move(d, SubjectPath.hostModule("dtb"), AddressRange.of(0x1FE0_0004, 0x2_0000))),
        Map.entry(AlignmentRule.HEAP_UNALIGNED, d -> move(d, SubjectPath.staticHeap(0), AddressRange.of(0x6000_1000, 0x1000_0000))),
        Map.entry(AlignmentRule.DEVICE_UNALIGNED, d -> d.withBoard(d.board().withDevices(replaceDevice(d,
            new Device("uart@9c0a0000", "arm,pl011", DeviceKind.UART, List.of(AddressRange.of(0x9C0A_0000L, 0x100)),
                MemoryType.DEVICE_nGnRE, List.of(6)))))),
        Map.entry(AddressWidthRule.BEYOND_ADDRESS_SPACE, d -> d.withBoard(r52(d))));

    private static Design move(Design d, SubjectPath subject, AddressRange range) {
        return new ResizeBlock(subject, range).apply(d);
    }

    private static Design withDevice(Design d, String name, AddressRange mmio) {
        List<Device> devices = new ArrayList<>(d.board().devices());
        devices.add(new Device(name, "test", DeviceKind.OTHER, List.of(mmio), MemoryType.DEVICE_nGnRE, List.of()));
        return d.withBoard(d.board().withDevices(devices));
    }

    private static List<Device> replaceDevice(Design d, Device replacement) {
        return d.board().devices().stream().map(x -> x.name().equals(replacement.name()) ? replacement : x).toList();
    }

    private static dev.mpuworkbench.core.model.Board r52(Design d) {
        var b = d.board();
        var wide = new Device("far@100000000", "test", DeviceKind.OTHER, List.of(AddressRange.of(0x1_0000_0000L, 0x1000)),
            MemoryType.DEVICE_nGnRE, List.of());
        List<Device> devices = new ArrayList<>(b.devices());
        devices.add(wide);
        return new dev.mpuworkbench.core.model.Board(b.name(), CpuKind.CORTEX_R52, 1, 16, 16, b.memory(), b.reserved(), devices);
    }

    static Stream<Arguments> codes() {
        return BREAKERS.keySet().stream().sorted().map(Arguments::of);
    }

    @Test
    void theValidDesignHasNoFindings() {
        assertEquals(List.of(), VALIDATOR.validate(TestDesigns.valid()));
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("codes")
    void eachCodeFiresOnItsMistakeAndOnlyThere(String code) {
        Design broken = BREAKERS.get(code).apply(TestDesigns.valid());
        List<Diagnostic> found = VALIDATOR.validate(broken);
        assertTrue(found.stream().anyMatch(d -> d.code().equals(code)), code + " did not fire: " + found);
        for (Diagnostic d : found) {
            assertFalse(d.message().isBlank());
            assertTrue(d.message().contains("0x"), "messages name addresses in hex: " + d.message());
        }
        assertTrue(VALIDATOR.validate(TestDesigns.valid()).stream().noneMatch(d -> d.code().equals(code)));
    }

    @Test
    void everyDeclaredCodeHasAFiringCase() {
        Set<String> declared = new HashSet<>();
        for (Rule r : VALIDATOR.rules()) declared.addAll(r.codes());
        assertEquals(declared, BREAKERS.keySet());
    }

    @Test
    void touchingBlocksDoNotOverlap() {
        Design d = move(TestDesigns.valid(), SubjectPath.staticMem("domU2", 0), AddressRange.of(0x2800_0000, 0x17E0_0000));
        assertTrue(VALIDATOR.validate(d).isEmpty(), "domU2 RAM ends exactly where shm0 starts");
    }

    @Test
    void memreserveIsNamedInTheMessage() {
        Design d = TestDesigns.valid();
        d = d.withBoard(d.board().withReserved(List.of(new ReservedRange("memreserve 0", AddressRange.of(0x6000_0000, 0x1000),
            ReservedRange.Source.MEMRESERVE))));
        Diagnostic hit = VALIDATOR.validate(d).stream().filter(x -> x.code().equals(RamContainmentRule.IN_RESERVED_MEMORY))
            .findFirst().orElseThrow();
        assertTrue(hit.message().contains("/memreserve/"), hit.message());
        assertEquals(SubjectPath.staticHeap(0), hit.subject());
    }

    @Test
    void alignmentFixesRepairTheDesign() {
        for (String code : List.of(AlignmentRule.XEN_START_UNALIGNED, AlignmentRule.STATIC_MEM_UNALIGNED,
            AlignmentRule.SECTION_UNALIGNED, AlignmentRule.DTB_UNALIGNED, AlignmentRule.SHM_UNALIGNED)) {
            Design broken = BREAKERS.get(code).apply(TestDesigns.valid());
            Diagnostic d = VALIDATOR.validate(broken).stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            Design fixed = d.optionalFix().orElseThrow().edit().apply(broken);
            assertTrue(VALIDATOR.validate(fixed).stream().noneMatch(x -> x.code().equals(code)), code + " after fix");
        }
    }

    @Test
    void overlapsAreFoundInALargeDesignWithoutMissingAny() {
        Design d = TestDesigns.valid();
        List<BootModule> modules = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            modules.add(new BootModule("m" + i, ModuleKind.RAMDISK, "f", AddressRange.of(0x1000_0000 + i * 0x800L, 0x1000), ""));
        }
        d = d.withDomains(List.of()).withModules(modules);
        long overlaps = VALIDATOR.validate(d).stream().filter(x -> x.code().equals(OverlapRule.MODULE_OVERLAP)).count();
        assertEquals(199, overlaps, "each module overlaps only its successor");
        assertEquals(new MoveBlock(SubjectPath.hostModule("m0"), 0).description(), "Move modules/m0 to 0x0");
    }
}

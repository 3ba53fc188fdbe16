package dev.mpuworkbench.emulator.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.ModuleKind;
import dev.mpuworkbench.emulator.session.SampleBoots;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Xen's reading of the runtime DTB: the exported sample, and hand-written trees for the corner cases. */
class BootFdtTest {
    private static BootInfo dts(String text) throws BootInputException {
        return BootFdt.read(DtsCompiler.compile("test.dts", text.getBytes(StandardCharsets.UTF_8),
            CompileOptions.defaults(), new Diagnostics()));
    }

    private static final String BOARD = """
        /dts-v1/;
        / {
            #address-cells = <2>; #size-cells = <2>;
            aliases { serial0 = "/uart@9c090000"; };
            cpus { #address-cells = <1>; #size-cells = <0>; mpu,el2-regions = <16>;
                   cpu@0 { compatible = "arm,cortex-r82"; reg = <0>; }; };
            memory@0 { device_type = "memory"; reg = <0 0 0 0x80000000>; };
            uart@9c090000 { compatible = "arm,pl011"; reg = <0 0x9c090000 0 0x10000>; };
            uart@9c0a0000 { compatible = "arm,pl011"; reg = <0 0x9c0a0000 0 0x10000>; };
            flash@88000000 { compatible = "cfi-flash"; reg = <0 0x88000000 0 0x4000000>; };
            gic@af000000 { compatible = "arm,gic-v3"; reg = <0 0xaf000000 0 0x10000>, <0 0xaf100000 0 0x200000>; };
            %s
        };
        """;

    @Test
    void readsTheExportedDefaultDesignAsXenWould() throws Exception {
        BootInfo info = BootFdt.read(DtbReader.read(SampleBoots.artifacts("fvp-default").dtb()));
        assertEquals(List.of(AddressRange.of(0, 0x8000_0000L)), info.memory());
        assertEquals(List.of(AddressRange.of(0x7F00_0000L, 0x100_0000L)), info.reserved());
        assertEquals(List.of(AddressRange.of(0x6000_0000L, 0x1000_0000L)), info.staticHeap());
        assertEquals(AddressRange.of(0x1000_0000L, 0x1000_0000L), info.sections().bootModules());
        assertTrue(info.hostModules().isEmpty(), "the host DTB is no multiboot module: Xen knows it from x0");
        assertEquals(List.of("domU1", "domU2"), info.domains().stream().map(DomainNode::name).toList());
        DomainNode u1 = info.domains().get(0);
        assertEquals(1, u1.cpus());
        assertEquals(0x20000, u1.memoryKib());
        assertEquals(List.of(AddressRange.of(0x2000_0000L, 0x800_0000L)), u1.staticMem());
        assertTrue(u1.directMap());
        assertFalse(u1.el1Mmu());
        assertEquals(0x1000_0000L, u1.module(ModuleKind.KERNEL).orElseThrow().range().base());
        assertEquals("shm0", u1.sharedMemory().get(0).id());
        assertTrue(u1.sharedMemory().get(0).owner());
        assertEquals(1, u1.passthrough().size());
        assertTrue(u1.passthrough().get(0).endsWith("uart@9c0a0000"), u1.passthrough().toString());
        DomainNode u2 = info.domains().get(1);
        assertTrue(u2.el1Mmu());
        assertEquals(2, u2.cpus());
        assertTrue(u2.module(ModuleKind.RAMDISK).isPresent());
        assertEquals("uart@9c090000", info.console().orElseThrow().name(), "stdout-path names the console");
        assertEquals(1, info.gics().size());
        assertEquals(2, info.gics().get(0).mmio().size());
        assertEquals(32, info.el2Regions().getAsInt());
        assertFalse(info.aarch32());
    }

    @Test
    void dtuartOnTheCommandLinePicksTheConsole() throws Exception {
        BootInfo alias = dts(BOARD.formatted("chosen { xen,xen-bootargs = \"console=dtuart dtuart=serial0\"; };"));
        assertEquals("uart@9c090000", alias.console().orElseThrow().name());
        BootInfo path = dts(BOARD.formatted("chosen { xen,xen-bootargs = \"dtuart=/uart@9c0a0000\"; };"));
        assertEquals("uart@9c0a0000", path.console().orElseThrow().name());
        BootInfo none = dts(BOARD.formatted("chosen { xen,xen-bootargs = \"console=none\"; };"));
        assertTrue(none.console().isEmpty(), "without dtuart in console= Xen drives no UART");
        assertEquals(16, none.el2Regions().getAsInt());
    }

    @Test
    void memoryTypesFollowTheKindUnlessTheTreeSaysOtherwise() throws Exception {
        BootInfo info = dts(BOARD.formatted("dev@1000 { reg = <0 0x1000 0 0x1000>; mpuwb,memory-type = \"NORMAL_NC\"; };"));
        assertEquals(4, info.device("/uart@9c090000").orElseThrow().attrIndex());
        assertEquals(1, info.device("/flash@88000000").orElseThrow().attrIndex());
        assertEquals(1, info.device("/dev@1000").orElseThrow().attrIndex());
        BootInputException e = assertThrows(BootInputException.class, () -> dts(BOARD.formatted(
            "dev@1000 { reg = <0 0x1000 0 0x1000>; mpuwb,memory-type = \"FAST\"; };")));
        assertTrue(e.getMessage().startsWith("/dev@1000: mpuwb,memory-type \"FAST\""), e.getMessage());
    }

    @Test
    void aStaticMemWithTheWrongLengthNamesTheNodeAndTheCells() {
        BootInputException e = assertThrows(BootInputException.class, () -> dts(BOARD.formatted("""
            chosen { #address-cells = <2>; #size-cells = <2>;
                domU1 { compatible = "xen,domain"; cpus = <1>; memory = <0 0x1000>;
                        xen,static-mem = <0 0x20000000 0x1000>; }; };""")));
        assertEquals("/chosen/domU1: xen,static-mem is 12 bytes, not a multiple of 4 cells (#address-cells 2, "
            + "#size-cells 2)", e.getMessage());
    }

    @Test
    void aPassthroughPathMustNameADevice() {
        BootInputException e = assertThrows(BootInputException.class, () -> dts(BOARD.formatted("""
            chosen { #address-cells = <2>; #size-cells = <2>;
                domU1 { compatible = "xen,domain"; cpus = <1>; memory = <0 0x1000>;
                        mpuwb,passthrough = "/uart@1"; }; };""")));
        assertTrue(e.getMessage().contains("names /uart@1, which is not a device node"), e.getMessage());
    }

    @Test
    void aMissingCpusIsLeftForDomainConstructionToRefuse() throws Exception {
        BootInfo info = dts(BOARD.formatted("""
            chosen { #address-cells = <2>; #size-cells = <2>;
                domU1 { compatible = "xen,domain"; memory = <0 0x1000>; }; };"""));
        assertEquals(0, info.domains().get(0).cpus());
    }

    @Test
    void memreserveEntriesAreReserved() throws Exception {
        BootInfo info = dts(BOARD.replace("/dts-v1/;", "/dts-v1/;\n/memreserve/ 0x1000 0x2000;").formatted(""));
        assertEquals(List.of(AddressRange.of(0x1000, 0x2000)), info.reserved());
    }
}

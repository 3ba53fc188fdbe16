package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Xen documentation's example trees ({@code conformance/devicetree/real/xen/}, which hold a {@code /chosen}
 * but no board) import onto the FVP board with the domains, memory, modules and shared memory they spell out;
 * the values below were read off the files by hand.
 */
class XenExampleImportTest {
    private static final String XEN = "devicetree/real/xen/";

    private static DeviceTree compile(Path file) throws Exception {
        return DtsCompiler.compile(file.toString(), Files.readAllBytes(file), CompileOptions.defaults(), new Diagnostics());
    }

    private static ImportResult onFvp(String example) throws Exception {
        Path file = BindingFixtures.conformance(XEN + example);
        DeviceTree board = compile(BindingFixtures.sampleBoard("fvp-baser-aemv8r"));
        return DesignImporter.read(BindingFixtures.withChosenOf(board, compile(file)), example, null);
    }

    private static boolean noted(ImportResult r, String path, String text) {
        return r.notes().stream().anyMatch(n -> n.contains(path + ": ") && n.contains(text));
    }

    @Test
    void twoDomUsWithKernelsAndRamdisks() throws Exception {
        ImportResult r = onFvp("dom0less-two-domus.dts");
        Design d = r.design();
        assertEquals(BindingFixtures.sampleDesign("fvp-default").board(), d.board(), "the board is the FVP's");
        assertEquals(List.of("domU1", "domU2"), d.domains().stream().map(Domain::name).toList());
        Domain u1 = d.domains().get(0);
        assertEquals(2, u1.vcpus());
        assertEquals(131072, u1.memoryKib());
        assertEquals(List.of(), u1.staticMem());
        assertEquals(El1Msa.MPU, u1.el1Msa(), "v8r_el1_msa defaults to mpu");
        assertEquals(List.of(new BootModule("kernel", ModuleKind.KERNEL, "", AddressRange.of(0x4a00_0000L, 0xffffff), ""),
            new BootModule("ramdisk", ModuleKind.RAMDISK, "", AddressRange.of(0x4b00_0000L, 0xffffff), "")), u1.modules());
        assertEquals("console=ttyAMA0 init=/bin/sh", u1.bootargs());
        Domain u2 = d.domains().get(1);
        assertEquals(1, u2.vcpus());
        assertEquals(65536, u2.memoryKib());
        assertEquals(AddressRange.of(0x4c00_0000L, 0xffffff), u2.module("kernel").orElseThrow().range());
        assertEquals(AddressRange.of(0x4d00_0000L, 0xffffff), u2.module("ramdisk").orElseThrow().range());
        assertTrue(noted(r, "/chosen/domU1", "vcpu0 {}, vcpu1 {}, vpl011"), r.notes()::toString);
    }

    @Test
    void staticSharedMemoryWithHostGuestAndRoles() throws Exception {
        ImportResult r = onFvp("dom0less-static-shm.dts");
        Design d = r.design();
        assertEquals("console=dtuart dtuart=serial0 bootscrub=0", d.xen().bootargs());
        Domain u1 = d.domain("domU1").orElseThrow();
        assertEquals(131072, u1.memoryKib());
        assertEquals(List.of(
            new SharedMemory("my-shared-mem-0", AddressRange.of(0x1000_0000L, 0x1000_0000L), 0x5000_0000L,
                SharedMemory.Role.BORROWER),
            new SharedMemory("my-shared-mem-1", AddressRange.of(0x5000_0000L, 0x2000_0000L), 0x6000_0000L,
                SharedMemory.Role.BORROWER)), u1.sharedMemory(), "cells 1/1 of domU1; role defaults to borrower");
        Domain u2 = d.domain("domU2").orElseThrow();
        assertEquals(65536, u2.memoryKib());
        assertEquals(List.of(new SharedMemory("my-shared-mem-1", AddressRange.of(0x5000_0000L, 0x2000_0000L),
            0x7000_0000L, SharedMemory.Role.BORROWER)), u2.sharedMemory());
        assertTrue(noted(r, "/chosen/domU1/domU1-shared-mem-2", "no host address"), r.notes()::toString);
        assertTrue(noted(r, "/chosen/domU2/domU2-shared-mem-2", "no host address"), r.notes()::toString);
        assertTrue(noted(r, "/chosen/dom0-shared-mem@10000000", "no dom0"), r.notes()::toString);
    }

    @Test
    void dom0BootModulesAreNotPartOfADom0lessDesign() throws Exception {
        ImportResult r = onFvp("boot-modules.dts");
        assertEquals(List.of(), r.design().modules());
        assertEquals(List.of(), r.design().domains());
        for (String module : List.of("module@0xc0000000", "module@0xd0000000", "module@0xe0000000")) {
            assertTrue(noted(r, "/chosen/" + module, "dom0 module"), r.notes()::toString);
        }
    }

    @Test
    void cpupoolsAreNotedAndTheA72BoardIsRefused() throws Exception {
        ImportResult r = onFvp("cpupools.dts");
        assertTrue(noted(r, "/chosen/cpupool_a", "xen,cpupool"), r.notes()::toString);
        Path file = BindingFixtures.conformance(XEN + "cpupools.dts");
        BindingException e = assertThrows(BindingException.class, () -> DesignImporter.fromDts(file, null));
        assertEquals("/cpus/cpu@0", e.nodePath());
        assertTrue(e.getMessage().startsWith(file + ":17:11: /cpus/cpu@0: "), e.getMessage());
        assertTrue(e.problem().contains("\"arm,cortex-a72\" is not an Armv8-R core"), e.problem());
    }

    @Test
    void eventChannelExampleLacksCpusWhichXenRequires() throws Exception {
        BindingException e = assertThrows(BindingException.class, () -> onFvp("dom0less-static-evtchn.dts"));
        assertEquals("/chosen/domU1", e.nodePath());
        assertTrue(e.problem().startsWith("cpus is missing"), e.problem());
        assertTrue(e.getMessage().contains("dom0less-static-evtchn.dts:21:"), e.getMessage());
    }
}

package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Designs that use every corner the samples do not: each extension property, names that are no node names,
 * timers, devices without windows, upstream mode, a 32-bit board. Each must come back exactly, and the DTB
 * must still satisfy the real dtc.
 */
class ExtensionRoundTripTest {
    private static final long MIB = 1L << 20;

    @TempDir
    Path dir;

    private static Design roundTrip(Design design) throws Exception {
        Design back = DesignImporter.fromDtbBytes(RuntimeTreeExporter.toDtb(design), "x.dtb", null).design();
        assertEquals(design, back);
        return back;
    }

    private static Design fvp() {
        return BindingFixtures.sampleDesign("fvp-default");
    }

    private static Design rich() {
        Design base = fvp();
        Board b = base.board();
        List<Device> devices = new ArrayList<>(b.devices());
        devices.add(new Device("arch timer", "arm,armv8-timer", DeviceKind.TIMER, List.of(), MemoryType.DEVICE_nGnRE,
            DeviceKinds.TIMER_PPIS));
        devices.add(new Device("sram", "mmio-sram", DeviceKind.MMIO_SRAM, List.of(AddressRange.of(0x9000_0000L, 0x40000)),
            MemoryType.NORMAL_WB, List.of()));
        devices.add(new Device("gicr", "arm,gic-v3", DeviceKind.GIC_REDISTRIBUTOR,
            List.of(AddressRange.of(0xAF30_0000L, 0x20000)), MemoryType.DEVICE_nGnRnE, List.of(40)));
        devices.add(new Device("mailbox", "", DeviceKind.OTHER, List.of(), MemoryType.DEVICE_nGnRE, List.of(41, 42)));
        List<ReservedRange> reserved = new ArrayList<>(b.reserved());
        reserved.add(new ReservedRange("firmware log", AddressRange.of(0x7E00_0000L, MIB),
            ReservedRange.Source.RESERVED_MEMORY_NODE));
        reserved.add(new ReservedRange("memreserve@7d000000", AddressRange.of(0x7D00_0000L, MIB),
            ReservedRange.Source.MEMRESERVE));
        reserved.add(new ReservedRange("boot rom copy", AddressRange.of(0x7C00_0000L, MIB),
            ReservedRange.Source.MEMRESERVE));
        Board board = new Board("My board, rev. B", b.cpu(), 2, 24, 20,
            List.of(new MemoryBank("dram low", AddressRange.of(0, 0x4000_0000L)),
                new MemoryBank("memory@40000000", AddressRange.of(0x4000_0000L, 0x4000_0000L))),
            reserved, devices);
        XenBuild xen = new XenBuild(0x40_0000L, new XenImageSizes(0x1000, 0x2000, 0, 0x3000, 0x10, 0, 0x123456), null,
            XenMode.UPSTREAM, true, "");
        Domain rtos = new Domain("RTOS guest #1", 1, 0x8000, List.of(AddressRange.of(0x2000_0000L, 0x400_0000L),
            AddressRange.of(0x2800_0000L, 0x400_0000L)), true, El1Msa.MPU, List.of("mailbox", "sram", "no-such-device"),
            List.of(new SharedMemory("ring", AddressRange.of(0x3000_0000L, 0x1000), 0x3000_0000L, SharedMemory.Role.OWNER)),
            List.of(new BootModule("image", ModuleKind.KERNEL, "rtos.bin", AddressRange.of(0x1000_0000L, 0x10000), "quiet"),
                new BootModule("partial dt", ModuleKind.DEVICE_TREE, "rtos-pt.dtb", AddressRange.of(0x1001_0000L, 0x1000), ""),
                new BootModule("second kernel", ModuleKind.KERNEL, "other.bin", AddressRange.of(0x1002_0000L, 0x1000), "")),
            "console=hvc0");
        Domain noKernel = new Domain("bare", 3, 0, List.of(), false, El1Msa.MMU, List.of(), List.of(), List.of(),
            "args without a kernel");
        return new Design("Everything at once", board, xen, new Sections(AddressRange.of(0x1000_0000L, 0x1000_0000L),
            null, AddressRange.of(0x8000_0000L, 0x3000_0000L)), List.of(AddressRange.of(0x6000_0000L, 0x100_0000L),
            AddressRange.of(0x6200_0000L, 0x100_0000L)), List.of(rtos, noKernel),
            List.of(new BootModule("host dtb", ModuleKind.DEVICE_TREE, "system.dtb", AddressRange.of(0x1FE0_0000L, 0x20000), ""),
                new BootModule("policy", ModuleKind.XSM_POLICY, "xenpolicy", AddressRange.of(0x1FD0_0000L, 0x1000), ""),
                new BootModule("kernel", ModuleKind.KERNEL, "Image", AddressRange.of(0x1FC0_0000L, 0x1000), "x=1"),
                new BootModule("initrd", ModuleKind.RAMDISK, "initrd", AddressRange.of(0x1FB0_0000L, 0x1000), "")),
            List.of(SubjectPath.XEN_IMAGE, SubjectPath.staticMem("RTOS guest #1", 1)));
    }

    @Test
    void everyExtensionComesBack() throws Exception {
        roundTrip(rich());
    }

    @Test
    void theRichDesignStillSatisfiesDtc() throws Exception {
        Path dtc = BindingFixtures.tool("dtc");
        Files.write(dir.resolve("rich.dtb"), RuntimeTreeExporter.toDtb(rich()));
        BindingFixtures.Run run = BindingFixtures.run(dir, dtc.toString(), "-I", "dtb", "-O", "dts", "rich.dtb");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void upstreamModeKeepsTheSectionsOutOfXensNames() throws Exception {
        DeviceTree tree = RuntimeTreeExporter.toTree(rich());
        Node chosen = tree.node("/chosen").orElseThrow();
        assertFalse(chosen.hasProperty("mpu,boot-module-section"));
        assertTrue(chosen.hasProperty(Extensions.BOOT_MODULE_SECTION));
        assertTrue(tree.node("/chosen").orElseThrow().hasProperty(Extensions.EFI_BOOT));
        assertTrue(chosen.property(Extensions.EARLY_UART).orElseThrow().isEmpty(), "early printk off");
    }

    @Test
    void namesThatAreNoNodeNamesGoIntoMpuwbName() throws Exception {
        DeviceTree tree = RuntimeTreeExporter.toTree(rich());
        Node guest = tree.node("/chosen/RTOS-guest--1").orElseThrow();
        assertEquals("RTOS guest #1", guest.string(Extensions.NAME).orElseThrow());
        assertEquals(List.of("/mailbox", "/sram@90000000", "/no-such-device"), guest.strings(Extensions.PASSTHROUGH));
        assertTrue(tree.node("/sram@90000000").orElseThrow().hasProperty("xen,passthrough"));
        assertEquals("dram low", tree.node("/memory@0").orElseThrow().string(Extensions.NAME).orElseThrow());
        assertEquals(List.of("memreserve@7d000000", "boot rom copy"),
            tree.node("/chosen").orElseThrow().strings(Extensions.MEMRESERVE_NAMES));
        assertEquals(2, tree.reservations().size());
        Node timer = tree.node("/arch-timer").orElseThrow();
        assertTrue(timer.hasProperty(Extensions.DEVICE), "a timer with the usual PPIs is marked as a design device");
        assertFalse(tree.node("/timer").isPresent(), "no second, default timer");
    }

    @Test
    void firstKernelCarriesTheDomainsCommandLine() throws Exception {
        DeviceTree tree = RuntimeTreeExporter.toTree(rich());
        Node guest = tree.node("/chosen/RTOS-guest--1").orElseThrow();
        Node first = guest.child("module@10000000").orElseThrow();
        assertEquals("console=hvc0", first.string("bootargs").orElseThrow());
        assertEquals("quiet", first.string(Extensions.BOOTARGS).orElseThrow());
        assertFalse(guest.child("module@10020000").orElseThrow().hasProperty("bootargs"));
        assertEquals("args without a kernel", tree.node("/chosen/bare").orElseThrow().string(Extensions.BOOTARGS)
            .orElseThrow());
    }

    @Test
    void aCortexR52DesignUsesOneCellAndComesBack() throws Exception {
        Design r52 = DesignImporter.fromDts(BindingFixtures.sampleBoard("r52-aarch32"), null).design();
        Domain guest = new Domain("domU1", 1, 0x10000, List.of(AddressRange.of(0x2000_0000L, 0x400_0000L)), true,
            El1Msa.MPU, List.of("uart@9c0a0000"), List.of(), List.of(new BootModule("kernel", ModuleKind.KERNEL,
            "zephyr.bin", AddressRange.of(0x1000_0000L, 0x80000), "")), "");
        Design design = r52.withDomains(List.of(guest)).withStaticHeap(List.of(AddressRange.of(0x3000_0000L, 0x800_0000L)))
            .withSections(new Sections(AddressRange.of(0x1000_0000L, 0x1000_0000L), AddressRange.of(0x2000_0000L,
                0x1000_0000L), AddressRange.of(0x8800_0000L, 0x2800_0000L)));
        DeviceTree tree = RuntimeTreeExporter.toTree(design);
        assertEquals(1, tree.root().u32("#address-cells").orElseThrow());
        assertEquals(1, tree.node("/chosen").orElseThrow().u32("#size-cells").orElseThrow());
        assertEquals("arm,armv7-timer", tree.node("/timer").orElseThrow().string("compatible").orElseThrow());
        assertEquals(List.of(0x2000_0000L, 0x400_0000L), java.util.Arrays.stream(tree.node("/chosen/domU1")
            .orElseThrow().cells("xen,static-mem")).boxed().toList());
        roundTrip(design);
    }

    @Test
    void aForeignTimerWithOtherPpisIsADevice() throws Exception {
        String dts = BindingFixtures.read(BindingFixtures.sampleBoard("fvp-baser-aemv8r"))
            .replace("interrupts = <1 13 8>, <1 14 8>, <1 11 8>, <1 10 8>;", "interrupts = <1 13 8>, <1 14 8>, <1 11 8>;");
        Device timer = DesignImporter.fromDtsText(dts, "fvp.dts", null).design().board().device("timer").orElseThrow();
        assertEquals(new Device("timer", "arm,armv8-timer", DeviceKind.TIMER, List.of(), MemoryType.DEVICE_nGnRE,
            List.of(13, 14, 11)), timer);
    }
}

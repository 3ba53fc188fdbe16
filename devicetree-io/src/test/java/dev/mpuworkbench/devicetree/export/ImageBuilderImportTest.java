package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Validator;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderConfig;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderPlacement;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderProblem;
import dev.mpuworkbench.devicetree.imagebuilder.ImageSize;
import dev.mpuworkbench.devicetree.imagebuilder.PlacementFlavour;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageBuilderImportTest {
    private static final Map<String, ImageSize> SIZES = Map.of(
        "virt.dtb", ImageSize.ofFile(0x10_0000),
        "xen", ImageSize.withHeader(0x12_4000, 0x1E_4000),
        "Image", ImageSize.withHeader(0x134_0200, 0x156_0000),
        "initrd", ImageSize.ofFile(3_500_000));

    /** The FVP BaseR board of fvp-default.json, written out by hand. */
    static Board fvpBoard() {
        Device gic = new Device("interrupt-controller@af000000", "arm,gic-v3", DeviceKind.GIC_DISTRIBUTOR,
            List.of(AddressRange.of(0xAF00_0000L, 0x1_0000), AddressRange.of(0xAF10_0000L, 0x20_0000)),
            MemoryType.DEVICE_nGnRE, List.of());
        return new Board("fvp-baser-aemv8r", CpuKind.CORTEX_R82, 4, 32, 32,
            List.of(new MemoryBank("memory@0", AddressRange.of(0, 0x8000_0000L))),
            List.of(new ReservedRange("secure@7f000000", AddressRange.of(0x7F00_0000L, 0x100_0000),
                ReservedRange.Source.RESERVED_MEMORY_NODE)),
            List.of(uart(0x9C09_0000L, 5), uart(0x9C0A_0000L, 6), uart(0x9C0B_0000L, 7), uart(0x9C0C_0000L, 8), gic,
                new Device("flash@88000000", "cfi-flash", DeviceKind.FLASH, List.of(AddressRange.of(0x8800_0000L, 0x400_0000)),
                    MemoryType.NORMAL_NC, List.of())));
    }

    private static Device uart(long base, int irq) {
        return new Device("uart@" + Long.toHexString(base), "arm,pl011", DeviceKind.UART, List.of(AddressRange.of(base, 0x1_0000)),
            MemoryType.DEVICE_nGnRE, List.of(irq));
    }

    private static ImageBuilderConfig workedExample() throws ImageBuilderException {
        return ImageBuilderConfig.parse(TestSupport.resource("dev/mpuworkbench/devicetree/imagebuilder/worked-example.cfg"),
            "worked-example.cfg");
    }

    private static Design importWorkedExample(PlacementFlavour flavour) throws ImageBuilderException {
        ImageBuilderConfig c = workedExample();
        return ImageBuilderImport.toDesign(c, ImageBuilderPlacement.placeWithSizes(c, SIZES, flavour), fvpBoard());
    }

    @Test
    void theHandWrittenBoardIsTheSampleDesignsBoard() {
        assertEquals(TestSupport.fvpDefault().board(), fvpBoard());
    }

    @Test
    void theWorkedExampleBecomesADesignAtImageBuilder2023_2Addresses() throws Exception {
        Design d = importWorkedExample(PlacementFlavour.FILE_SIZE_2023_2);
        assertEquals("ImageBuilder import of worked-example.cfg", d.name());
        assertEquals(0x4300_0000L, d.xen().startAddress());
        assertEquals(ImageBuilderImport.DEFAULT_XEN_SIZES, d.xen().sizes());
        assertEquals(XenMode.PARTITIONED, d.xen().mode());
        assertNull(d.xen().earlyUart());
        assertEquals(ImageBuilderImport.DEFAULT_XEN_CMD, d.xen().bootargs());
        assertEquals(List.of(new BootModule("dtb", ModuleKind.DEVICE_TREE, "virt.dtb", AddressRange.of(0x4320_0000L, 0x10_0000), "")),
            d.modules());
        Domain domU0 = d.domains().get(0);
        assertEquals(new Domain("domU0", 1, 256 * 1024, List.of(), false, El1Msa.MMU, List.of(), List.of(),
            List.of(new BootModule("kernel", ModuleKind.KERNEL, "Image", AddressRange.of(0x4040_0000L, 0x134_0200), ""),
                new BootModule("ramdisk", ModuleKind.RAMDISK, "initrd", AddressRange.of(0x4180_0000L, 0x35_67E0), "")),
            "console=ttyAMA0"), domU0);
        Domain domU1 = d.domains().get(1);
        assertEquals(new Domain("domU1", 1, 256 * 1024, List.of(AddressRange.of(0x6000_0000L, 0x1000_0000L)), true, El1Msa.MPU,
            List.of(), List.of(), List.of(new BootModule("kernel", ModuleKind.KERNEL, "Image",
                AddressRange.of(0x41C0_0000L, 0x134_0200), "")), "console=ttyAMA0"), domU1);
        assertNull(d.sections().bootModules(), "Xen lies between the modules");
        assertEquals(AddressRange.of(0x6000_0000L, 0x1000_0000L), d.sections().guestMemory());
        assertEquals(AddressRange.between(0x8800_0000L, 0xAF30_0000L), d.sections().deviceMemory());
        assertTrue(d.staticHeap().isEmpty());
        List<Diagnostic> problems = Validator.structural().validate(d);
        assertFalse(Validator.hasErrors(problems), problems.toString());
    }

    @Test
    void withHeaderSizesXenGrowsToCoverItsImageAndModulesTakeTheirHeaderSize() throws Exception {
        Design d = importWorkedExample(PlacementFlavour.HEADER_SIZE_SINCE_2023_09);
        assertEquals(0x4340_0000L, d.xen().startAddress());
        assertEquals(0x1E_4000, d.xen().imageRange().size());
        assertEquals(0x11_2000, d.xen().sizes().text());
        assertEquals(AddressRange.of(0x4040_0000L, 0x156_0000), d.domains().get(0).modules().get(0).range());
        assertEquals(0x4360_0000L, d.modules().get(0).range().base());
        assertFalse(Validator.hasErrors(Validator.structural().validate(d)));
    }

    @Test
    void theNotesSayEveryDefault() throws Exception {
        ImageBuilderConfig c = workedExample();
        List<String> notes = ImageBuilderImport.notes(c,
            ImageBuilderPlacement.placeWithSizes(c, SIZES, PlacementFlavour.FILE_SIZE_2023_2), fvpBoard());
        assertEquals(List.of(
            "Xen section sizes are those of a typical arm64 MPU build (0x192000 bytes in all); enter the real sizes of your build",
            "Xen is linked at its ImageBuilder load address 0x43000000 (CONFIG_XEN_START_ADDRESS); early printk is off and the mode is partitioned",
            "domU0 runs with v8r_el1_msa \"mmu\" (without static memory and direct map it cannot use the EL1 MPU)",
            "domU1 runs with v8r_el1_msa \"mpu\" (it has static memory and direct map)",
            "no XEN_STATIC_HEAP: Xen on the MPU needs one static heap bank; add it",
            "no boot-module section: Xen lies between the modules ImageBuilder loads, so no one section covers them without Xen;"
                + " move Xen or the modules and add it",
            "the guest-memory section [0x60000000-0x6FFFFFFF] spans static and shared memory",
            "the device-memory section [0x88000000-0xAF2FFFFF] spans the board's devices"), notes);
    }

    @Test
    void passthroughPathsSharedMemoryAndTheHeapAreImported() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("""
            MEMORY_START=0x10000000
            MEMORY_END=0x20000000
            DEVICE_TREE=system.dtb
            XEN=xen
            XEN_CMD="console=dtuart   sched=null"
            XEN_STATIC_HEAP="0x60000000 0x10000000"
            BOOT_CMD=bootefi
            NUM_DOMUS=2
            DOMU_KERNEL[0]=zephyr.bin
            DOMU_STATIC_MEM[0]="0x20000000 0x8000000"
            DOMU_PASSTHROUGH_PATHS[0]="/soc/uart@9c0a0000"
            DOMU_SHARED_MEM[0]="shm0 0x3FE00000 0x3FE00000 0x200000"
            DOMU_KERNEL[1]=Image
            DOMU_NOBOOT[1]=1
            """, "z.cfg");
        Map<String, Long> sizes = Map.of("zephyr.bin", 0x8_0000L, "xen", 0x12_4000L, "system.dtb", 0x2_0000L);
        ImageBuilderPlacement p = ImageBuilderPlacement.place(c, sizes, PlacementFlavour.FILE_SIZE_2023_2);
        Design d = ImageBuilderImport.toDesign(c, p, fvpBoard());
        assertEquals(1, d.domains().size());
        Domain z = d.domains().get(0);
        assertEquals(List.of("uart@9c0a0000"), z.passthrough());
        assertEquals(List.of(new SharedMemory("shm0", AddressRange.of(0x3FE0_0000L, 0x20_0000), 0x3FE0_0000L,
            SharedMemory.Role.BORROWER)), z.sharedMemory());
        assertEquals(List.of(AddressRange.of(0x6000_0000L, 0x1000_0000L)), d.staticHeap());
        assertEquals("console=dtuart sched=null", d.xen().bootargs());
        assertTrue(d.xen().efiBoot());
        assertEquals(AddressRange.between(0x2000_0000L, 0x4000_0000L), d.sections().guestMemory());
        assertTrue(ImageBuilderImport.notes(c, p, fvpBoard()).contains(
            "domU1 is left out: ImageBuilder does not boot it (DOMU_NOBOOT or DOMU_ROOTFS)"));
    }

    @Test
    void whatTheDesignCannotHoldIsAnErrorAtItsVariable() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("""
            MEMORY_START=0x40000000
            MEMORY_END=0x40A00000
            DEVICE_TREE=d.dtb
            XEN=xen
            DOM0_KERNEL=dom0
            NUM_DOMUS=1
            DOMU_KERNEL[0]=k
            DOMU_PASSTHROUGH_PATHS[0]="/soc/serial@1c090000"
            DOMU_SHARED_MEM[0]="shm0 0x7FE00000 0x200000"
            """, "bad.cfg");
        ImageBuilderPlacement p = ImageBuilderPlacement.place(c, Map.of("d.dtb", 1L, "xen", 1L, "dom0", 1L, "k", 1L),
            PlacementFlavour.FILE_SIZE_2023_2);
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> ImageBuilderImport.toDesign(c, p, fvpBoard()));
        List<String> messages = e.problems().stream().map(ImageBuilderProblem::toString).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertEquals("bad.cfg:2:12: Error, not enough memory to load all binaries: they end at 0x40C00000 and ImageBuilder"
            + " needs 2 MiB more below MEMORY_END 0x40A00000", messages.get(0));
        assertEquals("bad.cfg:5:13: DOM0_KERNEL: the workbench models dom0less systems only; remove dom0 or boot it as a domU",
            messages.get(1));
        assertTrue(messages.get(2).startsWith("bad.cfg:8:27: DOMU_PASSTHROUGH_PATHS[0]: the board fvp-baser-aemv8r has no device"
            + " serial@1c090000 (from /soc/serial@1c090000); its devices are uart@9c090000,"), messages.get(2));
        assertEquals("bad.cfg:9:20: DOMU_SHARED_MEM[0]: the host address of shm0 is omitted; the workbench needs a fixed host"
            + " address (write \"ID HOST GUEST SIZE\")", messages.get(3));
    }

    @Test
    void anExportedDesignImportsBackWithItsDomainsAndMemory() throws Exception {
        Design fvp = TestSupport.fvpDefault();
        ImageBuilderConfig c = ImageBuilderConfig.parse(ImageBuilderExport.of(fvp, ImageBuilderExportOptions.defaults()), "x.cfg");
        Map<String, Long> sizes = Map.of("zephyr.bin", 0x8_0000L, "Image", 0x156_0000L, "initrd", 0x35_67E0L,
            "system.dtb", 0x2_0000L, "xen", 0x19_2000L);
        Design back = ImageBuilderImport.toDesign(c, ImageBuilderPlacement.place(c, sizes, PlacementFlavour.FILE_SIZE_2023_2),
            fvp.board());
        assertEquals(fvp.staticHeap(), back.staticHeap());
        assertEquals(fvp.xen().bootargs(), back.xen().bootargs());
        for (int i = 0; i < 2; i++) {
            Domain want = fvp.domains().get(i);
            Domain got = back.domains().get(i);
            assertEquals(want.staticMem(), got.staticMem());
            assertEquals(want.memoryKib(), got.memoryKib());
            assertEquals(want.vcpus(), got.vcpus());
            assertEquals(want.directMap(), got.directMap());
            // ImageBuilder has no v8r_el1_msa: the import takes "mpu" exactly where Xen allows it (static + direct-map).
            assertEquals(got.directMap() && !got.staticMem().isEmpty() ? El1Msa.MPU : El1Msa.MMU, got.el1Msa());
            assertEquals(want.sharedMemory().stream().map(s -> s.host()).toList(),
                got.sharedMemory().stream().map(s -> s.host()).toList());
            assertEquals(want.modules().stream().map(BootModule::file).toList(), got.modules().stream().map(BootModule::file).toList());
        }
    }
}

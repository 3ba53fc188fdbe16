package dev.mpuworkbench.devicetree.imagebuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden addresses: the worked example of research/layout_tools.md §1.7, both columns, every address. */
class ImageBuilderPlacementTest {
    static final Map<String, ImageSize> WORKED_EXAMPLE_SIZES = Map.of(
        "virt.dtb", ImageSize.ofFile(0x10_0000),
        "xen", ImageSize.withHeader(0x12_4000, 0x1E_4000),
        "Image", ImageSize.withHeader(0x134_0200, 0x156_0000),
        "initrd", ImageSize.ofFile(3_500_000));

    private static ImageBuilderConfig config(String text) throws ImageBuilderException {
        return ImageBuilderConfig.parse(text, "c.cfg");
    }

    private static List<String> rows(ImageBuilderPlacement p) {
        return p.files().stream().map(f -> f.variable() + " " + f.file() + " 0x" + Long.toHexString(f.address()).toUpperCase()
            + " -> 0x" + Long.toHexString(f.next()).toUpperCase()).toList();
    }

    @Test
    void workedExampleWithFileSizesAsImageBuilder2023_2() throws Exception {
        ImageBuilderPlacement p = ImageBuilderPlacement.placeWithSizes(ImageBuilderConfigTest.workedExample(),
            WORKED_EXAMPLE_SIZES, PlacementFlavour.FILE_SIZE_2023_2);
        assertEquals(0x4020_0000L, p.scriptAddress());
        assertEquals(List.of(
            "DOMU_KERNEL[0] Image 0x40400000 -> 0x41800000",
            "DOMU_RAMDISK[0] initrd 0x41800000 -> 0x41C00000",
            "DOMU_KERNEL[1] Image 0x41C00000 -> 0x43000000",
            "XEN xen 0x43000000 -> 0x43200000",
            "DEVICE_TREE virt.dtb 0x43200000 -> 0x43400000"), rows(p));
        assertEquals(0x4340_0000L, p.end());
        assertTrue(p.fits());
        assertEquals(0x134_0200, p.file("DOMU_KERNEL[0]").orElseThrow().size());
        assertEquals(0x35_67E0, p.file("DOMU_RAMDISK[0]").orElseThrow().size());
    }

    @Test
    void workedExampleWithHeaderSizesAsImageBuilderSinceSeptember2023() throws Exception {
        ImageBuilderPlacement p = ImageBuilderPlacement.placeWithSizes(ImageBuilderConfigTest.workedExample(),
            WORKED_EXAMPLE_SIZES, PlacementFlavour.HEADER_SIZE_SINCE_2023_09);
        assertEquals(0x4020_0000L, p.scriptAddress());
        assertEquals(List.of(
            "DOMU_KERNEL[0] Image 0x40400000 -> 0x41A00000",
            "DOMU_RAMDISK[0] initrd 0x41A00000 -> 0x41E00000",
            "DOMU_KERNEL[1] Image 0x41E00000 -> 0x43400000",
            "XEN xen 0x43400000 -> 0x43600000",
            "DEVICE_TREE virt.dtb 0x43600000 -> 0x43800000"), rows(p));
        assertTrue(p.fits());
        assertEquals(0x156_0000, p.file("DOMU_KERNEL[1]").orElseThrow().size());
        assertEquals(0x4340_0000L, p.address("XEN").getAsLong());
    }

    @Test
    void theScriptNeverGoesBelow12MibAndAFileOfWholeStepsLeavesNoGap() throws Exception {
        ImageBuilderConfig c = config("MEMORY_START=0\nMEMORY_END=0x80000000\nXEN=xen\nDEVICE_TREE=d.dtb\n"
            + "NUM_DOMUS=1\nDOMU_KERNEL[0]=k\n");
        ImageBuilderPlacement p = ImageBuilderPlacement.place(c, Map.of("k", 0x40_0000L, "xen", 1L, "d.dtb", 0L),
            PlacementFlavour.FILE_SIZE_2023_2);
        assertEquals(0xC0_0000, p.scriptAddress());
        assertEquals(List.of("DOMU_KERNEL[0] k 0xE00000 -> 0x1200000", "XEN xen 0x1200000 -> 0x1400000",
            "DEVICE_TREE d.dtb 0x1400000 -> 0x1400000"), rows(p));
    }

    @Test
    void theOrderIsDom0DomUsXenPolicyOverlaysDtbBitstreamAndSkipsUnbootedGuests() throws Exception {
        ImageBuilderConfig c = config("""
            MEMORY_START=0x40000000
            MEMORY_END=0x80000000
            BITSTREAM=fpga.bit
            DEVICE_TREE=host.dtb
            NUM_DT_OVERLAY=1
            DT_OVERLAY[0]=o.dtbo
            XEN_POLICY=policy
            XEN=xen
            DOM0_KERNEL=dom0
            DOM0_RAMDISK=dom0.cpio
            NUM_DOMUS=3
            DOMU_KERNEL[0]=k0
            DOMU_PASSTHROUGH_DTB[0]=pt0.dtb
            DOMU_RAMDISK[0]=r0
            DOMU_KERNEL[1]=k1
            DOMU_NOBOOT[1]=1
            DOMU_KERNEL[2]=k2
            """);
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (String f : List.of("fpga.bit", "host.dtb", "o.dtbo", "policy", "xen", "dom0", "dom0.cpio", "k0", "pt0.dtb", "r0", "k2")) {
            sizes.put(f, 1L);
        }
        List<String> order = ImageBuilderPlacement.place(c, sizes, PlacementFlavour.HEADER_SIZE_SINCE_2023_09).files().stream()
            .map(PlacedFile::variable).toList();
        assertEquals(List.of("DOM0_KERNEL", "DOM0_RAMDISK", "DOMU_KERNEL[0]", "DOMU_RAMDISK[0]", "DOMU_PASSTHROUGH_DTB[0]",
            "DOMU_KERNEL[2]", "XEN", "XEN_POLICY", "DT_OVERLAY[0]", "DEVICE_TREE", "BITSTREAM"), order);
        ImageBuilderPlacement old = ImageBuilderPlacement.place(c, sizes, PlacementFlavour.FILE_SIZE_2023_2);
        assertFalse(old.file("XEN_POLICY").isPresent());
        assertEquals(List.of("XEN_POLICY is not loaded: ImageBuilder 2023.2 does not know it"), old.notes());
    }

    @Test
    void bootmWrapsXenInA64ByteHeader() throws Exception {
        ImageBuilderConfig c = config("MEMORY_START=0x40000000\nMEMORY_END=0x80000000\nBOOT_CMD=bootm\nXEN=xen\n"
            + "DEVICE_TREE=d\nNUM_DOMUS=1\nDOMU_KERNEL[0]=k\n");
        ImageBuilderPlacement p = ImageBuilderPlacement.place(c, Map.of("k", 1L, "xen", 0x20_0000L, "d", 1L),
            PlacementFlavour.FILE_SIZE_2023_2);
        assertEquals(0x20_0040, p.file("XEN").orElseThrow().size());
        assertEquals(0x40A0_0000L, p.address("DEVICE_TREE").getAsLong(), "64 bytes over 2 MiB push the DTB a step");
        ImageBuilderConfig booti = config("MEMORY_START=0x40000000\nMEMORY_END=0x80000000\nXEN=xen\n"
            + "DEVICE_TREE=d\nNUM_DOMUS=1\nDOMU_KERNEL[0]=k\n");
        assertEquals(0x4080_0000L, ImageBuilderPlacement.place(booti, Map.of("k", 1L, "xen", 0x20_0000L, "d", 1L),
            PlacementFlavour.FILE_SIZE_2023_2).address("DEVICE_TREE").getAsLong());
    }

    @Test
    void withoutTwoMibLeftBelowMemoryEndImageBuilderFails() throws Exception {
        ImageBuilderConfig c = config("MEMORY_START=0x40000000\nMEMORY_END=0x40A00000\nXEN=xen\nDEVICE_TREE=d\n"
            + "NUM_DOMUS=1\nDOMU_KERNEL[0]=k\n");
        ImageBuilderPlacement tight = ImageBuilderPlacement.place(c, Map.of("k", 1L, "xen", 1L, "d", 1L),
            PlacementFlavour.FILE_SIZE_2023_2);
        assertEquals(0x40A0_0000L, tight.end());
        assertFalse(tight.fits());
        assertEquals("Error, not enough memory to load all binaries: they end at 0x40A00000 and ImageBuilder needs 2 MiB"
            + " more below MEMORY_END 0x40A00000", tight.overflowMessage().orElseThrow());
        ImageBuilderConfig roomy = config("MEMORY_START=0x40000000\nMEMORY_END=0x40C00000\nXEN=xen\nDEVICE_TREE=d\n"
            + "NUM_DOMUS=1\nDOMU_KERNEL[0]=k\n");
        assertTrue(ImageBuilderPlacement.place(roomy, Map.of("k", 1L, "xen", 1L, "d", 1L), PlacementFlavour.FILE_SIZE_2023_2).fits());
    }

    @Test
    void missingSizesAndUnplaceableConfigsAreErrorsAtTheirVariable() throws Exception {
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> ImageBuilderPlacement.place(
            ImageBuilderConfigTest.workedExample(), Map.of("xen", 1L), PlacementFlavour.FILE_SIZE_2023_2));
        assertEquals(List.of(
            "worked-example.cfg:7:16: DOMU_KERNEL[0]: no size is known for the file 'Image'",
            "worked-example.cfg:8:17: DOMU_RAMDISK[0]: no size is known for the file 'initrd'",
            "worked-example.cfg:10:16: DOMU_KERNEL[1]: no size is known for the file 'Image'",
            "worked-example.cfg:4:13: DEVICE_TREE: no size is known for the file 'virt.dtb'"),
            e.problems().stream().map(ImageBuilderProblem::toString).toList());
        ImageBuilderException fit = assertThrows(ImageBuilderException.class, () -> ImageBuilderPlacement.place(
            config("FIT=boot.fit\nXEN=xen\nDEVICE_TREE=d\nNUM_DOMUS=1\nDOMU_KERNEL[0]=k\n"), Map.of(),
            PlacementFlavour.FILE_SIZE_2023_2));
        assertEquals(List.of("c.cfg:1:5: FIT is set: ImageBuilder's FIT image mode is not modelled",
                "c.cfg:1:1: MEMORY_START is not set: ImageBuilder places from it",
                "c.cfg:1:1: MEMORY_END is not set: ImageBuilder checks the end against it"),
            fit.problems().stream().map(ImageBuilderProblem::toString).toList());
    }
}

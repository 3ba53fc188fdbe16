package dev.mpuworkbench.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.placement.ImageBuilderPlacement.Flavour;
import dev.mpuworkbench.core.placement.ImageBuilderPlacement.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden values: the worked example of layout_tools.md §1.7, in every ImageBuilder flavour. */
class ImageBuilderPlacementTest {
    private static final long START = 0x4000_0000L;
    private static final long END = 0x8000_0000L;

    /** DEVICE_TREE virt.dtb, XEN, two domUs (Image + initrd, Image), with the sizes of the example. */
    private static final List<ImageBuilderFile> FILES = List.of(
        new ImageBuilderFile(SubjectPath.of("domU0", "kernel"), 0x134_0200, 0x156_0000),
        new ImageBuilderFile(SubjectPath.of("domU0", "ramdisk"), 3_500_000, 0),
        new ImageBuilderFile(SubjectPath.of("domU1", "kernel"), 0x134_0200, 0x156_0000),
        new ImageBuilderFile(SubjectPath.of("xen"), 0x12_4000, 0x1E_4000),
        new ImageBuilderFile(SubjectPath.of("dtb"), 0x10_0000, 0));

    private static List<Long> addresses(Layout l) {
        return l.files().stream().map(ImageBuilderPlacement.Loaded::address).toList();
    }

    @Test
    void fileSizeFlavourOf2023_2() {
        Layout l = ImageBuilderPlacement.place(START, END, FILES, List.of(), Flavour.FILE_SIZE_2023_2);
        assertEquals(0x4020_0000L, l.bootScript());
        assertEquals(List.of(0x4040_0000L, 0x4180_0000L, 0x41C0_0000L, 0x4300_0000L, 0x4320_0000L), addresses(l));
        assertEquals(0x4340_0000L, l.endAddress());
        assertEquals(0x134_0200, l.files().get(0).size(), "reg holds the file size");
        assertTrue(l.fits());
    }

    @Test
    void headerSizeFlavourSince2023_09() {
        Layout l = ImageBuilderPlacement.place(START, END, FILES, List.of(), Flavour.HEADER_SIZE);
        assertEquals(0x4020_0000L, l.bootScript());
        assertEquals(List.of(0x4040_0000L, 0x41A0_0000L, 0x41E0_0000L, 0x4340_0000L, 0x4360_0000L), addresses(l));
        assertEquals(0x4380_0000L, l.endAddress());
        assertEquals(0x156_0000, l.files().get(0).size(), "reg holds the effective (header) size");
        assertEquals(3_500_000, l.files().get(1).size(), "no header: the file size");
    }

    @Test
    void reservedMemoryHeuristicMovesOnlyTheNextFileAsTheExampleShows() {
        List<AddressRange> reserved = List.of(AddressRange.between(0x4190_0000L, 0x41A0_0000L));
        Layout l = ImageBuilderPlacement.place(START, END, FILES, reserved, Flavour.HEADER_SIZE_RESERVED_MEMORY);
        AddressRange kernel = l.files().get(0).range();
        assertEquals(AddressRange.between(0x4040_0000L, 0x4196_0000L), kernel);
        assertTrue(kernel.overlaps(reserved.get(0)), "the flaw: the kernel itself still overlaps the reservation");
        assertEquals(0x41C0_0000L, l.files().get(1).address(), "the next file skips past it");
        Layout ignored = ImageBuilderPlacement.place(START, END, FILES, reserved, Flavour.HEADER_SIZE);
        assertEquals(0x41A0_0000L, ignored.files().get(1).address(), "older versions ignore /reserved-memory");
    }

    @Test
    void theTwelveMegabyteFloorAppliesWhenRamStartsLow() {
        Layout l = ImageBuilderPlacement.place(0, END, FILES.subList(0, 1), List.of(), Flavour.FILE_SIZE_2023_2);
        assertEquals(0xC0_0000L, l.bootScript());
        assertEquals(0xE0_0000L, l.files().get(0).address());
    }

    @Test
    void aFileOfWholeTwoMegabytesIsFollowedWithoutAGap() {
        Layout l = ImageBuilderPlacement.place(START, END, List.of(new ImageBuilderFile(SubjectPath.of("a"), 0x40_0000, 0),
            new ImageBuilderFile(SubjectPath.of("b"), 1, 0)), List.of(), Flavour.FILE_SIZE_2023_2);
        assertEquals(0x4080_0000L, l.files().get(1).address());
    }

    @Test
    void memoryEndNeedsTwoMegabytesOfHeadroom() {
        Layout exact = ImageBuilderPlacement.place(START, 0x4360_0000L, FILES, List.of(), Flavour.FILE_SIZE_2023_2);
        assertTrue(exact.fits(), "0x43600000 - 0x43400000 - 2 MiB = 0");
        Layout over = ImageBuilderPlacement.place(START, 0x4350_0000L, FILES, List.of(), Flavour.FILE_SIZE_2023_2);
        assertFalse(over.fits());
        assertEquals(0x10_0000, over.overflow());
        assertTrue(ImageBuilderPlacement.overflowMessage(over, 0x4350_0000L).contains("not enough memory to load all binaries"));
    }
}

package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ImageBuilder's address selection, step for step (uboot-script-gen; layout_tools.md §1.4): the boot script
 * at MEMORY_START + 2 MiB (never below 12 MiB), the first file 2 MiB later, each next file at the first
 * 2 MiB boundary at or after the previous file's end; then the MEMORY_END check. Later versions size files by
 * their image header and skip past {@code /reserved-memory} regions, reproducing that heuristic's flaw (it tests
 * the next address with the current file's size, so the current file may still overlap a reservation).
 */
public final class ImageBuilderPlacement {
    static final long OFFSET = 2 * 1024 * 1024;
    static final long FLOOR = 0xC0_0000;

    /** Which ImageBuilder. */
    public enum Flavour {
        /** IB-2023.2: sizes are file sizes. */
        FILE_SIZE_2023_2(false, false),
        /** Since Sep 2023: the larger of file size and header image size, also written into {@code reg}. */
        HEADER_SIZE(true, false),
        /** Since Mar 2025: header sizes, and files moved past {@code /reserved-memory} regions. */
        HEADER_SIZE_RESERVED_MEMORY(true, true);

        final boolean headerSize;
        final boolean reservedMemory;

        Flavour(boolean headerSize, boolean reservedMemory) {
            this.headerSize = headerSize;
            this.reservedMemory = reservedMemory;
        }
    }

    /** Where one file went; {@code size} is what goes into its {@code reg}. */
    public record Loaded(SubjectPath subject, long address, long size) {
        public AddressRange range() {
            return AddressRange.of(address, size);
        }
    }

    /**
     * @param bootScript where {@code boot.scr} is loaded
     * @param endAddress {@code memaddr} after the last file
     * @param overflow   bytes missing below MEMORY_END (ImageBuilder's "not enough memory"), 0 when it fits
     */
    public record Layout(long bootScript, List<Loaded> files, long endAddress, long overflow) {
        public Layout {
            files = List.copyOf(files);
        }

        public boolean fits() {
            return overflow == 0;
        }
    }

    private ImageBuilderPlacement() {
    }

    public static Layout place(long memoryStart, long memoryEnd, List<ImageBuilderFile> files, List<AddressRange> reserved,
                               Flavour flavour) {
        Objects.requireNonNull(flavour, "flavour");
        long memaddr = memoryStart + OFFSET;
        if (memaddr < FLOOR) memaddr = FLOOR;
        long bootScript = memaddr;
        memaddr += OFFSET;
        List<Loaded> out = new ArrayList<>(files.size());
        for (ImageBuilderFile f : files) {
            long size = flavour.headerSize ? Math.max(f.fileSize(), f.headerSize()) : f.fileSize();
            out.add(new Loaded(f.subject(), memaddr, size));
            long next = (memaddr + size + OFFSET - 1) & ~(OFFSET - 1);
            if (flavour.reservedMemory) {
                for (AddressRange r : reserved) {
                    if (next <= r.end() && next + size >= r.base()) next = (r.end() + OFFSET) & ~(OFFSET - 1);
                }
            }
            memaddr = next;
        }
        long headroom = memoryEnd - memaddr - OFFSET;
        return new Layout(bootScript, out, memaddr, headroom < 0 ? -headroom : 0);
    }

    /** ImageBuilder's own words for an overflow, with the missing amount. */
    static String overflowMessage(Layout layout, long memoryEnd) {
        return "Error, not enough memory to load all binaries: ImageBuilder needs up to " + Hex.of(layout.endAddress())
            + " plus 2 MiB of headroom below MEMORY_END " + Hex.of(memoryEnd) + "; " + Hex.of(layout.overflow())
            + " bytes are missing.";
    }
}

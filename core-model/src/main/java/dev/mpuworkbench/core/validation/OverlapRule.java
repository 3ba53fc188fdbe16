package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.MemoryBlock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * No two placed blocks may share a byte. Sections are containers and are checked only against each
 * other. Blocks are swept in address order, so the cost is O(n log n + overlaps).
 */
public final class OverlapRule implements Rule {
    public static final String MODULE_OVERLAP = "MODULE_OVERLAP";
    public static final String XEN_IMAGE_OVERLAP = "XEN_IMAGE_OVERLAP";
    public static final String MEMORY_OVERLAP = "MEMORY_OVERLAP";
    public static final String DEVICE_OVERLAP = "DEVICE_OVERLAP";
    public static final String DEVICE_RAM_OVERLAP = "DEVICE_RAM_OVERLAP";
    public static final String SECTION_OVERLAP = "SECTION_OVERLAP";

    @Override
    public List<String> codes() {
        return List.of(MODULE_OVERLAP, XEN_IMAGE_OVERLAP, MEMORY_OVERLAP, DEVICE_OVERLAP, DEVICE_RAM_OVERLAP,
            SECTION_OVERLAP);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        List<MemoryBlock> blocks = new ArrayList<>(DesignBlocks.of(design));
        blocks.removeIf(b -> b.range().isEmpty());
        blocks.sort(Comparator.comparing(MemoryBlock::range));
        List<MemoryBlock> open = new ArrayList<>();
        for (MemoryBlock b : blocks) {
            open.removeIf(o -> o.range().end() <= b.range().base());
            for (MemoryBlock o : open) {
                String code = codeFor(o.blockClass(), b.blockClass());
                if (code != null) report.accept(overlap(code, o, b));
            }
            open.add(b);
        }
    }

    private static String codeFor(BlockClass a, BlockClass b) {
        boolean aSection = a == BlockClass.SECTION;
        boolean bSection = b == BlockClass.SECTION;
        if (aSection || bSection) return aSection && bSection ? SECTION_OVERLAP : null;
        if (a == BlockClass.BOOT_MODULE && b == BlockClass.BOOT_MODULE) return MODULE_OVERLAP;
        if (a == BlockClass.XEN_IMAGE || b == BlockClass.XEN_IMAGE) return XEN_IMAGE_OVERLAP;
        if (a == BlockClass.DEVICE && b == BlockClass.DEVICE) return DEVICE_OVERLAP;
        if (a == BlockClass.DEVICE || b == BlockClass.DEVICE) return DEVICE_RAM_OVERLAP;
        return MEMORY_OVERLAP;
    }

    private static Diagnostic overlap(String code, MemoryBlock first, MemoryBlock second) {
        var shared = first.range().intersection(second.range());
        String message = second.label() + " " + second.range() + " overlaps " + first.label() + " "
            + first.range() + " in " + shared + "; move one of them so they no longer share memory.";
        return Diagnostic.error(code, second.subject(), shared, message);
    }
}

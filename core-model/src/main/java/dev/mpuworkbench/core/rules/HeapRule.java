package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code /chosen/xen,static-heap}: mandatory on the MPU, exactly one bank (Xen maps only the first), and large
 * enough for the frame table Xen carves from it: 56 bytes per 4 KiB page over [lowest RAM, highest RAM end)
 * on arm64, holes included (xen_mpu.md §3.4, §4.1).
 */
public final class HeapRule implements Rule {
    public static final String STATIC_HEAP_MISSING = "STATIC_HEAP_MISSING";
    public static final String STATIC_HEAP_BANKS = "STATIC_HEAP_BANKS";
    public static final String HEAP_TOO_SMALL = "HEAP_TOO_SMALL";

    static final long PAGE_INFO_SIZE = 56;

    @Override
    public List<String> codes() {
        return List.of(STATIC_HEAP_MISSING, STATIC_HEAP_BANKS, HEAP_TOO_SMALL);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        List<AddressRange> heap = design.staticHeap();
        if (heap.isEmpty()) {
            report.accept(Diagnostic.error(STATIC_HEAP_MISSING, SubjectPath.of("staticHeap"), null,
                "there is no /chosen/xen,static-heap: Xen on the MPU panics \"No static heap memory bank found\". Add one "
                    + "64 KiB-aligned bank of at least " + Hex.size(minimumHeap(design)) + " (" + Hex.of(minimumHeap(design))
                    + " bytes) in free RAM, or let auto-placement add it."));
            return;
        }
        if (heap.size() > 1) {
            AddressRange first = heap.get(0);
            for (int i = 1; i < heap.size(); i++) {
                report.accept(Diagnostic.error(STATIC_HEAP_BANKS, SubjectPath.staticHeap(i), heap.get(i),
                        "static heap bank " + heap.get(i) + " is never mapped: Xen on the MPU maps only the first bank "
                            + first + " but gives every bank to its boot allocator, so allocations from this one fault. "
                            + "Use exactly one bank.")
                    .withFix(new Fix("Keep only the first heap bank " + first,
                        Edit.of("Keep one static heap bank", d -> d.withStaticHeap(List.of(d.staticHeap().get(0)))))));
            }
        }
        long frameTable = frameTableBytes(design);
        long mapped = heap.get(0).alignInward(AddressRange.PAGE).size();
        if (mapped < frameTable) {
            report.accept(Diagnostic.error(HEAP_TOO_SMALL, SubjectPath.staticHeap(0), heap.get(0),
                "static heap " + heap.get(0) + " (" + Hex.size(mapped) + " mapped) cannot hold the frame table Xen carves "
                    + "from it: 56 B per 4 KiB page of RAM " + ramSpan(design) + " is " + Hex.size(frameTable) + " ("
                    + Hex.of(frameTable) + "). Grow the heap to at least that, better " + Hex.size(minimumHeap(design))
                    + ", or bring the RAM banks closer together."));
        }
    }

    /** The frame table's size, rounded up to a page: 56 B per page from the lowest RAM byte to the highest. */
    public static long frameTableBytes(Design design) {
        AddressRange span = ramSpan(design);
        if (span == null) return 0;
        return AddressRange.alignUp(span.size() / AddressRange.PAGE * PAGE_INFO_SIZE, AddressRange.PAGE);
    }

    /** A heap size that holds the frame table with room to spare: the table plus 16 MiB, in 2 MiB steps. */
    public static long minimumHeap(Design design) {
        return AddressRange.alignUp(frameTableBytes(design) + 16 * 1024 * 1024, 2 * 1024 * 1024);
    }

    private static AddressRange ramSpan(Design design) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (MemoryBank b : design.board().memory()) {
            if (b.range().isEmpty()) continue;
            lo = Math.min(lo, b.range().base());
            hi = Math.max(hi, b.range().end());
        }
        return lo == Long.MAX_VALUE ? null : AddressRange.between(lo, hi);
    }
}

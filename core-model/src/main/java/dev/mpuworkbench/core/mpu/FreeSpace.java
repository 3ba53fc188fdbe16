package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where memory belongs to nobody: not a block of the design (sections are containers and do not count),
 * not reserved. Normal memory may only be spanned inside one RAM bank, device memory only outside RAM.
 * Queries take O(log n): intervals sorted by base with a running maximum of their ends.
 */
final class FreeSpace {
    private final long[] bases;
    private final long[] maxEndUpTo;
    private final List<AddressRange> ram;

    private FreeSpace(List<AddressRange> occupied, List<AddressRange> ram) {
        occupied.sort(Comparator.naturalOrder());
        bases = new long[occupied.size()];
        maxEndUpTo = new long[occupied.size()];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < occupied.size(); i++) {
            bases[i] = occupied.get(i).base();
            max = Math.max(max, occupied.get(i).end());
            maxEndUpTo[i] = max;
        }
        this.ram = ram;
    }

    static FreeSpace of(Design design) {
        List<AddressRange> occupied = new ArrayList<>();
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.blockClass() != BlockClass.SECTION && !b.range().isEmpty()) occupied.add(b.range());
        }
        for (ReservedRange r : design.board().reserved()) {
            if (!r.range().isEmpty()) occupied.add(r.range());
        }
        List<AddressRange> ram = new ArrayList<>();
        for (MemoryBank bank : design.board().memory()) ram.add(bank.range());
        ram.sort(Comparator.naturalOrder());
        return new FreeSpace(occupied, ram);
    }

    /** Whether no block and no reservation has a byte in [from, to). */
    boolean isFree(long from, long to) {
        int count = countBasesBelow(bases, to);
        return count == 0 || maxEndUpTo[count - 1] <= from;
    }

    boolean insideOneBank(long from, long to) {
        for (AddressRange bank : ram) {
            if (bank.base() <= from && to <= bank.end()) return true;
        }
        return false;
    }

    boolean touchesRam(long from, long to) {
        AddressRange gap = AddressRange.between(from, to);
        for (AddressRange bank : ram) {
            if (bank.overlaps(gap)) return true;
        }
        return false;
    }

    /**
     * The compact strategy's rule: a gap may be covered when nobody owns a byte of it, it holds none of
     * {@code alsoForbidden} (sorted, disjoint: PART_A when spanning inside PART_B) and the memory kind fits.
     */
    GapPolicy policy(List<Run> alsoForbidden) {
        long[] forbiddenBases = new long[alsoForbidden.size()];
        long[] forbiddenEnds = new long[alsoForbidden.size()];
        for (int i = 0; i < forbiddenBases.length; i++) {
            forbiddenBases[i] = alsoForbidden.get(i).range().base();
            forbiddenEnds[i] = alsoForbidden.get(i).range().end();
        }
        return (from, to, attributes) -> {
            if (from >= to) return true;
            int count = countBasesBelow(forbiddenBases, to);
            if (count > 0 && forbiddenEnds[count - 1] > from) return false;
            if (!isFree(from, to)) return false;
            return attributes.type().isDevice() ? !touchesRam(from, to) : insideOneBank(from, to);
        };
    }

    private static int countBasesBelow(long[] sortedBases, long limit) {
        int lo = 0;
        int hi = sortedBases.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedBases[mid] < limit) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

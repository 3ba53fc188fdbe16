package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The free parts of RAM as a sorted list of disjoint ranges, from which blocks are taken first-fit. */
final class FreeRam {
    private final List<AddressRange> free = new ArrayList<>();

    FreeRam(List<AddressRange> ram) {
        List<AddressRange> sorted = new ArrayList<>(ram);
        sorted.sort(Comparator.naturalOrder());
        for (AddressRange r : sorted) {
            if (!r.isEmpty()) free.add(r);
        }
    }

    FreeRam copy() {
        return new FreeRam(free);
    }

    /** Marks the bytes of {@code taken} as used. */
    void take(AddressRange taken) {
        if (taken.isEmpty()) return;
        List<AddressRange> out = new ArrayList<>(free.size() + 1);
        for (AddressRange r : free) {
            if (!r.overlaps(taken)) {
                out.add(r);
                continue;
            }
            if (r.base() < taken.base()) out.add(AddressRange.between(r.base(), taken.base()));
            if (taken.end() < r.end()) out.add(AddressRange.between(taken.end(), r.end()));
        }
        free.clear();
        free.addAll(out);
    }

    /** Forgets every free byte outside {@code window}. */
    void keepOnly(AddressRange window) {
        List<AddressRange> out = new ArrayList<>();
        for (AddressRange r : free) {
            AddressRange part = r.intersection(window);
            if (!part.isEmpty()) out.add(part);
        }
        free.clear();
        free.addAll(out);
    }

    /**
     * The lowest aligned place for {@code size} bytes at or above {@code from}; if there is none, the lowest
     * anywhere. Nothing is taken.
     */
    Optional<AddressRange> firstFit(long size, long alignment, long from) {
        Optional<AddressRange> above = fit(size, alignment, from);
        return above.isPresent() ? above : fit(size, alignment, Long.MIN_VALUE);
    }

    /** Like {@link #firstFit} but only inside {@code window}. */
    Optional<AddressRange> firstFitInside(long size, long alignment, AddressRange window) {
        for (AddressRange r : free) {
            AddressRange part = r.intersection(window);
            if (part.isEmpty()) continue;
            long base = AddressRange.alignUp(part.base(), alignment);
            if (base + size <= part.end()) return Optional.of(AddressRange.of(base, size));
        }
        return Optional.empty();
    }

    private Optional<AddressRange> fit(long size, long alignment, long from) {
        for (AddressRange r : free) {
            if (r.end() <= from) continue;
            long base = AddressRange.alignUp(Math.max(r.base(), from), alignment);
            if (base + size <= r.end()) return Optional.of(AddressRange.of(base, size));
        }
        return Optional.empty();
    }

    /** The largest free range (empty when nothing is free). */
    AddressRange largest() {
        AddressRange best = AddressRange.of(0, 0);
        for (AddressRange r : free) {
            if (r.size() > best.size()) best = r;
        }
        return best;
    }

    long freeBytesInside(AddressRange window) {
        long sum = 0;
        for (AddressRange r : free) sum += r.intersection(window).size();
        return sum;
    }

    boolean contains(AddressRange range) {
        for (AddressRange r : free) {
            if (r.contains(range)) return true;
        }
        return false;
    }
}

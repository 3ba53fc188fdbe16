package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns mapping requests into non-overlapping runs: a sweep in address order splits overlapping requests
 * into elementary segments (each with the combined attributes of what covers it), then neighbours with equal
 * attributes are merged. Cost O(n log n) plus the overlaps present.
 */
final class RegionBuilder {
    private static final Comparator<MappingRequest> BY_ADDRESS =
        Comparator.comparingLong((MappingRequest r) -> r.range().base()).thenComparingLong(r -> r.range().end());

    private RegionBuilder() {
    }

    /** Elementary segments in address order; no two overlap, neighbours may share attributes. */
    static List<Run> segments(List<MappingRequest> requests) {
        List<MappingRequest> sorted = new ArrayList<>(requests.size());
        for (MappingRequest r : requests) {
            if (!r.range().isEmpty()) sorted.add(r);
        }
        sorted.sort(BY_ADDRESS);
        if (disjoint(sorted)) {
            List<Run> out = new ArrayList<>(sorted.size());
            for (MappingRequest r : sorted) out.add(new Run(r.range(), r.attributes(), List.of(r)));
            return out;
        }
        return sweep(sorted);
    }

    private static boolean disjoint(List<MappingRequest> sorted) {
        long end = Long.MIN_VALUE;
        for (MappingRequest r : sorted) {
            if (r.range().base() < end) return false;
            end = r.range().end();
        }
        return true;
    }

    private static List<Run> sweep(List<MappingRequest> sorted) {
        long[] points = new long[sorted.size() * 2];
        int n = 0;
        for (MappingRequest r : sorted) {
            points[n++] = r.range().base();
            points[n++] = r.range().end();
        }
        Arrays.sort(points);
        List<Run> out = new ArrayList<>();
        List<MappingRequest> active = new ArrayList<>();
        int next = 0;
        for (int i = 0; i + 1 < n; i++) {
            long from = points[i];
            long to = points[i + 1];
            if (from == to) continue;
            active.removeIf(r -> r.range().end() <= from);
            while (next < sorted.size() && sorted.get(next).range().base() <= from) active.add(sorted.get(next++));
            if (active.isEmpty()) continue;
            RegionAttributes attributes = active.get(0).attributes();
            for (int k = 1; k < active.size(); k++) attributes = attributes.combine(active.get(k).attributes());
            out.add(new Run(AddressRange.between(from, to), attributes, active));
        }
        return out;
    }

    /** Merges touching segments with equal attributes (the partitioned rule). */
    static List<Run> mergeAdjacent(List<Run> segments) {
        List<Run> out = new ArrayList<>(segments.size());
        for (Run s : segments) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.range().end() == s.range().base() && last.attributes().equals(s.attributes())) {
                out.set(out.size() - 1, last.extendTo(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Merges neighbouring runs with equal attributes across free gaps (the compact rule). */
    static List<Run> mergeAcrossGaps(List<Run> runs, GapPolicy gaps) {
        List<Run> out = new ArrayList<>(runs.size());
        for (Run s : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.attributes().equals(s.attributes())
                && gaps.mayCover(last.range().end(), s.range().base(), s.attributes())) {
                out.set(out.size() - 1, last.extendTo(s));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Removes from PART_B requests the bytes PART_A already maps (PART_A is the same in every context, so it
     * wins) and notes each conflict. {@code partA} must be sorted by address and disjoint.
     */
    static List<MappingRequest> clipAgainst(List<MappingRequest> requests, List<Run> partA, String context,
                                            List<PlanNote> notes) {
        if (partA.isEmpty()) return requests;
        long[] ends = new long[partA.size()];
        for (int i = 0; i < ends.length; i++) ends[i] = partA.get(i).range().end();
        List<MappingRequest> out = new ArrayList<>(requests.size());
        for (MappingRequest r : requests) {
            int i = firstEndAbove(ends, r.range().base());
            if (i >= partA.size() || !partA.get(i).range().overlaps(r.range())) {
                out.add(r);
                continue;
            }
            long cursor = r.range().base();
            for (; i < partA.size() && partA.get(i).range().base() < r.range().end(); i++) {
                AddressRange a = partA.get(i).range();
                if (a.base() > cursor) out.add(r.withRange(AddressRange.between(cursor, a.base())));
                AddressRange shared = a.intersection(r.range());
                notes.add(new PlanNote(PlanNote.Kind.PART_A_CONFLICT, r.subject(), shared,
                    r.subject() + " " + r.range() + " overlaps PART_A region " + a + " (" + partA.get(i).owner()
                        + ") in " + shared + "; in " + context + " those bytes keep PART_A's attributes ("
                        + partA.get(i).attributes().describe() + "), so the " + Hex.size(shared.size())
                        + " there are not mapped as " + r.owner() + " asks. Move one of them."));
                cursor = Math.max(cursor, a.end());
            }
            if (cursor < r.range().end()) out.add(r.withRange(AddressRange.between(cursor, r.range().end())));
        }
        return out;
    }

    private static int firstEndAbove(long[] ends, long address) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= address) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

package dev.mpuworkbench.emulator.xen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns mapping requests into disjoint regions, as the partitioned design's switch to the runtime configuration
 * does: overlapping requests are cut into pieces that each get the combined permissions of what covers them, then
 * touching pieces with equal permissions become one region.
 */
final class RegionSweep {
    /** A wish to map [base, end); {@code order} is its place in PART_A's fixed order. */
    record Request(long base, long end, RegionPerm perm, int order, String what) {
    }

    /** A region under construction. */
    record Run(long base, long end, RegionPerm perm, int order, List<String> what) {
        MpuRegion region() {
            return new MpuRegion(base, end, perm, String.join(" + ", what));
        }
    }

    private RegionSweep() {
    }

    /** Disjoint runs in address order, touching runs with equal permissions merged. */
    static List<Run> runs(List<Request> requests) {
        List<Request> live = requests.stream().filter(r -> r.end() > r.base()).toList();
        long[] points = new long[live.size() * 2];
        int n = 0;
        for (Request r : live) {
            points[n++] = r.base();
            points[n++] = r.end();
        }
        long[] cuts = Arrays.stream(points, 0, n).sorted().distinct().toArray();
        List<Run> out = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            long from = cuts[i];
            long to = cuts[i + 1];
            RegionPerm perm = null;
            int order = Integer.MAX_VALUE;
            Set<String> what = new LinkedHashSet<>();
            for (Request r : live) {
                if (r.base() <= from && to <= r.end()) {
                    perm = perm == null ? r.perm() : perm.combine(r.perm());
                    order = Math.min(order, r.order());
                    what.add(r.what());
                }
            }
            if (perm == null) continue;
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.end() == from && last.perm().equals(perm)) {
                Set<String> joined = new LinkedHashSet<>(last.what());
                joined.addAll(what);
                out.set(out.size() - 1, new Run(last.base(), to, perm, Math.min(order, last.order()),
                    List.copyOf(joined)));
            } else {
                out.add(new Run(from, to, perm, order, List.copyOf(what)));
            }
        }
        return out;
    }

    /** PART_A's regions in their fixed order (the lowest request order first, then by address). */
    static List<MpuRegion> fixedOrder(List<Run> runs) {
        return runs.stream().sorted(Comparator.comparingInt(Run::order).thenComparingLong(Run::base))
            .map(Run::region).toList();
    }

    /** The requests without the bytes {@code taken} (disjoint runs in address order) already maps. */
    static List<Request> without(List<Request> requests, List<Run> taken) {
        List<Request> out = new ArrayList<>();
        for (Request r : requests) {
            long cursor = r.base();
            for (Run t : taken) {
                if (t.end() <= cursor || t.base() >= r.end()) continue;
                if (t.base() > cursor) out.add(new Request(cursor, t.base(), r.perm(), r.order(), r.what()));
                cursor = Math.max(cursor, t.end());
            }
            if (cursor < r.end()) out.add(new Request(cursor, r.end(), r.perm(), r.order(), r.what()));
        }
        return out;
    }
}

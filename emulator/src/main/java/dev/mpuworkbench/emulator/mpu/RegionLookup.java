package dev.mpuworkbench.emulator.mpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The enabled regions of one MPU compiled into sorted address segments, so that finding which regions
 * match an address is a binary search that allocates nothing. Immutable; rebuilt when the regions change.
 */
public final class RegionLookup {
    /** {@link #singleRegion(int)} when no region matches. */
    public static final int NONE = -1;
    /** {@link #singleRegion(int)} when two or more regions match. */
    public static final int MULTIPLE = -2;
    private static final int[] NO_HITS = {};

    private final long[] starts;
    private final int[] single;
    private final int[][] hits;

    private RegionLookup(long[] starts, int[] single, int[][] hits) {
        this.starts = starts;
        this.single = single;
        this.hits = hits;
    }

    /** Compiles regions 0..count-1; a region matches A when EN = 1 and base &lt;= A &lt;= limit | 0x3F. */
    public static RegionLookup build(long[] prbar, long[] prlar, int count) {
        long[] points = new long[2 * count];
        int n = 0;
        for (int r = 0; r < count; r++) {
            if (!matchable(prbar[r], prlar[r])) continue;
            points[n++] = RegionBits.base(prbar[r]);
            points[n++] = RegionBits.limit(prlar[r]) + 1;
        }
        long[] starts = Arrays.stream(points, 0, n).sorted().distinct().toArray();
        int[] single = new int[starts.length];
        int[][] hits = new int[starts.length][];
        int[] scratch = new int[count];
        for (int s = 0; s < starts.length; s++) {
            int k = 0;
            for (int r = 0; r < count; r++) {
                if (matchable(prbar[r], prlar[r]) && RegionBits.base(prbar[r]) <= starts[s]
                    && starts[s] <= RegionBits.limit(prlar[r])) {
                    scratch[k++] = r;
                }
            }
            hits[s] = k == 0 ? NO_HITS : Arrays.copyOf(scratch, k);
            single[s] = k == 0 ? NONE : (k == 1 ? scratch[0] : MULTIPLE);
        }
        return new RegionLookup(starts, single, hits);
    }

    /** Enabled and not empty (a LIMIT below BASE matches nothing). */
    private static boolean matchable(long prbar, long prlar) {
        return RegionBits.enabled(prlar) && RegionBits.base(prbar) <= RegionBits.limit(prlar);
    }

    /** The segment holding the address, or -1 below every region (negative addresses are outside the PA space). */
    public int segment(long address) {
        long[] s = starts;
        if (s.length == 0 || address < s[0]) return -1;
        int lo = 0;
        int hi = s.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= address) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The single region matching the segment, {@link #NONE} or {@link #MULTIPLE}. Segment -1 gives NONE. */
    public int singleRegion(int segment) {
        return segment < 0 ? NONE : single[segment];
    }

    /** Number of regions matching in the segment. */
    public int hitCount(int segment) {
        return segment < 0 ? 0 : hits[segment].length;
    }

    /** The i-th region matching in the segment (ascending region numbers). */
    public int hit(int segment, int i) {
        return hits[segment][i];
    }

    /** Regions matching the address, ascending (allocates; for views and hazard checks). */
    public int[] matches(long address) {
        int seg = segment(address);
        return seg < 0 ? NO_HITS : hits[seg].clone();
    }

    int[] hitsOf(int segment) {
        return segment < 0 ? NO_HITS : hits[segment];
    }

    /** Every pair of enabled regions that overlap, as {low, high} region numbers, in ascending order. */
    public List<int[]> overlappingPairs() {
        TreeSet<Long> pairs = new TreeSet<>();
        for (int[] h : hits) {
            for (int i = 0; i < h.length; i++) {
                for (int j = i + 1; j < h.length; j++) pairs.add(((long) h[i] << 32) | h[j]);
            }
        }
        List<int[]> out = new ArrayList<>(pairs.size());
        for (long p : pairs) out.add(new int[] {(int) (p >>> 32), (int) p});
        return out;
    }
}

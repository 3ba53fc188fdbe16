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
    private static final long NO_MATCH_WORD = 1L << 48;

    private final long[] starts;
    /**
     * Per segment: (single region + 2) in bits [63:48] (so NONE is 1 and MULTIPLE 0) and that region's PRBAR in
     * bits [47:0], one load for both on the hot path.
     */
    private final long[] match;
    private final int[][] hits;

    private final boolean overlapping;

    private RegionLookup(long[] starts, long[] match, int[][] hits, boolean overlapping) {
        this.overlapping = overlapping;
        this.starts = starts;
        this.match = match;
        this.hits = hits;
    }

    /** Compiles regions 0..count-1; a region matches A when EN = 1 and base &lt;= A &lt;= limit | 0x3F. */
    public static RegionLookup build(long[] prbar, long[] prlar, int count) {
        int[] live = new int[count];
        int liveCount = 0;
        long[] points = new long[2 * count];
        int n = 0;
        for (int r = 0; r < count; r++) {
            if (!matchable(prbar[r], prlar[r])) continue;
            live[liveCount++] = r;
            points[n++] = RegionBits.base(prbar[r]);
            points[n++] = RegionBits.limit(prlar[r]) + 1;
        }
        Arrays.sort(points, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || points[i] != points[distinct - 1]) points[distinct++] = points[i];
        }
        long[] starts = padded(Arrays.copyOf(points, distinct));
        int size = starts.length;
        long[] match = new long[size];
        int[][] hits = new int[size][];
        int[] scratch = new int[Math.max(1, liveCount)];
        boolean overlapping = false;
        for (int s = 0; s < size; s++) {
            int k = 0;
            if (s < distinct) {
                for (int i = 0; i < liveCount; i++) {
                    int r = live[i];
                    if (RegionBits.base(prbar[r]) <= starts[s] && starts[s] <= RegionBits.limit(prlar[r])) {
                        scratch[k++] = r;
                    }
                }
            }
            hits[s] = k == 0 ? NO_HITS : Arrays.copyOf(scratch, k);
            int single = k == 0 ? NONE : (k == 1 ? scratch[0] : MULTIPLE);
            match[s] = ((long) (single + 2) << 48) | (k == 1 ? prbar[scratch[0]] & RegionBits.PRBAR_WRITABLE : 0);
            overlapping |= k > 1;
        }
        return new RegionLookup(starts, match, hits, overlapping);
    }

    /**
     * A copy padded with Long.MAX_VALUE to a power of two, so the search has a fixed shape; padding segments
     * match nothing.
     */
    private static long[] padded(long[] keys) {
        int size = Integer.highestOneBit(Math.max(1, keys.length));
        if (size < keys.length) size <<= 1;
        long[] out = new long[size];
        Arrays.fill(out, Long.MAX_VALUE);
        System.arraycopy(keys, 0, out, 0, keys.length);
        return out;
    }

    /** Enabled and not empty (a LIMIT below BASE matches nothing). */
    private static boolean matchable(long prbar, long prlar) {
        return RegionBits.enabled(prlar) && RegionBits.base(prbar) <= RegionBits.limit(prlar);
    }

    /**
     * The segment holding the address, or -1 below every region (negative addresses are outside the PA space).
     * A binary search with a fixed number of steps (log2 of the padded size) whose steps the JIT can make branch-free.
     */
    public int segment(long address) {
        long[] s = starts;
        if (address < s[0]) return -1;
        int i = 0;
        for (int step = s.length >>> 1; step > 0; step >>>= 1) {
            if (s[i + step] <= address) i += step;
        }
        return i;
    }

    /** The single region matching the segment, {@link #NONE} or {@link #MULTIPLE}. Segment -1 gives NONE. */
    public int singleRegion(int segment) {
        return segment < 0 ? NONE : regionOf(match[segment]);
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

    /** The packed match word of a segment (see {@link #match}); segment -1 gives "no region". */
    long match(int segment) {
        return segment < 0 ? NO_MATCH_WORD : match[segment];
    }

    /** The single region of a match word, {@link #NONE} or {@link #MULTIPLE}. */
    static int regionOf(long matchWord) {
        return (int) (matchWord >>> 48) - 2;
    }

    int[] hitsOf(int segment) {
        return segment < 0 ? NO_HITS : hits[segment];
    }

    /** Whether any two enabled regions overlap. */
    public boolean hasOverlaps() {
        return overlapping;
    }

    /** Every pair of enabled regions that overlap, as {low, high} region numbers, in ascending order. */
    public List<int[]> overlappingPairs() {
        if (!overlapping) return List.of();
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

package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;

/**
 * Counts how many of a sorted set of boundaries lie at or below an address (the slot of {@link RegionLookup}),
 * mostly with one table load and one comparison. A direct table covers [low, high) in buckets of 2^shift bytes; a
 * bucket holds the count at its start, and when at most one boundary falls inside it, one comparison finishes.
 * A bucket with more boundaries inside has a nested index of its own over just that bucket (regions cluster: Xen's
 * image regions lie close together, far from RAM and devices); past {@link #MAX_DEPTH} nested levels a binary search
 * of fixed shape finishes instead. At the top, addresses below the first boundary count none, at or above the last
 * all.
 */
final class SlotIndex {
    /** Buckets per boundary a table gets (rounded up to a power of two), and the most one table may have. */
    private static final int BUCKETS_PER_BOUNDARY = 4;
    private static final int MAX_BUCKETS = 1 << 12;
    private static final int MAX_DEPTH = 3;
    /** Bucket entry: binary search (a crowded bucket past the depth limit). Other negative entries: ~nested index. */
    private static final int SEARCH = Integer.MIN_VALUE;
    private static final int[] NO_BUCKETS = {};
    private static final SlotIndex[] NO_NESTED = {};

    /**
     * The boundaries, then Long.MAX_VALUE up to a power of two (at least two entries more than the boundaries); the
     * top index and its nested ones share it, and every bucket holds a count over all of it.
     */
    private final long[] bounds;
    private final int count;
    private final long low;
    private final long span;
    private final int shift;
    private final int[] buckets;
    private final SlotIndex[] nested;

    private SlotIndex(long[] bounds, int count, long low, long span, int shift, int[] buckets, SlotIndex[] nested) {
        this.bounds = bounds;
        this.count = count;
        this.low = low;
        this.span = span;
        this.shift = shift;
        this.buckets = buckets;
        this.nested = nested;
    }

    /** An index over ascending, distinct boundaries. */
    static SlotIndex of(long[] sorted) {
        int count = sorted.length;
        int size = Integer.highestOneBit(count + 2);
        if (size < count + 2) size <<= 1;
        long[] bounds = Arrays.copyOf(sorted, size);
        Arrays.fill(bounds, count, size, Long.MAX_VALUE);
        if (count < 2) {
            long low = count == 0 ? Long.MAX_VALUE : sorted[0];
            return new SlotIndex(bounds, count, low, 0, 0, NO_BUCKETS, NO_NESTED);
        }
        return build(bounds, count, 0, count, sorted[0], sorted[count - 1], 0);
    }

    /**
     * A table over [low, high) for the boundaries {@code bounds[from, to)}, which lie in [low, high] (at {@code high}
     * only the last one, at the top). Nested tables are built for buckets with two or more boundaries inside.
     */
    private static SlotIndex build(long[] bounds, int count, int from, int to, long low, long high, int depth) {
        long span = high - low;
        int target = Math.min(MAX_BUCKETS,
            Integer.highestOneBit(Math.max(1, (to - from) * BUCKETS_PER_BOUNDARY - 1)) << 1);
        int shift = 0;
        while (((span - 1) >>> shift) >= target) shift++;
        int[] buckets = new int[(int) ((span - 1) >>> shift) + 1];
        SlotIndex[] nested = NO_NESTED;
        int n = 0;
        int j = from;
        for (int k = 0; k < buckets.length; k++) {
            long start = low + ((long) k << shift);
            long end = start + (1L << shift);
            while (bounds[j] <= start) j++;
            int past = j;
            while (past < to && bounds[past] < end) past++;
            if (past - j <= 1) {
                buckets[k] = j;
            } else if (depth >= MAX_DEPTH) {
                buckets[k] = SEARCH;
            } else {
                if (n == nested.length) nested = Arrays.copyOf(nested, Math.max(4, 2 * n));
                nested[n] = build(bounds, count, j, past, start, end, depth + 1);
                buckets[k] = ~n;
                n++;
            }
        }
        return new SlotIndex(bounds, count, low, span, shift, buckets, nested);
    }

    /** How many boundaries lie at or below the address. */
    int slot(long address) {
        long offset = address - low;
        if (Long.compareUnsigned(offset, span) >= 0) return address < low ? 0 : count;
        int e = buckets[(int) (offset >>> shift)];
        if (e >= 0) return bounds[e] <= address ? e + 1 : e;
        return crowded(e, address);
    }

    private int crowded(int entry, long address) {
        return entry == SEARCH ? search(address) : nested[~entry].slot(address);
    }

    /** Binary search with a fixed number of steps (log2 of the padded size), branch-free once compiled. */
    private int search(long address) {
        long[] b = bounds;
        int i = 0;
        for (int step = b.length >>> 1; step > 0; step >>>= 1) {
            if (b[i + step] <= address) i += step;
        }
        return Math.min(b[0] <= address ? i + 1 : 0, count);
    }
}

package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;

/**
 * Finds how many of a sorted set of boundaries lie at or below an address (the slot of {@link RegionLookup}).
 * Usually one load from a direct table over the span of the boundaries: bucket k covers 2^shift bytes and holds the
 * slot at its start, and when at most one boundary falls inside the bucket one comparison finishes the job. Buckets
 * with more boundaries inside, and addresses outside the span, take a binary search of fixed shape.
 */
final class SlotIndex {
    /** Buckets per boundary the direct table starts with, and the most it may have in all. */
    private static final int BUCKETS_PER_BOUNDARY = 4;
    private static final int MAX_BUCKETS = 1 << 12;
    private static final int[] NO_BUCKETS = {};

    /** The boundaries, then Long.MAX_VALUE up to a power of two (at least one entry more than the boundaries). */
    private final long[] bounds;
    private final int count;
    private final long low;
    private final long span;
    private final int shift;
    /** Per bucket: the slot at its start, or -1 when two or more boundaries fall inside it. */
    private final int[] buckets;

    private SlotIndex(long[] bounds, int count, long low, long span, int shift, int[] buckets) {
        this.bounds = bounds;
        this.count = count;
        this.low = low;
        this.span = span;
        this.shift = shift;
        this.buckets = buckets;
    }

    /** An index over ascending, distinct boundaries. */
    static SlotIndex of(long[] sorted) {
        int count = sorted.length;
        int size = Integer.highestOneBit(count + 1);
        if (size < count + 1) size <<= 1;
        long[] bounds = Arrays.copyOf(sorted, size);
        Arrays.fill(bounds, count, size, Long.MAX_VALUE);
        if (count < 2) return new SlotIndex(bounds, count, 0, 0, 0, NO_BUCKETS);
        long low = sorted[0];
        long span = sorted[count - 1] - low;
        int target = Math.min(MAX_BUCKETS, Integer.highestOneBit(count * BUCKETS_PER_BOUNDARY - 1) << 1);
        while (true) {
            int shift = 0;
            while (((span - 1) >>> shift) >= target) shift++;
            int[] buckets = new int[(int) ((span - 1) >>> shift) + 1];
            int crowded = fill(bounds, low, shift, buckets);
            if (crowded * 8 <= buckets.length || target >= MAX_BUCKETS) {
                return new SlotIndex(bounds, count, low, span, shift, buckets);
            }
            target <<= 2;
        }
    }

    /** Fills the buckets; returns how many have two or more boundaries inside. */
    private static int fill(long[] bounds, long low, int shift, int[] buckets) {
        int crowded = 0;
        int j = 0;
        for (int k = 0; k < buckets.length; k++) {
            long start = low + ((long) k << shift);
            while (bounds[j] <= start) j++;
            if (bounds[j + 1] < start + (1L << shift)) {
                buckets[k] = -1;
                crowded++;
            } else {
                buckets[k] = j;
            }
        }
        return crowded;
    }

    /** How many boundaries lie at or below the address. */
    int slot(long address) {
        long offset = address - low;
        if (Long.compareUnsigned(offset, span) < 0) {
            int slot = buckets[(int) (offset >>> shift)];
            if (slot >= 0) return bounds[slot] <= address ? slot + 1 : slot;
        }
        return search(address);
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

package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;

/**
 * Counts how many of a sorted set of boundaries lie at or below an address (the slot of {@link RegionLookup}),
 * mostly with one table load and one comparison. A direct table covers [first boundary, last boundary) in buckets of
 * 2^shift bytes; a bucket holds the count at its start, and when at most one boundary falls inside it, one comparison
 * finishes. A bucket with more boundaries inside points to a nested table over just that bucket, in the same array
 * (regions cluster: Xen's image regions lie close together, far from RAM and devices); past {@link #MAX_DEPTH} nested
 * levels a binary search of fixed shape finishes instead. Below the first boundary the count is 0, from the last on
 * it is all of them.
 */
final class SlotIndex {
    /** Buckets per boundary a table gets (rounded up to a power of two), and the most one table may have. */
    private static final int BUCKETS_PER_BOUNDARY = 4;
    private static final int MAX_BUCKETS = 1 << 12;
    private static final int MAX_DEPTH = 3;
    /**
     * Table entries: &gt;= 0, the count at the bucket's start; {@link #SEARCH}, binary search; other negative values
     * ~(start of the nested table &lt;&lt; 6 | its shift).
     */
    private static final int SEARCH = Integer.MIN_VALUE;
    private static final int[] NO_TABLE = {};

    /** The boundaries, then Long.MAX_VALUE up to a power of two (at least two entries more than the boundaries). */
    private final long[] bounds;
    private final int count;
    private final long low;
    private final long span;
    private final int shift;
    /** The top table first, nested tables after it. */
    private final int[] table;

    private SlotIndex(long[] bounds, int count, long low, long span, int shift, int[] table) {
        this.bounds = bounds;
        this.count = count;
        this.low = low;
        this.span = span;
        this.shift = shift;
        this.table = table;
    }

    /** An index over ascending, distinct boundaries. */
    static SlotIndex of(long[] sorted) {
        int count = sorted.length;
        int size = Integer.highestOneBit(count + 2);
        if (size < count + 2) size <<= 1;
        long[] bounds = Arrays.copyOf(sorted, size);
        Arrays.fill(bounds, count, size, Long.MAX_VALUE);
        if (count < 2) {
            return new SlotIndex(bounds, count, count == 0 ? Long.MAX_VALUE : sorted[0], 0, 0, NO_TABLE);
        }
        long low = sorted[0];
        long span = sorted[count - 1] - low;
        int shift = 0;
        while (((span - 1) >>> shift) >= targetBuckets(count)) shift++;
        Builder b = new Builder(bounds, count);
        int buckets = (int) ((span - 1) >>> shift) + 1;
        b.fill(b.reserve(buckets), buckets, 0, low, shift, 0);
        return new SlotIndex(bounds, count, low, span, shift, b.finish());
    }

    private static int targetBuckets(int boundaries) {
        return Math.min(MAX_BUCKETS, Integer.highestOneBit(Math.max(1, boundaries * BUCKETS_PER_BOUNDARY - 1)) << 1);
    }

    /** Appends the top table and the nested ones to one growing array. */
    private static final class Builder {
        private final long[] bounds;
        private final int count;
        private int[] table = new int[64];
        private int size;

        Builder(long[] bounds, int count) {
            this.bounds = bounds;
            this.count = count;
        }

        int reserve(int buckets) {
            int at = size;
            size += buckets;
            if (size > table.length) table = Arrays.copyOf(table, Math.max(size, 2 * table.length));
            return at;
        }

        /** Fills {@code table[at, at + buckets)}: buckets of 2^shift from {@code low}; no boundary below j is above low. */
        void fill(int at, int buckets, int j, long low, int shift, int depth) {
            for (int k = 0; k < buckets; k++) {
                long start = low + ((long) k << shift);
                long end = start + (1L << shift);
                while (bounds[j] <= start) j++;
                int past = j;
                while (past < count && bounds[past] < end) past++;
                if (past - j <= 1) {
                    table[at + k] = j;
                } else if (depth >= MAX_DEPTH || shift == 0) {
                    table[at + k] = SEARCH;
                } else {
                    int innerShift = Math.max(0, shift - Integer.numberOfTrailingZeros(targetBuckets(past - j)));
                    int innerBuckets = 1 << (shift - innerShift);
                    int inner = reserve(innerBuckets);
                    table[at + k] = ~(inner << 6 | innerShift);
                    fill(inner, innerBuckets, j, start, innerShift, depth + 1);
                }
            }
        }

        int[] finish() {
            return Arrays.copyOf(table, size);
        }
    }

    /** How many boundaries lie at or below the address. */
    int slot(long address) {
        long offset = address - low;
        if (Long.compareUnsigned(offset, span) >= 0) return address < low ? 0 : count;
        int e = table[(int) (offset >>> shift)];
        if (e >= 0) return bounds[e] <= address ? e + 1 : e;
        return crowded(e, offset & ((1L << shift) - 1), address);
    }

    /** Walks nested tables from a crowded bucket; {@code inner} is the offset of the address within the bucket. */
    private int crowded(int entry, long inner, long address) {
        int e = entry;
        long offset = inner;
        while (e < 0) {
            if (e == SEARCH) return search(address);
            int innerShift = ~e & 63;
            e = table[(~e >>> 6) + (int) (offset >>> innerShift)];
            offset &= (1L << innerShift) - 1;
        }
        return bounds[e] <= address ? e + 1 : e;
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

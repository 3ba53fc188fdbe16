package dev.mpuworkbench.emulator.mpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The enabled regions of one MPU compiled into sorted address segments, so that finding which regions match an
 * address allocates nothing and mostly costs one table load. Immutable; built once per region configuration.
 *
 * <p>The region boundaries (every base and every limit + 1) cut the address space into slots: slot 0 lies below the
 * lowest boundary and slot k &gt; 0 starts at boundary k - 1; public segment numbers are slot - 1. Per slot: one match
 * word (the single matching region and the {@link AccessClass access classes} it permits) and the exact set of
 * matching regions as bits, so a multi-hit names every region. A slot is found through {@link SlotIndex}.
 */
public final class RegionLookup {
    /** {@link #singleRegion(int)} when no region matches. */
    public static final int NONE = -1;
    /** {@link #singleRegion(int)} when two or more regions match. */
    public static final int MULTIPLE = -2;
    private static final int[] NO_HITS = {};
    private static final int REGION_SHIFT = 48;
    private static final long NONE_WORD = (long) (NONE + 2) << REGION_SHIFT;
    private static final long MULTIPLE_WORD = (long) (MULTIPLE + 2) << REGION_SHIFT;
    /** Event keys: address in [57:9], 1 = region starts in bit 8 (ends sort first), region in [7:0]. */
    private static final int EVENT_SHIFT = 9;
    private static final long EVENT_START = 1L << 8;

    private final SlotIndex index;
    /** Per slot: (single region + 2) in bits [63:48] (NONE is 1, MULTIPLE 0), the classes it permits below. */
    private final long[] match;
    /** Per slot, {@link #words} longs: bit r set when region r matches. */
    private final long[] hitBits;
    private final int words;
    private final boolean overlapping;
    /** Enabled regions writable and executable at the MPU's own level (AP[2] = 0, XN[1] = 0), as bits. */
    private final long[] writableExecutable;

    private RegionLookup(SlotIndex index, long[] match, long[] hitBits, int words, boolean overlapping,
                         long[] writableExecutable) {
        this.index = index;
        this.match = match;
        this.hitBits = hitBits;
        this.words = words;
        this.overlapping = overlapping;
        this.writableExecutable = writableExecutable;
    }

    /** Compiles regions 0..count-1; a region matches A when EN = 1 and base &lt;= A &lt;= limit | 0x3F. */
    public static RegionLookup build(long[] prbar, long[] prlar, int count) {
        int words = Math.max(1, (count + 63) >>> 6);
        long[] events = new long[2 * count];
        long[] wx = new long[words];
        int n = 0;
        for (int r = 0; r < count; r++) {
            if (!RegionBits.enabled(prlar[r])) continue;
            if ((prbar[r] & (RegionBits.PRBAR_AP_READ_ONLY | RegionBits.PRBAR_XN1)) == 0) wx[r >>> 6] |= 1L << r;
            if (RegionBits.base(prbar[r]) > RegionBits.limit(prlar[r])) continue;
            events[n++] = (RegionBits.base(prbar[r]) << EVENT_SHIFT) | EVENT_START | r;
            events[n++] = ((RegionBits.limit(prlar[r]) + 1) << EVENT_SHIFT) | r;
        }
        Arrays.sort(events, 0, n);
        int boundaries = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || (events[i] >>> EVENT_SHIFT) != (events[i - 1] >>> EVENT_SHIFT)) boundaries++;
        }
        long[] bounds = new long[boundaries];
        long[] match = new long[boundaries + 1];
        long[] hitBits = new long[(boundaries + 1) * words];
        match[0] = NONE_WORD;
        long[] active = new long[words];
        boolean overlapping = false;
        int slot = 0;
        for (int i = 0; i < n; ) {
            long address = events[i] >>> EVENT_SHIFT;
            for (; i < n && (events[i] >>> EVENT_SHIFT) == address; i++) {
                int r = (int) events[i] & 0xFF;
                if ((events[i] & EVENT_START) != 0) active[r >>> 6] |= 1L << r;
                else active[r >>> 6] &= ~(1L << r);
            }
            bounds[slot++] = address;
            int hits = 0;
            int single = 0;
            for (int w = 0; w < words; w++) {
                long bits = active[w];
                hitBits[slot * words + w] = bits;
                if (bits != 0) {
                    hits += Long.bitCount(bits);
                    single = (w << 6) + Long.numberOfTrailingZeros(bits);
                }
            }
            if (hits == 0) {
                match[slot] = NONE_WORD;
            } else if (hits == 1) {
                match[slot] = ((long) (single + 2) << REGION_SHIFT) | AccessClass.permitted(prbar[single]);
            } else {
                match[slot] = MULTIPLE_WORD;
                overlapping = true;
            }
        }
        return new RegionLookup(SlotIndex.of(bounds), match, hitBits, words, overlapping, wx);
    }

    /** The slot holding the address. */
    int slot(long address) {
        return index.slot(address);
    }

    /** The segment holding the address, or -1 below every region (negative addresses are outside the PA space). */
    public int segment(long address) {
        return index.slot(address) - 1;
    }

    /** The single region matching the segment, {@link #NONE} or {@link #MULTIPLE}. Segment -1 gives NONE. */
    public int singleRegion(int segment) {
        return regionOf(match[segment + 1]);
    }

    /** Number of regions matching in the segment. */
    public int hitCount(int segment) {
        return slotHitCount(segment + 1);
    }

    /** The i-th region matching in the segment (ascending region numbers). */
    public int hit(int segment, int i) {
        int base = (segment + 1) * words;
        int left = i;
        for (int w = 0; w < words; w++) {
            long bits = hitBits[base + w];
            int c = Long.bitCount(bits);
            if (left < c) {
                for (int k = 0; k < left; k++) bits &= bits - 1;
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
            left -= c;
        }
        throw new IndexOutOfBoundsException("hit " + i + " of " + hitCount(segment));
    }

    /** Regions matching the address, ascending (allocates; for views and hazard checks). */
    public int[] matches(long address) {
        return slotHits(slot(address));
    }

    /**
     * The match word of a slot: (single region + 2) in bits [63:48] and, for a single region, the
     * {@link AccessClass access classes} it permits in the low bits.
     */
    long match(int slot) {
        return match[slot];
    }

    /** The single region of a match word, {@link #NONE} or {@link #MULTIPLE}. */
    static int regionOf(long matchWord) {
        return (int) (matchWord >>> REGION_SHIFT) - 2;
    }

    int slotHitCount(int slot) {
        int base = slot * words;
        int c = 0;
        for (int w = 0; w < words; w++) c += Long.bitCount(hitBits[base + w]);
        return c;
    }

    /** The regions matching in a slot, ascending (a fresh array). */
    int[] slotHits(int slot) {
        int c = slotHitCount(slot);
        if (c == 0) return NO_HITS;
        int[] out = new int[c];
        int k = 0;
        int base = slot * words;
        for (int w = 0; w < words; w++) {
            for (long bits = hitBits[base + w]; bits != 0; bits &= bits - 1) {
                out[k++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return out;
    }

    /** Whether a slot of this lookup and a slot of another one hold the same regions. */
    boolean sameHits(int slot, RegionLookup other, int otherSlot) {
        if (other.words != words) return Arrays.equals(slotHits(slot), other.slotHits(otherSlot));
        int a = slot * words;
        int b = otherSlot * words;
        for (int w = 0; w < words; w++) {
            if (hitBits[a + w] != other.hitBits[b + w]) return false;
        }
        return true;
    }

    /** Whether any two enabled regions overlap. */
    public boolean hasOverlaps() {
        return overlapping;
    }

    /** Every pair of enabled regions that overlap, as {low, high} region numbers, in ascending order. */
    public List<int[]> overlappingPairs() {
        if (!overlapping) return List.of();
        TreeSet<Long> pairs = new TreeSet<>();
        for (int s = 0; s < match.length; s++) {
            if (match[s] != MULTIPLE_WORD) continue;
            int[] h = slotHits(s);
            for (int i = 0; i < h.length; i++) {
                for (int j = i + 1; j < h.length; j++) pairs.add(((long) h[i] << 32) | h[j]);
            }
        }
        List<int[]> out = new ArrayList<>(pairs.size());
        for (long p : pairs) out.add(new int[] {(int) (p >>> 32), (int) p});
        return out;
    }

    /**
     * Whether enabled region {@code region} is writable and executable at the MPU's own level (AP[2] = 0 and
     * XN[1] = 0), whether or not it is empty.
     */
    public boolean writableExecutable(int region) {
        return region >>> 6 < writableExecutable.length && (writableExecutable[region >>> 6] & (1L << region)) != 0;
    }

    /** The next writable and executable region at or after {@code from}, or -1. */
    public int nextWritableExecutable(int from) {
        for (int w = from >>> 6; w < writableExecutable.length; w++) {
            long bits = writableExecutable[w] & (w == from >>> 6 ? -1L << from : -1L);
            if (bits != 0) return (w << 6) + Long.numberOfTrailingZeros(bits);
        }
        return -1;
    }
}

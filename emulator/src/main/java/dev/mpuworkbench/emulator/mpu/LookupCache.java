package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;

/**
 * The lookups of the region configurations a register file has recently held, per MPU, so a configuration that comes
 * back (every context switch brings back a domain's regions) reuses its {@link RegionLookup} instead of building it
 * again. A lookup depends on the enabled regions alone, so two configurations that differ only in disabled regions
 * share one. Found by a hash of the enabled regions the register bank keeps up to date in O(1) per write, confirmed
 * by comparing them. Reuse changes no outcome. Not thread-safe: one per register file.
 */
final class LookupCache {
    private static final int WAYS = 16;

    private final Entry[][] entries = new Entry[3][WAYS];
    private final int[] next = new int[3];

    private record Entry(long hash, long[] prbar, long[] prlar, RegionLookup lookup) {
    }

    RegionLookup lookup(int el, long[] prbar, long[] prlar, int count, long hash) {
        Entry[] row = entries[el];
        for (Entry e : row) {
            if (e != null && e.hash == hash && sameEnabledRegions(e.prbar, e.prlar, prbar, prlar, count)) {
                return e.lookup;
            }
        }
        RegionLookup built = RegionLookup.build(prbar, prlar, count);
        row[next[el]] = new Entry(hash, Arrays.copyOf(prbar, count), Arrays.copyOf(prlar, count), built);
        next[el] = (next[el] + 1) % WAYS;
        return built;
    }

    private static boolean sameEnabledRegions(long[] aBar, long[] aLar, long[] bBar, long[] bLar, int count) {
        for (int r = 0; r < count; r++) {
            if (!RegionBits.enabled(aLar[r] | bLar[r])) continue;
            if (aLar[r] != bLar[r] || aBar[r] != bBar[r]) return false;
        }
        return true;
    }

    /** The hash contribution of one region, 0 when disabled (the bank's hash is the sum over its regions). */
    static long regionHash(int region, long prbar, long prlar) {
        if (!RegionBits.enabled(prlar)) return 0;
        long h = prbar * 0x9E3779B97F4A7C15L + prlar * 0xC2B2AE3D27D4EB4FL + (region + 1) * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }
}

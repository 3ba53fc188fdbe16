package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The slot search against a count of the boundaries at or below the address. */
class SlotIndexTest {
    @ParameterizedTest(name = "{0} boundaries")
    @ValueSource(ints = {0, 1, 2, 3, 7, 64, 65, 200, 511})
    void countsTheBoundariesAtOrBelowTheAddress(int count) {
        Random random = new Random(count);
        for (int layout = 0; layout < 30; layout++) {
            long[] bounds = layout(random, count, layout % 4);
            SlotIndex index = SlotIndex.of(bounds);
            for (long b : bounds) {
                for (long a = b - 2; a <= b + 2; a++) assertEquals(expected(bounds, a), index.slot(a), "at " + a);
            }
            for (int i = 0; i < 2000; i++) {
                long a = count == 0 ? random.nextLong()
                    : bounds[0] + (long) (random.nextDouble() * 1.2 * (bounds[count - 1] - bounds[0] + 1));
                assertEquals(expected(bounds, a), index.slot(a), "at " + a);
            }
            for (long a : new long[] {Long.MIN_VALUE, -1, 0, RegionBits.MAX_ADDRESS, RegionBits.MAX_ADDRESS + 1,
                Long.MAX_VALUE}) {
                assertEquals(expected(bounds, a), index.slot(a), "at " + a);
            }
        }
    }

    /**
     * Spread evenly, clustered (many close together and a few far away), at random over the PA space, or crowding
     * ever closer towards one end (nested tables down to the depth limit).
     */
    private static long[] layout(Random random, int count, int kind) {
        TreeSet<Long> set = new TreeSet<>();
        while (set.size() < count) {
            long b = switch (kind) {
                case 0 -> random.nextInt(count * 4 + 1) * 0x1000L;
                case 1 -> random.nextInt(8) == 0 ? (random.nextLong() >>> 16) & RegionBits.ADDRESS_MASK
                    : 0x20_0000L + random.nextInt(4096) * 64L;
                case 2 -> (random.nextLong() >>> 16) & RegionBits.ADDRESS_MASK;
                default -> 0x1000L + (1L << random.nextInt(46)) + random.nextInt(64) * 64L;
            };
            set.add(b);
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    private static int expected(long[] bounds, long address) {
        int n = 0;
        for (long b : bounds) if (b <= address) n++;
        return n;
    }
}

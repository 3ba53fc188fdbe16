package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionLookupTest {
    @Test
    void agreesWithALinearScanOnRandomRegions() {
        Random random = new Random(42);
        int count = 32;
        for (int round = 0; round < 200; round++) {
            long[] prbar = new long[count];
            long[] prlar = new long[count];
            for (int r = 0; r < count; r++) {
                long base = (random.nextInt(1 << 12)) * 64L;
                long limit = base + random.nextInt(1 << 10) * 64L - (random.nextInt(8) == 0 ? 4096 : 0);
                prbar[r] = Math.max(0, base);
                prlar[r] = (Math.max(0, limit) & RegionBits.ADDRESS_MASK) | (random.nextInt(4) == 0 ? 0 : 1);
            }
            RegionLookup lookup = RegionLookup.build(prbar, prlar, count);
            for (int i = 0; i < 500; i++) {
                long a = random.nextInt(1 << 19);
                int[] expected = java.util.stream.IntStream.range(0, count)
                    .filter(r -> RegionBits.enabled(prlar[r]) && RegionBits.base(prbar[r]) <= a
                        && a <= RegionBits.limit(prlar[r])).toArray();
                assertArrayEquals(expected, lookup.matches(a), "address " + a);
                int seg = lookup.segment(a);
                int single = expected.length == 0 ? RegionLookup.NONE
                    : expected.length == 1 ? expected[0] : RegionLookup.MULTIPLE;
                assertEquals(single, lookup.singleRegion(seg));
                assertEquals(expected.length, lookup.hitCount(seg));
            }
        }
    }

    @Test
    void listsOverlappingPairsOnce() {
        long[] prbar = {0x0000, 0x1000, 0x1800, 0x8000};
        long[] prlar = {0x0FC1, 0x1FC1, 0x2FC1, 0x8FC0};
        List<int[]> pairs = RegionLookup.build(prbar, prlar, 4).overlappingPairs();
        assertEquals(1, pairs.size());
        assertArrayEquals(new int[] {1, 2}, pairs.get(0));
    }

    @Test
    void regionReachingTheTopOfThePaSpace() {
        long[] prbar = {0xFFFF_FFFF_F000L};
        long[] prlar = {0xFFFF_FFFF_FFC1L};
        RegionLookup lookup = RegionLookup.build(prbar, prlar, 1);
        assertEquals(0, lookup.singleRegion(lookup.segment(0xFFFF_FFFF_FFFFL)));
        assertEquals(RegionLookup.NONE, lookup.singleRegion(lookup.segment(0x1_0000_0000_0000L)));
    }

    @Test
    void marksEnabledRegionsWritableAndExecutableAtTheirOwnLevel() {
        int count = 70;
        long[] prbar = new long[count];
        long[] prlar = new long[count];
        prbar[3] = 0x1000;                       // AP 00, XN 00: writable and executable
        prlar[3] = 0x1FC1;
        prbar[4] = 0x2000 | 0x8;                 // read-only
        prlar[4] = 0x2FC1;
        prbar[5] = 0x3000 | 0x2;                 // XN[1]
        prlar[5] = 0x3FC1;
        prbar[6] = 0x4000 | 0x5;                 // AP 01 and XN[0] only: still executable at the own level
        prlar[6] = 0x4FC1;
        prbar[7] = 0x5000;                       // disabled
        prlar[7] = 0x5FC0;
        prbar[66] = 0x9000;                      // empty (limit below base) but enabled
        prlar[66] = 0x8001;
        RegionLookup lookup = RegionLookup.build(prbar, prlar, count);
        List<Integer> marked = new java.util.ArrayList<>();
        for (int r = lookup.nextWritableExecutable(0); r >= 0; r = lookup.nextWritableExecutable(r + 1)) marked.add(r);
        assertEquals(List.of(3, 6, 66), marked);
        assertEquals(true, lookup.writableExecutable(66));
        assertEquals(false, lookup.writableExecutable(4));
        assertEquals(false, lookup.writableExecutable(200));
    }
}

package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lower bound against an exhaustive search: for random rows of segments (random attributes, random
 * touching or gapped neighbours, a random set of gaps the compact rule may cover), a dynamic programme over
 * every way to cut the row into valid regions finds the true minimum; the bound and the greedy merge both
 * equal it.
 */
class LowerBoundTest {
    private static final List<RegionAttributes> ATTRIBUTES = List.of(RegionAttributes.XEN_READ_WRITE,
        RegionAttributes.XEN_READ_ONLY, RegionAttributes.GUEST_RAM);

    @Test
    void boundEqualsTheExhaustiveMinimumForBothRules() {
        Random random = new Random(42);
        for (int trial = 0; trial < 2000; trial++) {
            List<Run> row = new ArrayList<>();
            Set<Long> coverableGapStarts = new HashSet<>();
            long cursor = 0x1000;
            int n = 1 + random.nextInt(9);
            for (int i = 0; i < n; i++) {
                long size = 0x1000L * (1 + random.nextInt(4));
                row.add(new Run(AddressRange.of(cursor, size), ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())), List.of(
                    new MappingRequest(AddressRange.of(cursor, size), AddressRange.of(cursor, size), RegionAttributes.XEN_READ_WRITE,
                        "x", SubjectPath.of("t", i), i))));
                cursor += size;
                if (random.nextBoolean()) {
                    if (random.nextBoolean()) coverableGapStarts.add(cursor);
                    cursor += 0x1000L * (1 + random.nextInt(3));
                }
            }
            GapPolicy compact = (from, to, a) -> from >= to || coverableGapStarts.contains(from);
            assertEquals(exhaustiveMinimum(row, GapPolicy.NEVER), LowerBounds.count(row, GapPolicy.NEVER), "partitioned " + row);
            assertEquals(exhaustiveMinimum(row, compact), LowerBounds.count(row, compact), "compact " + row);
            assertEquals(LowerBounds.count(row, GapPolicy.NEVER), RegionBuilder.mergeAdjacent(row).size());
            assertEquals(LowerBounds.count(row, compact),
                RegionBuilder.mergeAcrossGaps(RegionBuilder.mergeAdjacent(row), compact).size());
        }
    }

    /** min over cuts: best[j] = min over i of best[i] + 1 where one region may cover segments i..j-1. */
    private static int exhaustiveMinimum(List<Run> row, GapPolicy gaps) {
        int n = row.size();
        int[] best = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Integer.MAX_VALUE;
            for (int i = 0; i < j; i++) {
                if (oneRegionMayCover(row, i, j - 1, gaps) && best[i] != Integer.MAX_VALUE) best[j] = Math.min(best[j], best[i] + 1);
            }
        }
        return best[n];
    }

    private static boolean oneRegionMayCover(List<Run> row, int first, int last, GapPolicy gaps) {
        for (int k = first + 1; k <= last; k++) {
            Run a = row.get(k - 1);
            Run b = row.get(k);
            if (!a.attributes().equals(b.attributes())) return false;
            boolean touching = a.range().end() == b.range().base();
            if (!touching && !gaps.mayCover(a.range().end(), b.range().base(), b.attributes())) return false;
        }
        return true;
    }

    @Test
    void aSoleRunNeedsOneRegionAndDifferentAttributesNeverShare() {
        Run a = run(0x1000, 0x1000, RegionAttributes.XEN_READ_WRITE);
        Run b = run(0x2000, 0x1000, RegionAttributes.XEN_READ_ONLY);
        assertEquals(1, LowerBounds.count(List.of(a), GapPolicy.NEVER));
        assertEquals(2, LowerBounds.count(List.of(a, b), (f, t, x) -> true));
        assertTrue(LowerBounds.count(List.of(), GapPolicy.NEVER) == 0);
    }

    private static Run run(long base, long size, RegionAttributes attributes) {
        return new Run(AddressRange.of(base, size), attributes, List.of(new MappingRequest(AddressRange.of(base, size),
            AddressRange.of(base, size), attributes, "x", SubjectPath.of("t"), 0)));
    }
}

package dev.mpuworkbench.core.mpu;

import java.util.List;

/**
 * The fewest regions any valid plan can use, counted from the elementary segments of a part.
 *
 * <p>Partitioned: a region is one contiguous range with one set of attributes and may grant nothing that was
 * not asked. Call a <em>run</em> a maximal stretch of asked bytes that is contiguous and has one set of
 * attributes. A region cannot cross a run's edge: beyond it lie either unasked bytes (forbidden) or bytes with
 * other attributes (one region has one set). So every region lies inside one run, each run needs at least
 * one region, and the bound is the number of runs. Merging touching equal segments reaches it.
 *
 * <p>Compact: a region may also cover a gap between two runs with equal attributes when the gap is free.
 * Regions must not overlap, so a region covering runs i and j covers every run between them, which must then
 * have its attributes, and every gap between them must be free. Call a <em>chain</em> a maximal sequence of
 * consecutive runs (in address order) with equal attributes and free gaps between neighbours: every region
 * lies inside one chain and each chain needs one region, so the bound is the number of chains. Merging
 * neighbours greedily reaches it.
 *
 * <p>PART_A is planned once and is the same in every context, so a context's bound is PART_A's bound plus
 * its PART_B's bound (no region may span both parts).
 */
final class LowerBounds {
    private LowerBounds() {
    }

    /** Counts runs (gaps = {@link GapPolicy#NEVER}) or chains (the compact gap policy). */
    static int count(List<Run> segments, GapPolicy gaps) {
        int n = 0;
        Run previous = null;
        for (Run s : segments) {
            boolean joins = previous != null && previous.attributes().equals(s.attributes())
                && (previous.range().end() == s.range().base()
                    || gaps.mayCover(previous.range().end(), s.range().base(), s.attributes()));
            if (!joins) n++;
            previous = s;
        }
        return n;
    }
}

package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of the map, left to right: address labels, board memory (banks and reservations), the
 * {@code mpu,*} sections, the EL2 MPU regions of the shown context, then the blocks. Blocks that overlap (an error the map must show, not hide)
 * are put side by side within their cluster, so each stays visible and clickable.
 */
public final class MapLayout {
    public static final double AXIS_WIDTH = 96;
    public static final double LANE_WIDTH = 24;
    public static final double GAP = 6;
    public static final double RIGHT_MARGIN = 10;

    private MapLayout() {
    }

    public static double boardX() {
        return AXIS_WIDTH;
    }

    public static double sectionsX() {
        return AXIS_WIDTH + LANE_WIDTH + GAP;
    }

    public static double regionsX() {
        return sectionsX() + LANE_WIDTH + GAP;
    }

    public static double blocksX() {
        return regionsX() + LANE_WIDTH + GAP;
    }

    /**
     * Everything the map draws for {@code design}.
     *
     * @param context the plan of the context whose MPU regions are shown, or null for none
     */
    public static List<MapItem> items(Design design, List<MemoryBlock> blocks, ContextPlan context, double width) {
        List<MapItem> out = new ArrayList<>();
        for (MemoryBank b : design.board().memory()) {
            out.add(new MapItem(MapItem.Kind.BANK, SubjectPath.memoryBank(b.name()), b.name(), b.range(), null,
                null, boardX(), LANE_WIDTH));
        }
        for (ReservedRange r : design.board().reserved()) {
            out.add(new MapItem(MapItem.Kind.RESERVED, SubjectPath.reserved(r.name()), r.name(), r.range(), null,
                null, boardX(), LANE_WIDTH));
        }
        if (context != null) regions(context, out);
        List<MemoryBlock> sections = blocks.stream().filter(b -> b.blockClass() == BlockClass.SECTION).toList();
        List<MemoryBlock> others = blocks.stream().filter(b -> b.blockClass() != BlockClass.SECTION).toList();
        place(MapItem.Kind.SECTION, sections, sectionsX(), LANE_WIDTH, out);
        place(MapItem.Kind.BLOCK, others, blocksX(), Math.max(40, width - blocksX() - RIGHT_MARGIN), out);
        return out;
    }

    private static void regions(ContextPlan context, List<MapItem> out) {
        SubjectPath contextSubject = context.isDomain() ? SubjectPath.domain(context.domainName()) : SubjectPath.XEN;
        for (PlannedRegion r : context.regions()) {
            SubjectPath subject = r.covers().isEmpty() ? contextSubject : r.covers().get(0);
            out.add(new MapItem(MapItem.Kind.REGION, subject, "#" + r.index() + " " + r.part(), r.range(), null, r,
                regionsX(), LANE_WIDTH));
        }
    }

    /** Greedy interval partitioning per cluster of overlapping blocks. */
    private static void place(MapItem.Kind kind, List<MemoryBlock> blocks, double x, double width, List<MapItem> out) {
        List<MemoryBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparing(MemoryBlock::range));
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            long clusterEnd = sorted.get(i).range().end();
            while (j + 1 < sorted.size() && sorted.get(j + 1).range().base() < clusterEnd) {
                j++;
                clusterEnd = Math.max(clusterEnd, sorted.get(j).range().end());
            }
            List<MemoryBlock> cluster = sorted.subList(i, j + 1);
            List<Long> laneEnds = new ArrayList<>();
            int[] lane = new int[cluster.size()];
            for (int k = 0; k < cluster.size(); k++) {
                MemoryBlock b = cluster.get(k);
                int chosen = -1;
                for (int l = 0; l < laneEnds.size(); l++) {
                    if (laneEnds.get(l) <= b.range().base()) {
                        chosen = l;
                        break;
                    }
                }
                if (chosen < 0) {
                    laneEnds.add(b.range().end());
                    chosen = laneEnds.size() - 1;
                } else {
                    laneEnds.set(chosen, b.range().end());
                }
                lane[k] = chosen;
            }
            double laneWidth = width / laneEnds.size();
            for (int k = 0; k < cluster.size(); k++) {
                MemoryBlock b = cluster.get(k);
                out.add(new MapItem(kind, b.subject(), b.label(), b.range(), b, null, x + lane[k] * laneWidth, laneWidth));
            }
            i = j + 1;
        }
    }
}

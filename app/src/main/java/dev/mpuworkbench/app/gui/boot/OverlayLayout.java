package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.RegionLine;
import dev.mpuworkbench.app.gui.map.AddressAxis;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.emulator.mpu.RegionFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the overlay strip draws things: the design's blocks and the enabled EL2 regions on one horizontal address
 * axis, built like the main map's ({@link AddressAxis}: sizes on a log scale, gaps collapsed). Things that overlap
 * get lanes of their own so none hides another.
 */
final class OverlayLayout {
    static final double PAD = 8;

    /** A bar from {@code x0} to {@code x1} in lane {@code lane} of {@code lanes}. */
    record Bar<T>(T item, AddressRange range, double x0, double x1, int lane, int lanes) {
    }

    /** A stretch nothing covers, collapsed. */
    record Gap(double x0, double x1, long size) {
    }

    private final AddressAxis axis;
    private final double width;
    private final List<Bar<MemoryBlock>> blocks;
    private final List<Bar<RegionLine>> regions;
    private final List<Gap> gaps = new ArrayList<>();

    private OverlayLayout(AddressAxis axis, double width, List<MemoryBlock> shownBlocks, List<RegionLine> shownRegions,
                          List<AddressRange> regionRanges) {
        this.axis = axis;
        this.width = width;
        this.blocks = bars(shownBlocks, shownBlocks.stream().map(MemoryBlock::range).toList());
        this.regions = bars(shownRegions, regionRanges);
        for (AddressAxis.Segment s : axis.segments()) {
            if (s.gap()) gaps.add(new Gap(x(s.base()), x(s.end()), s.size()));
        }
    }

    /**
     * @param designBlocks every block of the booted design (containers such as sections are left out)
     * @param el2          the EL2 rows; the enabled ones are drawn where access checks see them (effective values)
     */
    static OverlayLayout of(List<MemoryBlock> designBlocks, List<RegionLine> el2, double width) {
        List<MemoryBlock> shownBlocks = designBlocks.stream().filter(b -> b.blockClass() != BlockClass.SECTION)
            .filter(b -> !b.range().isEmpty()).toList();
        List<RegionLine> shownRegions = new ArrayList<>();
        List<AddressRange> regionRanges = new ArrayList<>();
        for (RegionLine l : el2) {
            if (!l.enabled()) continue;
            RegionFields f = RegionFields.decode(l.row().effectivePrbar(), l.row().effectivePrlar());
            if (f.limit() < f.base()) continue;
            shownRegions.add(l);
            regionRanges.add(AddressRange.between(f.base(), f.limit() + 1));
        }
        List<AddressRange> content = new ArrayList<>(regionRanges);
        shownBlocks.forEach(b -> content.add(b.range()));
        long limit = content.stream().mapToLong(AddressRange::end).max().orElse(1);
        AddressAxis axis = AddressAxis.build(content, List.of(), limit, 1);
        return new OverlayLayout(axis, width, shownBlocks, shownRegions, regionRanges);
    }

    double x(long address) {
        double h = axis.height();
        if (h <= 0) return PAD;
        return PAD + axis.y(address) / h * Math.max(1, width - 2 * PAD);
    }

    /** Greedy lanes: each bar takes the first lane free at its base. */
    private <T> List<Bar<T>> bars(List<T> items, List<AddressRange> ranges) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) order.add(i);
        order.sort(Comparator.comparing(ranges::get));
        List<Long> laneEnds = new ArrayList<>();
        int[] lane = new int[items.size()];
        for (int i : order) {
            AddressRange r = ranges.get(i);
            int chosen = -1;
            for (int l = 0; l < laneEnds.size() && chosen < 0; l++) {
                if (Long.compareUnsigned(laneEnds.get(l), r.base()) <= 0) chosen = l;
            }
            if (chosen < 0) {
                laneEnds.add(r.end());
                chosen = laneEnds.size() - 1;
            } else {
                laneEnds.set(chosen, r.end());
            }
            lane[i] = chosen;
        }
        List<Bar<T>> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            AddressRange r = ranges.get(i);
            out.add(new Bar<>(items.get(i), r, x(r.base()), x(r.end()), lane[i], Math.max(1, laneEnds.size())));
        }
        return out;
    }

    List<Bar<MemoryBlock>> blocks() {
        return blocks;
    }

    List<Bar<RegionLine>> regions() {
        return regions;
    }

    List<Gap> gaps() {
        return gaps;
    }

    AddressAxis axis() {
        return axis;
    }

    /** The region bar under {@code x}, if any (the topmost lane first). */
    Bar<RegionLine> regionAt(double x) {
        for (Bar<RegionLine> b : regions) {
            if (x >= b.x0() && x <= Math.max(b.x1(), b.x0() + 2)) return b;
        }
        return null;
    }

    Bar<MemoryBlock> blockAt(double x) {
        for (Bar<MemoryBlock> b : blocks) {
            if (x >= b.x0() && x <= Math.max(b.x1(), b.x0() + 2)) return b;
        }
        return null;
    }
}

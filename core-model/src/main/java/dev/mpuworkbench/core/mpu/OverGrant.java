package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bytes the regions of a context cover beyond what the context asked for. */
final class OverGrant {
    private OverGrant() {
    }

    /** {@code regions} must be disjoint (any order); {@code asked} may overlap. */
    static long bytes(List<AddressRange> regions, List<AddressRange> asked) {
        List<AddressRange> union = union(asked);
        List<AddressRange> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.naturalOrder());
        long covered = 0;
        long inside = 0;
        int j = 0;
        for (AddressRange r : sorted) {
            covered += r.size();
            while (j < union.size() && union.get(j).end() <= r.base()) j++;
            for (int k = j; k < union.size() && union.get(k).base() < r.end(); k++) {
                inside += r.intersection(union.get(k)).size();
            }
        }
        return covered - inside;
    }

    static List<AddressRange> union(List<AddressRange> ranges) {
        List<AddressRange> sorted = new ArrayList<>(ranges.size());
        for (AddressRange r : ranges) {
            if (!r.isEmpty()) sorted.add(r);
        }
        sorted.sort(Comparator.naturalOrder());
        List<AddressRange> out = new ArrayList<>();
        for (AddressRange r : sorted) {
            AddressRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.base() <= last.end()) {
                if (r.end() > last.end()) out.set(out.size() - 1, AddressRange.between(last.base(), r.end()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}

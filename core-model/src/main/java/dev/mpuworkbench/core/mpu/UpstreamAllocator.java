package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Upstream Xen's {@code xen_mpumap} (xen_mpu.md §3.1–3.3): lowest free index first, an exact or inclusive
 * match with equal attributes bumps a refcount instead of taking a region, a partial overlap is refused, no
 * merging. Capacity is Xen's cap of 255 so the plan shows what a design needs even beyond the board's count.
 */
final class UpstreamAllocator {
    static final int XEN_MAX_REGIONS = 255;

    /** One slot of the map; {@code range} runs to the 64-byte granule the limit register implies. */
    record Entry(AddressRange range, long prbar, long prlar, RegionAttributes attributes, int refcount,
                 List<SubjectPath> subjects, List<AddressRange> asked) {
    }

    private enum Match { FOUND, INCLUSIVE, OVERLAP, NOT_FOUND }

    private final RegionEncoding encoding;
    private final Entry[] slots = new Entry[XEN_MAX_REGIONS];
    private int nextBootSelector;
    private int live;
    private int peak;

    UpstreamAllocator(RegionEncoding encoding) {
        this.encoding = encoding;
    }

    /** {@code prepare_xen_region}: the next selector, base and limit cut to the 64-byte granule; empty ranges take none. */
    int boot(AddressRange range, long prbarBits, long prlarBits, SubjectPath subject) {
        if (range.isEmpty()) return -1;
        int index = nextBootSelector++;
        long base = range.base() & encoding.baseMask();
        long prlar = prlarBits | (range.last() & encoding.baseMask());
        long prbar = prbarBits | base;
        AddressRange covered = AddressRange.between(base, RegionEncoding.limitOf(prlar, encoding.baseMask()) + 1);
        put(index, new Entry(covered, prbar, prlar, encoding.decode(prbar, prlar), 0, List.of(subject), List.of(range)));
        return index;
    }

    /** {@code xen_mpumap_update} with PRESENT set; empty when it succeeds, else why Xen refuses. */
    Optional<String> map(AddressRange range, RegionAttributes attributes, SubjectPath subject) {
        if (attributes.writableAndExecutableAtEl2()) return Optional.of("writable and executable mapping refused (-EINVAL)");
        if (range.isEmpty()) return Optional.of("empty range refused (-EINVAL)");
        if (!range.isAligned(AddressRange.PAGE)) return Optional.of(range + " is not 4 KiB aligned (-EINVAL)");
        int[] at = new int[1];
        Match match = lookup(range, at);
        if (match == Match.OVERLAP) {
            return Optional.of(range + " partially overlaps region " + at[0] + " " + slots[at[0]].range()
                + "; upstream never splits or merges regions (-EINVAL)");
        }
        if (match == Match.NOT_FOUND) {
            int index = firstFree();
            if (index < 0) return Optional.of("EL2 MPU memory region mapping pool exhausted (-ENOENT)");
            put(index, new Entry(range, encoding.prbar(range, attributes), encoding.prlar(range, attributes), attributes, 0,
                List.of(subject), List.of(range)));
            return Optional.empty();
        }
        Entry e = slots[at[0]];
        if (e.attributes().type() != attributes.type()) {
            return Optional.of("region " + at[0] + " " + e.range() + " has another memory type; modifying AI is not supported (-EINVAL)");
        }
        if (!e.attributes().equals(attributes)) {
            if (match == Match.INCLUSIVE || e.refcount() != 0) {
                return Optional.of("cannot change the permissions of region " + at[0] + " " + e.range() + " (-EINVAL)");
            }
            put(at[0], new Entry(e.range(), encoding.prbar(e.range(), attributes), encoding.prlar(e.range(), attributes),
                attributes, 0, append(e.subjects(), subject), append(e.asked(), range)));
            return Optional.empty();
        }
        if (e.refcount() == 0xFF) return Optional.of("refcount of region " + at[0] + " would overflow (-ENOENT)");
        slots[at[0]] = new Entry(e.range(), e.prbar(), e.prlar(), e.attributes(), e.refcount() + 1,
            append(e.subjects(), subject), append(e.asked(), range));
        return Optional.empty();
    }

    /** {@code xen_mpumap_update} with PRESENT clear. */
    Optional<String> unmap(AddressRange range) {
        int[] at = new int[1];
        Match match = lookup(range, at);
        if (match == Match.NOT_FOUND || match == Match.OVERLAP) return Optional.of(range + " is not mapped (-EINVAL)");
        Entry e = slots[at[0]];
        if (e.refcount() > 0) {
            slots[at[0]] = new Entry(e.range(), e.prbar(), e.prlar(), e.attributes(), e.refcount() - 1, e.subjects(), e.asked());
        } else if (match == Match.INCLUSIVE) {
            return Optional.of("cannot remove part of region " + at[0] + " " + e.range() + " (-EINVAL)");
        } else {
            destroy(at[0]);
        }
        return Optional.empty();
    }

    /** Rewrites base and limit of a live region in place (modify_after_init_mappings, free_init_memory). */
    void resize(int index, AddressRange range) {
        if (index < 0 || slots[index] == null) return;
        if (range.isEmpty()) {
            destroy(index);
            return;
        }
        Entry e = slots[index];
        long prbar = (e.prbar() & ~encoding.baseMask()) | (range.base() & encoding.baseMask());
        long prlar = (e.prlar() & ~encoding.baseMask()) | (range.last() & encoding.baseMask());
        AddressRange covered = AddressRange.between(range.base() & encoding.baseMask(),
            RegionEncoding.limitOf(prlar, encoding.baseMask()) + 1);
        slots[index] = new Entry(covered, prbar, prlar, e.attributes(), e.refcount(), e.subjects(), List.of(range));
    }

    void destroy(int index) {
        if (index < 0 || slots[index] == null) return;
        slots[index] = null;
        live--;
    }

    int peak() {
        return peak;
    }

    /** The live regions by index (a null slot is free). */
    List<Entry> slots() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : slots) out.add(e);
        return out;
    }

    private void put(int index, Entry e) {
        if (slots[index] == null) live++;
        slots[index] = e;
        peak = Math.max(peak, live);
    }

    private int firstFree() {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == null) return i;
        }
        return -1;
    }

    /** {@code mpumap_contains_region}: the first live region, by index, that the range meets. */
    private Match lookup(AddressRange range, int[] at) {
        long base = range.base();
        long last = range.last();
        for (int i = 0; i < slots.length; i++) {
            Entry e = slots[i];
            if (e == null) continue;
            long b = e.range().base();
            long l = e.range().last();
            at[0] = i;
            if (base == b && last == l) return Match.FOUND;
            if (base >= b && last <= l) return Match.INCLUSIVE;
            if (base <= l && last >= b) return Match.OVERLAP;
        }
        return Match.NOT_FOUND;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}

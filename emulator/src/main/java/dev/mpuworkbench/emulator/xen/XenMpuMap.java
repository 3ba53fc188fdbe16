package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Upstream Xen's {@code xen_mpumap} (mpu/mm.c, xen_mpu.md §3): the software shadow of the EL2 MPU and
 * {@code xen_mpumap_update}. Lowest free index first; an exact or inclusive match with the same attributes bumps a
 * refcount; a partial overlap is refused; nothing is merged. Each call returns the register writes it needs (as
 * ops, to run next) and a sentence saying what it decided.
 */
final class XenMpuMap {
    static final int MAX_REGIONS = 255;
    private static final long MASK = RegionPerm.ADDRESS_MASK;

    /** What an update did. */
    record Outcome(boolean ok, String text, int index, List<Op> ops) {
    }

    private enum Match { FOUND, INCLUSIVE, OVERLAP, NOT_FOUND }

    private final int maxRegions;
    private final long[] prbar;
    private final long[] prlar;
    private final int[] refcount;
    private final boolean[] used;

    XenMpuMap(int maxRegions) {
        this.maxRegions = Math.min(maxRegions, MAX_REGIONS);
        prbar = new long[this.maxRegions];
        prlar = new long[this.maxRegions];
        refcount = new int[this.maxRegions];
        used = new boolean[this.maxRegions];
    }

    private XenMpuMap(XenMpuMap o) {
        maxRegions = o.maxRegions;
        prbar = o.prbar.clone();
        prlar = o.prlar.clone();
        refcount = o.refcount.clone();
        used = o.used.clone();
    }

    XenMpuMap copy() {
        return new XenMpuMap(this);
    }

    int maxRegions() {
        return maxRegions;
    }

    boolean used(int index) {
        return used[index];
    }

    long prbar(int index) {
        return prbar[index];
    }

    long prlar(int index) {
        return prlar[index];
    }

    int refcount(int index) {
        return refcount[index];
    }

    int usedCount() {
        int n = 0;
        for (int i = 0; i < maxRegions; i++) if (used[i]) n++;
        return n;
    }

    /** What head.S's {@code prepare_xen_region} records for a selector (refcount zeroed). */
    void bootEntry(int index, long prbarValue, long prlarValue) {
        prbar[index] = prbarValue;
        prlar[index] = prlarValue;
        refcount[index] = 0;
        used[index] = (prlarValue & 1) != 0;
    }

    /** Replaces the whole map (the partitioned runtime configuration). */
    void replaceAll(List<long[]> regions) {
        Arrays.fill(prbar, 0, maxRegions, 0);
        Arrays.fill(prlar, 0, maxRegions, 0);
        Arrays.fill(refcount, 0, maxRegions, 0);
        Arrays.fill(used, 0, maxRegions, false);
        for (int i = 0; i < regions.size(); i++) bootEntry(i, regions.get(i)[0], regions.get(i)[1]);
    }

    /** {@code xen_mpumap_update(base, end, flags)} with PRESENT set. */
    Outcome map(long base, long end, RegionPerm perm, String what) {
        String range = range(base, end);
        if (perm.writableAndExecutable()) return refuse(what + " " + range + ": writable and executable (-EINVAL)");
        if (base >= end) return refuse(what + " " + range + ": empty range (-EINVAL)");
        if ((base & 0xFFF) != 0 || (end & 0xFFF) != 0) {
            return refuse(what + " " + range + ": not 4 KiB aligned (-EINVAL)");
        }
        int[] at = new int[1];
        Match m = lookup(base, end - 1, at);
        int i = at[0];
        if (m == Match.OVERLAP) {
            return refuse(what + " " + range + " partially overlaps region " + i + " " + region(i)
                + "; upstream never splits or merges regions (-EINVAL)");
        }
        if (m == Match.NOT_FOUND) {
            int free = firstFree();
            if (free < 0) return refuse(what + " " + range + ": EL2 MPU memory region mapping pool exhausted (-ENOENT)");
            prbar[free] = perm.prbar(base);
            prlar[free] = perm.prlar(end);
            refcount[free] = 0;
            used[free] = true;
            return new Outcome(true, what + " " + range + " (" + perm.describe() + ") -> new region " + free, free,
                writeOps(free));
        }
        long bits = prbar[i] & 0x3F;
        int attr = (int) (prlar[i] >>> 1) & 7;
        if (attr != perm.attrIndex()) {
            return refuse(what + " " + range + ": region " + i + " " + region(i)
                + " has another memory type; modifying AI is not supported (-EINVAL)");
        }
        if (bits != perm.prbarBits()) {
            if (m == Match.INCLUSIVE) {
                return refuse(what + " " + range + ": cannot modify partial region " + i + " attributes (-EINVAL)");
            }
            if (refcount[i] != 0) {
                return refuse(what + " " + range + ": region " + i + " is shared (refcount " + refcount[i]
                    + "), its permissions cannot change (-EINVAL)");
            }
            prbar[i] = (prbar[i] & ~0x3FL) | perm.prbarBits();
            return new Outcome(true, what + " " + range + ": region " + i + " becomes " + perm.describe(), i,
                writeOps(i));
        }
        if (refcount[i] == 0xFF) return refuse(what + " " + range + ": refcount of region " + i + " overflows (-ENOENT)");
        refcount[i]++;
        return new Outcome(true, what + " " + range + " is " + (m == Match.FOUND ? "region " : "inside region ") + i
            + ": refcount " + refcount[i], i, List.of());
    }

    /** {@code xen_mpumap_update(base, end, 0)}: unmap. */
    Outcome unmap(long base, long end, String what) {
        String range = range(base, end);
        int[] at = new int[1];
        Match m = lookup(base, end - 1, at);
        int i = at[0];
        if (m == Match.NOT_FOUND || m == Match.OVERLAP) return refuse(what + " " + range + " is not mapped (-EINVAL)");
        if (refcount[i] > 0) {
            refcount[i]--;
            return new Outcome(true, what + " " + range + ": refcount of region " + i + " drops to " + refcount[i], i,
                List.of());
        }
        if (m == Match.INCLUSIVE) return refuse(what + " " + range + ": cannot remove part of region " + i + " (-EINVAL)");
        return new Outcome(true, what + " " + range + ": region " + i + " destroyed", i, disable(i));
    }

    /**
     * Rewrites a live region's base and limit in place, as {@code modify_after_init_mappings} and
     * {@code free_init_memory} do; an empty range destroys it.
     */
    Outcome resize(int index, long base, long end, String what) {
        if (!used[index]) return refuse(what + ": region " + index + " is not in use");
        if (base >= end) return new Outcome(true, what + ": region " + index + " destroyed", index, disable(index));
        prbar[index] = (prbar[index] & ~MASK) | (base & MASK);
        prlar[index] = (prlar[index] & ~MASK) | ((end - 1) & MASK);
        return new Outcome(true, what + ": region " + index + " now " + region(index), index, writeOps(index));
    }

    /** {@code modify_xen_mappings} on a whole region: new permissions, same range. */
    Outcome modify(int index, RegionPerm perm, String what) {
        if (!used[index]) return refuse(what + ": region " + index + " is not in use");
        prbar[index] = (prbar[index] & ~0x3FL) | perm.prbarBits();
        return new Outcome(true, what + ": region " + index + " becomes " + perm.describe(), index, writeOps(index));
    }

    /**
     * {@code disable_mpu_region_from_index}: the shadow entry is zeroed; region 0 is rewritten as zeros, every other
     * index takes the PRENR path, which (as upstream's mask test is always true above 0) cannot clear regions 32 and
     * above: they stay enabled in hardware.
     */
    private List<Op> disable(int index) {
        prbar[index] = 0;
        prlar[index] = 0;
        refcount[index] = 0;
        used[index] = false;
        List<Op> ops = new ArrayList<>();
        if (index == 0) {
            ops.add(MachineOps.writeRegion(MachineOps.EL2, 0, 0, 0));
        } else {
            SysReg prenr = SysRegs.prenr(MachineOps.EL2);
            long bit = index < 32 ? 1L << index : 0;
            ops.add(c -> c.machine().write(prenr, c.machine().read(prenr) & ~bit));
        }
        ops.addAll(MachineOps.contextSync());
        return ops;
    }

    private List<Op> writeOps(int index) {
        List<Op> ops = new ArrayList<>(3);
        ops.add(MachineOps.writeRegion(MachineOps.EL2, index, prbar[index], prlar[index]));
        ops.addAll(MachineOps.contextSync());
        return ops;
    }

    /** {@code mpumap_contains_region}: the first enabled region, by index, the inclusive range meets. */
    private Match lookup(long base, long last, int[] at) {
        for (int i = 0; i < maxRegions; i++) {
            if (!used[i]) continue;
            long b = prbar[i] & MASK;
            long l = (prlar[i] & MASK) | 0x3F;
            if (last < b || base > l) continue;
            at[0] = i;
            if (base == b && last == l) return Match.FOUND;
            if (base >= b && last <= l) return Match.INCLUSIVE;
            return Match.OVERLAP;
        }
        return Match.NOT_FOUND;
    }

    private int firstFree() {
        for (int i = 0; i < maxRegions; i++) if (!used[i]) return i;
        return -1;
    }

    String region(int i) {
        return range(prbar[i] & MASK, ((prlar[i] & MASK) | 0x3F) + 1);
    }

    static String range(long base, long end) {
        return String.format("[0x%X, 0x%X)", base, end);
    }

    private static Outcome refuse(String text) {
        return new Outcome(false, text, -1, List.of());
    }
}

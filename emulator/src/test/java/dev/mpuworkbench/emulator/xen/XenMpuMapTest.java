package dev.mpuworkbench.emulator.xen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upstream's allocator (xen_mpu.md §3): lowest free index, refcounts, no merging, refusals. */
class XenMpuMapTest {
    private static final RegionPerm RW = RegionPerm.HYPERVISOR_RW;
    private XenMpuMap map;

    @BeforeEach
    void bootRegions() {
        map = new XenMpuMap(8);
        map.bootEntry(0, 0x200038, 0x2BFFCF);
        map.bootEntry(1, 0x2C003A, 0x2FFFCF);
        map.bootEntry(2, 0x32, 0x00);
    }

    @Test
    void aNewMappingTakesTheLowestFreeIndexWithXensEncoding() {
        XenMpuMap.Outcome o = map.map(0x6000_0000L, 0x7000_0000L, RW, "heap");
        assertTrue(o.ok());
        assertEquals(2, o.index(), "slot 2 holds a disabled entry, so it is free");
        assertEquals(0x6000_0032L, map.prbar(2));
        assertEquals(0x6FFF_FFCFL, map.prlar(2));
        assertEquals(3, o.ops().size(), "writeRegion, DSB, ISB");
        assertEquals(3, map.map(0x9C09_0000L, 0x9C0A_0000L, RegionPerm.HYPERVISOR_NOCACHE, "uart").index());
        assertEquals(0x9C09_0022L, map.prbar(3));
        assertEquals(0x9C09_FFC9L, map.prlar(3));
    }

    @Test
    void anExactOrInclusiveMatchBumpsTheRefcountAndWritesNothing() {
        map.map(0x6000_0000L, 0x7000_0000L, RW, "heap");
        XenMpuMap.Outcome exact = map.map(0x6000_0000L, 0x7000_0000L, RW, "again");
        assertTrue(exact.ok());
        assertEquals(1, map.refcount(2));
        assertTrue(exact.ops().isEmpty());
        XenMpuMap.Outcome inside = map.map(0x6000_1000L, 0x6000_2000L, RW, "a page of it");
        assertTrue(inside.ok());
        assertEquals(2, map.refcount(2));
        assertEquals(3, map.usedCount());
    }

    @Test
    void partialOverlapsAndAdjacentRangesAreNeverMerged() {
        map.map(0x6000_0000L, 0x6000_2000L, RW, "a");
        XenMpuMap.Outcome overlap = map.map(0x6000_1000L, 0x6000_3000L, RW, "b");
        assertFalse(overlap.ok());
        assertTrue(overlap.text().contains("partially overlaps region 2"), overlap.text());
        XenMpuMap.Outcome adjacent = map.map(0x6000_2000L, 0x6000_3000L, RW, "c");
        assertTrue(adjacent.ok());
        assertEquals(3, adjacent.index(), "an adjacent equal mapping costs another region");
    }

    @Test
    void refusalsOfXensPrechecks() {
        assertFalse(map.map(0x1000, 0x2000, new RegionPerm(7, false, false, false, false), "rwx").ok(), "W+X");
        assertFalse(map.map(0x1800, 0x2000, RW, "unaligned").ok());
        assertFalse(map.map(0x2000, 0x2000, RW, "empty").ok());
        map.map(0x6000_0000L, 0x7000_0000L, RW, "heap");
        XenMpuMap.Outcome ai = map.map(0x6000_0000L, 0x7000_0000L, RegionPerm.HYPERVISOR_NOCACHE, "as device");
        assertFalse(ai.ok());
        assertTrue(ai.text().contains("modifying AI is not supported"), ai.text());
        XenMpuMap.Outcome partial = map.map(0x6000_0000L, 0x6000_1000L, RegionPerm.HYPERVISOR_RO, "ro part");
        assertFalse(partial.ok());
        assertTrue(partial.text().contains("cannot modify partial region"), partial.text());
    }

    @Test
    void theWholeRegionMayChangePermissionsOnlyWhileNobodyShares() {
        map.map(0x6000_0000L, 0x6000_1000L, RW, "page");
        XenMpuMap.Outcome ro = map.map(0x6000_0000L, 0x6000_1000L, RegionPerm.HYPERVISOR_RO, "page ro");
        assertTrue(ro.ok());
        assertEquals(0x6000_003AL, map.prbar(2));
        map.map(0x6000_0000L, 0x6000_1000L, RegionPerm.HYPERVISOR_RO, "share");
        assertFalse(map.map(0x6000_0000L, 0x6000_1000L, RW, "back to rw").ok());
    }

    @Test
    void unmapDropsARefcountThenDestroysRegionsThroughPrenrExceptRegionZero() {
        map.map(0x6000_0000L, 0x7000_0000L, RW, "heap");
        map.map(0x6000_0000L, 0x7000_0000L, RW, "again");
        XenMpuMap.Outcome drop = map.unmap(0x6000_0000L, 0x7000_0000L, "once");
        assertTrue(drop.ok() && drop.ops().isEmpty());
        assertEquals(0, map.refcount(2));
        assertFalse(map.unmap(0x6000_0000L, 0x6000_1000L, "part").ok(), "cannot remove a partial region");
        XenMpuMap.Outcome destroy = map.unmap(0x6000_0000L, 0x7000_0000L, "twice");
        assertTrue(destroy.ok());
        assertFalse(map.used(2));
        assertEquals(3, destroy.ops().size(), "PRENR write, DSB, ISB");
        assertFalse(map.unmap(0x6000_0000L, 0x7000_0000L, "gone").ok());
        XenMpuMap.Outcome zero = map.resize(0, 0, 0, "text");
        assertTrue(zero.ok());
        assertFalse(map.used(0));
        assertEquals(3, zero.ops().size(), "region 0 is rewritten with zeros, then DSB, ISB");
    }

    @Test
    void thePoolRunsOut() {
        XenMpuMap small = new XenMpuMap(2);
        assertTrue(small.map(0x1000, 0x2000, RW, "a").ok());
        assertTrue(small.map(0x3000, 0x4000, RW, "b").ok());
        XenMpuMap.Outcome full = small.map(0x5000, 0x6000, RW, "c");
        assertFalse(full.ok());
        assertTrue(full.text().contains("mapping pool exhausted"), full.text());
    }

    @Test
    void aCopyIsIndependent() {
        XenMpuMap copy = map.copy();
        copy.map(0x6000_0000L, 0x7000_0000L, RW, "heap");
        assertFalse(map.used(2));
        assertTrue(copy.used(2));
    }
}

package dev.mpuworkbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressRangeTest {
    @Test
    void endAndLastAreExclusiveAndInclusive() {
        AddressRange r = AddressRange.of(0x1000, 0x1000);
        assertEquals(0x2000, r.end());
        assertEquals(0x1FFF, r.last());
        assertTrue(r.contains(0x1FFF));
        assertFalse(r.contains(0x2000));
    }

    @Test
    void overlapIsStrictForTouchingRanges() {
        AddressRange a = AddressRange.of(0x1000, 0x1000);
        assertFalse(a.overlaps(AddressRange.of(0x2000, 0x10)));
        assertTrue(a.overlaps(AddressRange.of(0x1FFF, 0x10)));
        assertFalse(a.overlaps(AddressRange.of(0x1800, 0)), "an empty range overlaps nothing");
        assertEquals(AddressRange.of(0x1FFF, 1), a.intersection(AddressRange.of(0x1FFF, 0x10)));
    }

    @Test
    void alignmentHelpersCoverTheGranules() {
        assertEquals(0x1000, AddressRange.alignUp(0x0FC1, AddressRange.PAGE));
        assertEquals(0x0FC0, AddressRange.alignDown(0x0FC1, AddressRange.MPU_GRANULE));
        assertEquals(0x40_0000, AddressRange.alignNearest(0x30_0000, AddressRange.SECTION_2M));
        assertEquals(0x20_0000, AddressRange.alignNearest(0x2F_FFFF, AddressRange.SECTION_2M));
        assertTrue(AddressRange.of(0x40, 0x80).isAligned(AddressRange.MPU_GRANULE));
        assertFalse(AddressRange.of(0x40, 0x81).isAligned(AddressRange.MPU_GRANULE));
        assertEquals(AddressRange.between(0x1000, 0x3000), AddressRange.between(0x1010, 0x2010).alignOutward(0x1000));
        assertEquals(AddressRange.between(0x2000, 0x3000), AddressRange.between(0x1010, 0x3010).alignInward(0x1000));
        assertTrue(AddressRange.between(0x1010, 0x1FF0).alignInward(0x1000).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AddressRange.alignUp(5, 3));
    }

    @Test
    void rejectsNegativeAndWrappingRanges() {
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of(1, -1));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.of(Long.MAX_VALUE, 2));
    }

    @Test
    void printsInclusiveHex() {
        assertEquals("[0x40000000-0x4FFFFFFF]", AddressRange.of(0x4000_0000, 0x1000_0000).toString());
        assertEquals("256 MiB", Hex.size(0x1000_0000));
        assertEquals(0x4000_0000L, Hex.parse("0x4000_0000"));
        assertEquals(42, Hex.parse(" 42 "));
    }
}

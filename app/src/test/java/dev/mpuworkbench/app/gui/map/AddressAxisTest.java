package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressAxisTest {
    private static final long LIMIT = 1L << 48;

    @Test
    void addressesMapMonotonicallyAndBack() {
        AddressAxis axis = AddressAxis.build(List.of(AddressRange.of(0x1000, 0x1000), AddressRange.of(0x8000_0000L, 0x10_0000)),
            List.of(), LIMIT, 1);
        long[] samples = {0, 0x800, 0x1000, 0x1800, 0x2000, 0x4000_0000L, 0x8000_0000L, 0x8008_0000L, 0x8010_0000L};
        double last = -1;
        for (long a : samples) {
            double y = axis.y(a);
            assertTrue(y > last, "y grows with the address at " + Long.toHexString(a));
            last = y;
        }
        assertEquals(0x8008_0000L, axis.address(axis.y(0x8008_0000L)), 0x1000, "inverse within one pixel's worth");
        assertEquals(0, axis.address(-5));
        assertEquals(LIMIT, axis.address(axis.height() + 5));
    }

    @Test
    void emptyStretchesAreCollapsedToGaps() {
        AddressAxis axis = AddressAxis.build(List.of(AddressRange.of(0, 0x1000), AddressRange.of(0x9C09_0000L, 0x1_0000)),
            List.of(), LIMIT, 1);
        AddressAxis.Segment gap = axis.segmentOfAddress(0x5000_0000L);
        assertTrue(gap.gap());
        assertEquals(AddressAxis.GAP_HEIGHT, gap.height(), 1e-9);
        assertTrue(!axis.segmentOfAddress(0x9C09_8000L).gap());
        assertTrue(axis.height() < 200, "2.4 GiB of nothing costs a gap, not pages: " + axis.height());
    }

    @Test
    void biggerBlocksAreTallerButSmallOnesStayReadable() {
        AddressAxis axis = AddressAxis.build(List.of(AddressRange.of(0x1000, 0x1000), AddressRange.of(0x1000_0000L, 0x800_0000L)),
            List.of(), LIMIT, 1);
        double small = axis.y(0x2000) - axis.y(0x1000);
        double big = axis.y(0x1800_0000L) - axis.y(0x1000_0000L);
        assertTrue(small >= AddressAxis.MIN_HEIGHT);
        assertTrue(big > small * 3, big + " vs " + small);
    }

    @Test
    void containersAddBoundariesButDoNotKeepGapsOpen() {
        AddressAxis axis = AddressAxis.build(List.of(AddressRange.of(0x1000_0000L, 0x1000)),
            List.of(AddressRange.of(0, 0x8000_0000L)), LIMIT, 1);
        assertTrue(axis.segmentOfAddress(0x4000_0000L).gap());
        assertEquals(0x8000_0000L, axis.segmentOfAddress(0x7FFF_FFFFL).end(), "the bank's end is a boundary");
    }

    @Test
    void zoomScalesEveryHeight() {
        List<AddressRange> content = List.of(AddressRange.of(0x1000, 0x1000));
        AddressAxis one = AddressAxis.build(content, List.of(), LIMIT, 1);
        AddressAxis two = AddressAxis.build(content, List.of(), LIMIT, 2);
        assertEquals(one.height() * 2, two.height(), 1e-6);
        assertEquals(one.y(0x1800) * 2, two.y(0x1800), 1e-6);
    }

    @Test
    void theDefaultDesignShowsRamAndDevicesOnOneReadableAxis() {
        Design design = DesignLoader.defaultDesign();
        AddressAxis axis = MemoryMapView.buildAxis(design, 1);
        double ram = axis.y(0x2000_0000L);
        double uart = axis.y(0x9C09_0000L);
        assertTrue(uart - ram < 2500, "devices are near RAM on the axis: " + (uart - ram) + " px");
        assertTrue(axis.y(0x2000_0000L + 0x1000) - axis.y(0x2000_0000L) < 1, "RAM is compressed, not 4 KiB per pixel");
    }
}

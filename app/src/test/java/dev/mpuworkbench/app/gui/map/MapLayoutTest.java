package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapLayoutTest {
    private static MapItem item(List<MapItem> items, SubjectPath s) {
        return items.stream().filter(i -> i.subject().equals(s)).findFirst().orElseThrow();
    }

    @Test
    void columnsAreBoardThenSectionsThenBlocks() {
        Design d = DesignLoader.defaultDesign();
        List<MapItem> items = MapLayout.items(d, DesignBlocks.of(d), null, 800);
        MapItem bank = item(items, SubjectPath.memoryBank("memory@0"));
        MapItem section = item(items, SubjectPath.section("guestMemory"));
        MapItem ram = item(items, SubjectPath.staticMem("domU1", 0));
        assertEquals(MapItem.Kind.BANK, bank.kind());
        assertEquals(MapItem.Kind.RESERVED, item(items, SubjectPath.reserved("secure@7f000000")).kind());
        assertTrue(bank.x() < section.x() && section.x() < ram.x());
        assertEquals(800 - MapLayout.blocksX() - MapLayout.RIGHT_MARGIN, ram.width(), 1e-9, "no overlap: full width");
    }

    @Test
    void overlappingBlocksStandSideBySide() {
        Design d = new MoveBlock(SubjectPath.staticMem("domU1", 0), 0x2400_0000L).apply(DesignLoader.defaultDesign());
        List<MapItem> items = MapLayout.items(d, DesignBlocks.of(d), null, 800);
        MapItem a = item(items, SubjectPath.staticMem("domU1", 0));
        MapItem b = item(items, SubjectPath.staticMem("domU2", 0));
        double full = 800 - MapLayout.blocksX() - MapLayout.RIGHT_MARGIN;
        assertEquals(full / 2, a.width(), 1e-9);
        assertEquals(full / 2, b.width(), 1e-9);
        assertTrue(a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x(), "they do not cover each other");
        assertEquals(full, item(items, SubjectPath.XEN_IMAGE).width(), 1e-9, "blocks elsewhere keep the full width");
    }
}

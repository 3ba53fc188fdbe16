package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineBuilderTest {
    private final OutlineNode root = OutlineBuilder.of(DesignLoader.defaultDesign());

    private static List<String> subjects(OutlineNode n, List<String> out) {
        out.add(n.subject().value());
        for (OutlineNode c : n.children()) subjects(c, out);
        return out;
    }

    @Test
    void listsBoardXenSectionsHeapDomainsAndHostModules() {
        assertEquals(List.of("board", "xen", "sections", "staticHeap", "domains", "modules"),
            root.children().stream().map(n -> n.subject().value()).toList());
        List<String> all = subjects(root, new ArrayList<>());
        for (String s : List.of("board/cpu", "board/memory/memory@0", "board/reserved/secure@7f000000",
            "board/devices/uart@9c090000", "xen/image", "sections/bootModules", "sections/guestMemory",
            "sections/deviceMemory", "staticHeap/0", "domains/domU1", "domains/domU1/staticMem/0",
            "domains/domU1/modules/kernel", "domains/domU1/sharedMemory/shm0", "domains/domU2/modules/ramdisk",
            "modules/dtb")) {
            assertTrue(all.contains(s), s + " in " + all);
        }
    }

    @Test
    void rowsShowRangesInHexWithReadableSizes() {
        OutlineNode ram = root.find(SubjectPath.staticMem("domU1", 0)).orElseThrow();
        assertEquals("RAM bank 0", ram.label());
        assertEquals("0x20000000 · 128 MiB", ram.detail());
        assertEquals("0x11800000 · 3.34 MiB",
            root.find(SubjectPath.domainModule("domU2", "ramdisk")).orElseThrow().detail());
    }

    @Test
    void aSelectionFindsTheRowThatStandsForIt() {
        assertEquals("board/devices/interrupt-controller@af000000",
            root.find(SubjectPath.of("board", "devices", "interrupt-controller@af000000", "mmio", 1)).orElseThrow()
                .subject().value(), "a device window selects its device");
        assertEquals("domains/domU1/sharedMemory/shm0",
            root.find(SubjectPath.of("sharedMemory", "shm0")).orElseThrow().subject().value(),
            "the shared block selects the first domain's view of it");
        assertEquals("domains/domU2", root.find(SubjectPath.domain("domU2")).orElseThrow().subject().value());
        assertTrue(root.find(SubjectPath.of("nowhere")).isEmpty());
    }
}

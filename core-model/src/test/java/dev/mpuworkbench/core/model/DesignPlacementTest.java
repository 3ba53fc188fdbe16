package dev.mpuworkbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpuworkbench.core.TestDesigns;
import org.junit.jupiter.api.Test;

class DesignPlacementTest {
    private final Design design = TestDesigns.valid();

    @Test
    void everyMovableBlockCanBeReadAndReplaced() {
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (!DesignPlacement.isMovable(b.subject())) continue;
            AddressRange moved = b.range().withBase(b.range().base() + 0x1000);
            Design after = DesignPlacement.withRange(design, b.subject(), moved);
            assertEquals(moved, DesignPlacement.rangeOf(after, b.subject()).orElseThrow(), b.subject().value());
        }
    }

    @Test
    void resizingABankKeepsMemoryMatchingWhenItMatchedBefore() {
        SubjectPath bank = SubjectPath.staticMem("domU1", 0);
        Design after = DesignPlacement.withRange(design, bank, AddressRange.of(0x2000_0000, 64 * TestDesigns.MIB));
        assertEquals(64 * 1024, after.domain("domU1").orElseThrow().memoryKib());
    }

    @Test
    void movingSharedMemoryMovesItForEveryDomainAndKeepsDirectMapping() {
        Design after = DesignPlacement.withRange(design, SubjectPath.of("sharedMemory", "shm0"),
            AddressRange.of(0x3FC0_0000, 2 * TestDesigns.MIB));
        SharedMemory owner = after.domain("domU1").orElseThrow().sharedMemory().get(0);
        SharedMemory borrower = after.domain("domU2").orElseThrow().sharedMemory().get(0);
        assertEquals(0x3FC0_0000, owner.host().base());
        assertEquals(0x3FC0_0000, owner.guestAddress(), "direct-mapped guest address follows the host");
        assertEquals(0x3FC0_0000, borrower.host().base());
        assertEquals(0x7FE0_0000L, borrower.guestAddress(), "a guest address of its own stays");
    }

    @Test
    void xenImageMovesButKeepsItsSize() {
        Design after = DesignPlacement.withRange(design, SubjectPath.XEN_IMAGE,
            design.xen().imageRange().withBase(0x40_0000));
        assertEquals(0x40_0000, after.xen().startAddress());
        assertThrows(IllegalArgumentException.class, () -> DesignPlacement.withRange(design, SubjectPath.XEN_IMAGE,
            AddressRange.of(0x40_0000, 0x1000)));
    }

    @Test
    void hardwareAndUnknownSubjectsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DesignPlacement.withRange(design,
            SubjectPath.of("board", "devices", "uart@9c090000", "mmio", 0), AddressRange.of(0, 0x1000)));
        assertThrows(IllegalArgumentException.class, () -> DesignPlacement.withRange(design,
            SubjectPath.staticMem("nobody", 0), AddressRange.of(0, 0x1000)));
        assertThrows(IllegalArgumentException.class, () -> DesignPlacement.withRange(design,
            SubjectPath.staticMem("domU1", 7), AddressRange.of(0, 0x1000)));
    }

    @Test
    void xenSectionsArePageAlignedAndContiguous() {
        var sections = design.xen().sections();
        assertEquals(design.xen().startAddress(), sections.get(0).range().base());
        for (int i = 1; i < sections.size(); i++) {
            assertEquals(sections.get(i - 1).range().end(), sections.get(i).range().base());
            assertEquals(0, sections.get(i).range().base() % AddressRange.PAGE);
        }
    }
}

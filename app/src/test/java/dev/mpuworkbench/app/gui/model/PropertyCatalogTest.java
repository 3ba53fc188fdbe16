package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyCatalogTest {
    private final Design design = DesignLoader.defaultDesign();

    private static DesignProperty named(List<DesignProperty> props, String name) {
        return props.stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no property " + name + " in " + props.stream().map(DesignProperty::name).toList()));
    }

    @Test
    void aRamBankHasEditableBaseAndSizeAndReadOnlyFacts() {
        List<DesignProperty> props = PropertyCatalog.forSubject(design, SubjectPath.staticMem("domU1", 0));
        assertEquals(0x2000_0000L, named(props, "Base").valueIn(design).orElseThrow());
        assertEquals(0x800_0000L, named(props, "Size").valueIn(design).orElseThrow());
        assertEquals(0x27FF_FFFFL, named(props, "Last address").valueIn(design).orElseThrow());
        assertTrue(named(props, "Base").isEditable());
        assertTrue(named(props, "Size").isEditable());
        assertFalse(named(props, "Last address").isEditable());
        assertEquals("domU1", named(props, "Owner").valueIn(design).orElseThrow());
    }

    @Test
    void editingBaseOrSizeIsAnUndoableEditOfTheDesign() {
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), design);
        SubjectPath ram = SubjectPath.staticMem("domU1", 0);
        List<DesignProperty> props = PropertyCatalog.forSubject(design, ram);
        model.apply(named(props, "Base").editTo(0x2010_0000L));
        assertEquals(0x2010_0000L, DesignPlacement.rangeOf(model.design(), ram).orElseThrow().base());
        model.apply(named(props, "Size").editTo(0x400_0000L));
        assertEquals(0x400_0000L, DesignPlacement.rangeOf(model.design(), ram).orElseThrow().size());
        assertEquals(64 * 1024, model.design().domain("domU1").orElseThrow().memoryKib(),
            "memory follows the banks when it matched them");
        model.undo();
        model.undo();
        assertEquals(design, model.design());
    }

    @Test
    void theXenImageMovesButItsSizeComesFromTheBuild() {
        List<DesignProperty> props = PropertyCatalog.forSubject(design, SubjectPath.XEN_IMAGE);
        assertTrue(named(props, "Base").isEditable());
        assertFalse(named(props, "Size").isEditable());
        Design moved = named(props, "XEN_START_ADDRESS").editTo(0x40_0000L).apply(design);
        assertEquals(0x40_0000L, moved.xen().startAddress());
        Design bigger = named(props, "text").editTo(0x10_0000L).apply(design);
        assertEquals(0x10_0000L, bigger.xen().sizes().text());
    }

    @Test
    void hardwareIsReadOnlyExceptTheMpuRegionCounts() {
        List<DesignProperty> device = PropertyCatalog.forSubject(design, SubjectPath.device("uart@9c0a0000"));
        assertTrue(device.stream().noneMatch(DesignProperty::isEditable));
        assertEquals("domU1", named(device, "Assigned to").valueIn(design).orElseThrow());
        List<DesignProperty> board = PropertyCatalog.forSubject(design, SubjectPath.BOARD);
        assertEquals(16, named(board, "EL2 MPU regions").editTo(16L).apply(design).board().el2MpuRegions());
    }

    @Test
    void domainSettingsAreEditable() {
        List<DesignProperty> props = PropertyCatalog.forSubject(design, SubjectPath.domain("domU2"));
        assertEquals(3, named(props, "vCPUs").editTo(3L).apply(design).domain("domU2").orElseThrow().vcpus());
        assertEquals(El1Msa.MPU, named(props, "EL1 MSA").editTo(El1Msa.MPU).apply(design).domain("domU2").orElseThrow()
            .el1Msa());
        assertEquals("quiet", named(props, "Command line").editTo("quiet").apply(design).domain("domU2").orElseThrow()
            .bootargs());
    }

    @Test
    void aDomainsViewOfSharedMemoryEditsTheSharedBlockAndItsGuestAddress() {
        List<DesignProperty> props = PropertyCatalog.forSubject(design, SubjectPath.sharedMemory("domU2", "shm0"));
        assertEquals(0x3FE0_0000L, named(props, "Base").valueIn(design).orElseThrow());
        long guest = design.domain("domU2").orElseThrow().sharedMemory().get(0).guestAddress();
        assertEquals(guest, named(props, "Guest address").valueIn(design).orElseThrow());
        Design moved = named(props, "Guest address").editTo(0x7000_0000L).apply(design);
        assertEquals(0x7000_0000L, moved.domain("domU2").orElseThrow().sharedMemory().get(0).guestAddress());
    }

    @Test
    void lockingIsAnEdit() {
        SubjectPath ram = SubjectPath.staticMem("domU1", 0);
        Design locked = named(PropertyCatalog.forSubject(design, ram), "Locked").editTo(true).apply(design);
        assertTrue(locked.isLocked(ram));
        assertFalse(named(PropertyCatalog.forSubject(locked, ram), "Locked").editTo(false).apply(locked).isLocked(ram));
    }

    @Test
    void nothingSelectedHasNoProperties() {
        assertTrue(PropertyCatalog.forSubject(design, null).isEmpty());
    }
}

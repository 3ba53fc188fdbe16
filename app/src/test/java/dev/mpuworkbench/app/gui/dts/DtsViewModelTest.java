package dev.mpuworkbench.app.gui.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device tree tab's state without a window: loading, applying, refusing, staleness, finding subjects. */
class DtsViewModelTest {
    static final String DOMU2_MEM = "xen,static-mem = <0x00 0x28000000 0x00 0x10000000>;";
    static final String DOMU2_MOVED = "xen,static-mem = <0x00 0x2c000000 0x00 0x10000000>;";

    WorkbenchModel model;
    DtsViewModel vm;

    @BeforeEach
    void open() {
        model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        vm = new DtsViewModel(model);
    }

    static long domU2Base(Design d) {
        return d.domain("domU2").orElseThrow().staticMem().get(0).base();
    }

    static int lineContaining(String text, String what) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(what)) return i + 1;
        throw new AssertionError("no line with " + what);
    }

    @Test
    void showsTheRuntimeTreeOfTheDesign() throws Exception {
        assertEquals(RuntimeTreeExporter.toDts(model.design()).replace("\t", "    "), vm.text());
        assertTrue(vm.text().contains(DOMU2_MEM));
        assertFalse(vm.isDirty());
        assertTrue(vm.problems().isEmpty());
    }

    @Test
    void applyingAnEditedBaseIsOneUndoableEdit() {
        Design before = model.design();
        vm.textProperty().set(vm.text().replace(DOMU2_MEM, DOMU2_MOVED));
        assertTrue(vm.isDirty());
        assertTrue(vm.apply());
        assertEquals(0x2c00_0000L, domU2Base(model.design()));
        assertEquals(before.domains().get(0), model.design().domains().get(0), "domU1 is untouched");
        assertEquals(before.xen(), model.design().xen(), "the build values survive the round trip");
        assertEquals(DtsViewModel.APPLY_DESCRIPTION, model.undoDescriptionProperty().get());
        assertFalse(vm.isDirty());
        assertTrue(vm.text().contains(DOMU2_MOVED));

        model.undo();
        assertEquals(before, model.design());
        assertTrue(vm.text().contains(DOMU2_MEM), "the text follows the undo");
        assertFalse(vm.isDirty());
    }

    @Test
    void aSyntaxErrorIsPlacedAndLeavesTheDesignAlone() {
        Design before = model.design();
        String broken = vm.text().replace(DOMU2_MEM, "xen,static-mem = <0x00 0x2c000000 0x00 0x10000000>");
        vm.textProperty().set(broken);
        assertFalse(vm.apply());
        assertSame(before, model.design());
        assertEquals(broken, vm.text(), "the edits stay");
        assertTrue(vm.isDirty());
        assertEquals(1, vm.problems().size());
        DtsProblem p = vm.problems().get(0);
        int memLine = lineContaining(broken, "0x2c000000");
        assertEquals(memLine + 1, p.line(), "dtc reports the token after the missing semicolon: " + p);
        assertTrue(p.column() > 0);
        assertTrue(p.message().contains("syntax error"), p.message());
        assertTrue(vm.statusProperty().get().contains("unchanged"));
    }

    @Test
    void aBindingProblemIsPlacedOnTheProperty() {
        Design before = model.design();
        String bad = vm.text().replace(DOMU2_MEM, "xen,static-mem = <0x00 0x2c000000 0x00>;");
        vm.textProperty().set(bad);
        assertFalse(vm.apply());
        assertSame(before, model.design());
        DtsProblem p = vm.problems().get(0);
        assertEquals(lineContaining(bad, "0x2c000000 0x00>"), p.line());
        assertEquals(bad.lines().toList().get(p.line() - 1).indexOf("xen,static-mem") + 1, p.column(),
            "the column on screen");
        assertTrue(p.message().startsWith("/chosen/domU2: xen,static-mem"), p.message());
    }

    @Test
    void whitespaceEditsChangeNothing() {
        String undoBefore = model.undoDescriptionProperty().get();
        vm.textProperty().set(vm.text().replace(DOMU2_MEM, "  " + DOMU2_MEM + "  "));
        assertTrue(vm.apply());
        assertEquals(undoBefore, model.undoDescriptionProperty().get(), "no history entry");
        assertFalse(vm.isDirty());
        assertTrue(vm.text().contains("\n            " + DOMU2_MEM + "\n"), "reloaded in canonical form");
    }

    @Test
    void theTextFollowsTheDesignWhileItHasNoEdits() {
        model.apply(new MoveBlock(SubjectPath.staticMem("domU2", 0), 0x2c00_0000L));
        assertTrue(vm.text().contains(DOMU2_MOVED));
        assertFalse(vm.isStale());
    }

    @Test
    void aDesignChangeUnderEditsKeepsThemUntilReload() {
        String edited = vm.text().replace("sched=null", "sched=credit2");
        vm.textProperty().set(edited);
        model.apply(new MoveBlock(SubjectPath.staticMem("domU2", 0), 0x2c00_0000L));
        assertEquals(edited, vm.text());
        assertTrue(vm.isStale());
        assertTrue(vm.statusProperty().get().contains("Reload discards your edits"));
        vm.reload();
        assertFalse(vm.isStale());
        assertFalse(vm.isDirty());
        assertTrue(vm.text().contains(DOMU2_MOVED));
        assertTrue(vm.text().contains("sched=null"));
    }

    @Test
    void duringADragTheTextCatchesUpWhenItEnds() {
        model.beginGesture();
        model.apply(new MoveBlock(SubjectPath.staticMem("domU2", 0), 0x2c00_0000L));
        assertTrue(vm.text().contains(DOMU2_MEM), "not regenerated on every drag step");
        model.endGesture();
        assertTrue(vm.text().contains(DOMU2_MOVED));
    }

    @Test
    void findsWhereSubjectsAreWritten() {
        List<String> lines = vm.text().lines().toList();
        assertEquals("domU2 {", lines.get(vm.lineOf(SubjectPath.domain("domU2")).orElseThrow()).strip());
        assertEquals(DOMU2_MEM, lines.get(vm.lineOf(SubjectPath.staticMem("domU2", 0)).orElseThrow()).strip());
        int domU2 = vm.lineOf(SubjectPath.domain("domU2")).orElseThrow();
        int ramdisk = vm.lineOf(SubjectPath.domainModule("domU2", "ramdisk")).orElseThrow();
        assertTrue(ramdisk > domU2 && lines.get(ramdisk).contains("\"ramdisk\""));
        int dtb = vm.lineOf(SubjectPath.hostModule("dtb")).orElseThrow();
        assertTrue(lines.get(dtb).contains("mpuwb,name = \"dtb\""));
        assertTrue(lines.get(vm.lineOf(SubjectPath.staticHeap(0)).orElseThrow()).contains("xen,static-heap"));
        assertTrue(lines.get(vm.lineOf(SubjectPath.XEN_IMAGE).orElseThrow()).contains("mpuwb,xen-start-address"));
        assertTrue(vm.lineOf(SubjectPath.domain("nosuch")).isEmpty());
    }
}

package dev.mpuworkbench.app.gui.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.RegionLine;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.xen.Phase;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The boot view in a real window: its controls, keys, tables, phase list, log, fault panel and staleness. */
class BootViewTest extends ApplicationTest {
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    WorkbenchModel model;
    BootView view;
    BootViewModel vm;

    @Override
    public void start(Stage stage) {
        model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        view = new BootView(model);
        vm = view.viewModel();
        stage.setScene(new Scene(view, 1400, 860));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    @BeforeEach
    void firstBootIsDone() throws Exception {
        waitIdle();
        assertTrue(fx(() -> vm.frame().started()));
    }

    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
    }

    /** Until the session thread has answered and the FX thread has shown it. */
    void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> vm.frame() != null && !vm.busyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void press(KeyCode key, boolean shift) throws Exception {
        if (shift) press(KeyCode.SHIFT);
        push(key);
        if (shift) release(KeyCode.SHIFT);
        waitIdle();
    }

    /** The cell of the EL2 table at row {@code row} of column {@code column}, as drawn. */
    TableCell<?, ?> el2Cell(int row, RegionLine.Column column) {
        String id = "col-" + column.name().toLowerCase(java.util.Locale.ROOT);
        return lookup("#boot-el2 .table-cell").match(n -> n instanceof TableCell<?, ?> c && c.getIndex() == row
            && c.getTableColumn() != null && id.equals(c.getTableColumn().getId())).query();
    }

    List<String> el2RowTexts(int row) throws Exception {
        return fx(() -> java.util.Arrays.stream(RegionLine.Column.values())
            .map(c -> view.el2Table().getItems().get(row).text(c)).toList());
    }

    void clickPhase(Phase p) throws Exception {
        interact(() -> view.phaseList().list().scrollTo(p));
        Node cell = lookup("#boot-phases .list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() == p).query();
        clickOn(cell);
        waitIdle();
    }

    @Test
    void theEndOfP3ShowsTheTextRegionInRowZeroOfTheEl2Table() throws Exception {
        clickPhase(Phase.P4);
        assertEquals(Phase.P4, fx(() -> vm.frame().phase()));
        press(KeyCode.F10, true);
        assertEquals(Phase.P3, fx(() -> vm.frame().phase()), "Shift+F10 stepped back into P3");
        TableCell<?, ?> prbar = el2Cell(0, RegionLine.Column.PRBAR);
        assertEquals("0x200038", prbar.getText());
        long value = fx(() -> view.el2Table().getItems().get(0).row().prbar());
        assertEquals(0x38, value & 0x3F, "text: EL2 read-only, executable, inner shareable");
        assertEquals("7: Normal WB RW-alloc", el2Cell(0, RegionLine.Column.ATTRIBUTE).getText());
        assertEquals("EL2 RO, EL1/EL0 none", el2Cell(0, RegionLine.Column.AP).getText());
        String stepText = lookup("#boot-step-text").queryAs(Label.class).getText();
        assertTrue(stepText.matches("step \\d+ / \\d+"), stepText);
        assertEquals("P3 enable_boot_cpu_mm", lookup("#boot-phase-text").queryAs(Label.class).getText());
    }

    @Test
    void stepBackRestoresTheEarlierTable() throws Exception {
        clickPhase(Phase.P3);
        List<String> before = el2RowTexts(0);
        assertEquals(List.of("0", "0x0", "0x0", "no", "", "", "", "", "", "", ""), before,
            "nothing programmed at the start of P3");
        int start = fx(() -> vm.stepProperty().get());
        for (int i = 0; i < 4; i++) press(KeyCode.F10, false);
        assertEquals(start + 4, fx(() -> vm.stepProperty().get()));
        TableCell<?, ?> prbar = el2Cell(0, RegionLine.Column.PRBAR);
        assertEquals("0x200038", prbar.getText(), "PRBAR_EL2 of region 0 written by the fourth event");
        assertTrue(prbar.getPseudoClassStates().contains(CHANGED), "the cell the last step changed is highlighted");
        assertFalse(el2Cell(0, RegionLine.Column.PRLAR).getPseudoClassStates().contains(CHANGED));
        assertFalse(el2Cell(0, RegionLine.Column.PENDING).getText().isEmpty(), "written, not yet effective");
        for (int i = 0; i < 4; i++) press(KeyCode.F10, true);
        assertEquals(start, fx(() -> vm.stepProperty().get()));
        assertEquals(before, el2RowTexts(0));
        assertEquals("0x0", el2Cell(0, RegionLine.Column.PRBAR).getText());
    }

    @Test
    void runToAFaultBreakpointShowsTheFault() throws Exception {
        assertEquals("No MPU fault up to this step", lookup("#boot-fault").queryAs(Label.class).getText());
        clickOn("#boot-breakpoint-kind");
        clickOn("context switch");
        clickOn("#boot-breakpoint-kind");
        clickOn(lookup(".list-cell").match(n -> n instanceof ListCell<?> c && "MPU fault".equals(c.getText()))
            .queryAs(Node.class));
        press(KeyCode.F5, false);
        BootEvent at = fx(() -> vm.events().get(vm.stepProperty().get() - 1));
        assertTrue(at.machine() instanceof FaultEvent, at.summary());
        String headline = lookup("#boot-fault").queryAs(Label.class).getText();
        assertTrue(headline.startsWith("step " + at.step() + " (P31): permission fault, EL1 read 0xAF00_0000, stage 2"),
            headline);
        assertTrue(lookup("#boot-fault-fsc").queryAs(Label.class).getText().startsWith("0x0C permission fault"));
        assertTrue(lookup("#boot-fault-ec").queryAs(Label.class).getText().startsWith("0x24 data abort"));
        assertTrue(lookup("#boot-fault-hpfar").queryAs(Label.class).getText().contains("IPA page 0xAF00_0000"));
        assertTrue(lookup("#boot-note").queryAs(Label.class).getText().startsWith("Stopped at MPU fault"));
        TableRow<?> row = lookup("#boot-events .table-row-cell").match(n -> n instanceof TableRow<?> r
            && r.getItem() == at).query();
        assertTrue(row.isSelected(), "the log follows the current step");
        assertTrue(row.getPseudoClassStates().contains(TROUBLE), "faults are red");
        interact(() -> view.registerTabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> view.controlTable().getItems().stream().anyMatch(l -> l.name().equals("ESR_EL2")
            && l.decoded().startsWith("EC 0x24"))));
    }

    @Test
    void selectingAnEventGoesToItsStep() throws Exception {
        interact(() -> view.eventLog().getSelectionModel().select(99));
        waitIdle();
        assertEquals(100, fx(() -> vm.stepProperty().get()));
        assertEquals("step 100 / " + fx(() -> vm.totalProperty().get()),
            lookup("#boot-step-text").queryAs(Label.class).getText());
    }

    @Test
    void aChangedDesignMarksTheBootStaleUntilReset() throws Exception {
        Node banner = lookup("#boot-stale").query();
        assertFalse(banner.isVisible());
        interact(() -> {
            long base = model.block(SubjectPath.staticMem("domU1", 0)).orElseThrow().range().base();
            model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), base + 0x20_0000));
        });
        assertTrue(banner.isVisible(), "the design changed since this boot");
        clickOn("#boot-stale-reset");
        waitIdle();
        assertFalse(banner.isVisible());
        assertEquals(0, fx(() -> vm.stepProperty().get()));
        assertTrue(fx(() -> vm.bootedDesign() == model.design()));
    }

    @Test
    void theModeSwitchBootsUpstreamWhichStopsAtDomainConstruction() throws Exception {
        clickOn("#boot-mode-upstream");
        waitIdle();
        assertTrue(lookup("#boot-verdict").queryAs(Label.class).getText().startsWith("stopped (upstream-limit)"));
        assertFalse(fx(() -> view.phaseList().list().getItems().contains(Phase.R1)));
        clickPhase(Phase.P31);
        assertTrue(lookup("#boot-note").queryAs(Label.class).getText().startsWith("P31 is not reached"));
    }

    @Test
    void theDomainsTabShowsStatesAndVmids() throws Exception {
        clickOn("Domains");
        assertEquals("hypervisor", lookup("#boot-context").queryAs(Label.class).getText(), "step 0: Xen's own context");
        interact(() -> vm.runTo(dev.mpuworkbench.app.gui.boot.model.BreakpointChoice.of(
            dev.mpuworkbench.app.gui.boot.model.BreakpointChoice.Kind.DOMAIN_CRASH)));
        waitIdle();
        var rows = fx(() -> List.copyOf(view.domainsPane().domains().getItems()));
        assertEquals(List.of("domU1", "domU2"), rows.stream().map(d -> d.name()).toList());
        assertEquals(List.of(1, 2), rows.stream().map(d -> d.vmid()).toList());
        assertEquals("crashed", rows.get(1).state().name().toLowerCase(java.util.Locale.ROOT));
        assertTrue(lookup("#boot-who").queryAs(Label.class).getText().startsWith("domain:domU2"),
            lookup("#boot-who").queryAs(Label.class).getText());
        TableCell<?, ?> state = lookup("#boot-domains .table-cell").match(n -> n instanceof TableCell<?, ?> c
            && c.getIndex() == 1 && "crashed".equals(c.getText())).query();
        assertTrue(state.getPseudoClassStates().contains(PseudoClass.getPseudoClass("crashed")), "crashed in red");
    }

    @Test
    void theModeSwitchFollowsTheViewModel() throws Exception {
        interact(() -> vm.modeProperty().set(dev.mpuworkbench.emulator.xen.XenBootMode.UPSTREAM));
        waitIdle();
        assertTrue(lookup("#boot-mode-upstream").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertFalse(lookup("#boot-mode-partitioned").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void theOverlayDrawsTheEnabledRegionsOfTheStep() throws Exception {
        clickPhase(Phase.P31);
        OverlayLayout layout = fx(() -> view.overlay().overlayLayout());
        assertEquals(10, layout.regions().size(), "PART_A 0-7 and the hypervisor's PART_B 8-9");
        assertTrue(layout.regions().stream().allMatch(b -> b.x1() > b.x0()));
        clickPhase(Phase.P1);
        assertEquals(0, fx(() -> view.overlay().overlayLayout()).regions().size());
        assertNotEquals(0, fx(() -> view.overlay().overlayLayout()).blocks().size(), "the design is drawn behind");
    }
}

package dev.mpuworkbench.app.gui.boot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The boot view-model without a window: with executors that run at once, and with queues the test drains to see
 * what happens while the session works.
 */
class BootViewModelTest {
    private final WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
    private final Deque<Runnable> workerQueue = new ArrayDeque<>();
    private final Deque<Runnable> fxQueue = new ArrayDeque<>();

    private BootViewModel immediate() {
        return new BootViewModel(model, Runnable::run, Runnable::run);
    }

    private BootViewModel queued() {
        Executor worker = workerQueue::add;
        Executor fx = fxQueue::add;
        return new BootViewModel(model, worker, fx);
    }

    private void drain() {
        while (!workerQueue.isEmpty() || !fxQueue.isEmpty()) {
            if (!workerQueue.isEmpty()) workerQueue.poll().run();
            else fxQueue.poll().run();
        }
    }

    @Test
    void startBootsTheDesignInItsModeAndFillsTheLog() {
        BootViewModel vm = immediate();
        assertEquals(XenBootMode.PARTITIONED, vm.modeProperty().get());
        vm.start();
        assertNotNull(vm.frame());
        assertEquals(0, vm.stepProperty().get());
        assertEquals(vm.totalProperty().get(), vm.events().size());
        assertEquals(vm.events().size(), vm.index().size());
        assertEquals("step 0 / " + vm.totalProperty().get(), vm.stepTextProperty().get());
        assertEquals("ok", vm.verdictKindProperty().get());
        assertTrue(vm.verdictTextProperty().get().startsWith("steady state"));
        assertSame(model.design(), vm.bootedDesign());
    }

    @Test
    void movesUpdateTheStepAndTheLatestFault() {
        BootViewModel vm = immediate();
        vm.start();
        vm.step();
        vm.step();
        assertEquals(2, vm.stepProperty().get());
        vm.stepBack();
        assertEquals(1, vm.stepProperty().get());
        assertNull(vm.lastFaultProperty().get());
        vm.runTo(BreakpointChoice.of(BreakpointChoice.Kind.FAULT));
        FaultDetails fault = vm.lastFaultProperty().get();
        assertNotNull(fault);
        assertEquals(vm.stepProperty().get(), fault.step());
        vm.step();
        assertEquals(fault.step(), vm.lastFaultProperty().get().step(), "the latest fault stays shown after it");
        vm.goToPhase(Phase.P7);
        assertNull(vm.lastFaultProperty().get(), "no fault happened before P7");
        assertEquals(Phase.P7, vm.frame().phase());
    }

    @Test
    void aChangedDesignMarksTheBootStaleAndResetBootsTheNewOne() {
        BootViewModel vm = immediate();
        vm.start();
        vm.goTo(50);
        Design before = model.design();
        long base = model.block(SubjectPath.staticMem("domU1", 0)).orElseThrow().range().base();
        assertTrue(model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), base + 0x20_0000)));
        assertTrue(vm.staleProperty().get());
        assertEquals(50, vm.stepProperty().get(), "the old boot stays shown until Reset");
        model.undo();
        assertSame(before, model.design());
        assertFalse(vm.staleProperty().get(), "undo back to the booted design: not stale");
        model.redo();
        assertTrue(vm.staleProperty().get());
        vm.reset();
        assertFalse(vm.staleProperty().get());
        assertSame(model.design(), vm.bootedDesign());
        assertEquals(0, vm.stepProperty().get());
        assertEquals(vm.totalProperty().get(), vm.events().size(), "the log holds the new boot only");
    }

    @Test
    void resetOfAnUnchangedDesignKeepsTheSession() {
        BootViewModel vm = immediate();
        vm.start();
        BootFrame first = vm.frame();
        vm.goTo(40);
        vm.reset();
        assertEquals(0, vm.stepProperty().get());
        assertEquals(first.generation(), vm.frame().generation(), "the same session, back at step 0");
    }

    @Test
    void switchingTheModeBootsAgainAndTheDesignsModeWinsWhenItChanges() {
        BootViewModel vm = immediate();
        vm.start();
        assertTrue(model.apply(Edit.of("upstream", d -> d.withXen(d.xen().withMode(XenMode.UPSTREAM)))));
        assertTrue(vm.staleProperty().get());
        vm.reset();
        assertEquals(XenBootMode.UPSTREAM, vm.modeProperty().get(), "the design's new mode is booted");
        assertEquals("stopped", vm.verdictKindProperty().get());
        assertFalse(vm.phases().contains(Phase.R1), "upstream has no runtime configuration phases");

        vm.modeProperty().set(XenBootMode.PARTITIONED);
        assertEquals("ok", vm.verdictKindProperty().get(), "the switch boots again at once");
        assertTrue(vm.phases().contains(Phase.R1));
        long base = model.block(SubjectPath.staticMem("domU1", 0)).orElseThrow().range().base();
        assertTrue(model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), base + 0x20_0000)));
        vm.reset();
        assertEquals(XenBootMode.PARTITIONED, vm.modeProperty().get(), "the design's mode did not change: the switch stays");
    }

    @Test
    void theNumberOfContextSwitchesBootsAgain() {
        BootViewModel vm = immediate();
        vm.start();
        int automatic = vm.totalProperty().get();
        vm.switchesProperty().set(2);
        assertEquals("failed", vm.verdictKindProperty().get());
        assertTrue(vm.verdictTextProperty().get().contains("did not finish their probes within 2 context switches"),
            vm.verdictTextProperty().get());
        assertTrue(vm.totalProperty().get() < automatic);
        vm.switchesProperty().set(40);
        assertEquals("ok", vm.verdictKindProperty().get());
        assertTrue(vm.totalProperty().get() > automatic);
        assertTrue(vm.verdictTextProperty().get().contains("40 context switches"), vm.verdictTextProperty().get());
    }

    @Test
    void nothingElseStartsWhileTheSessionWorks() {
        BootViewModel vm = queued();
        vm.start();
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.runningProperty().get(), "the first boot can be paused");
        vm.step();
        assertEquals(1, workerQueue.size(), "a move while busy is not queued");
        drain();
        assertFalse(vm.busyProperty().get());
        vm.step();
        assertTrue(vm.busyProperty().get());
        assertFalse(vm.runningProperty().get(), "one step cannot be paused");
        drain();
        assertEquals(1, vm.stepProperty().get());
    }

    @Test
    void theLatestGoToRequestedWhileBusyIsDoneNext() {
        BootViewModel vm = queued();
        vm.start();
        drain();
        vm.goTo(10);
        vm.goTo(20);
        vm.goTo(30);
        assertEquals(1, workerQueue.size());
        drain();
        assertEquals(30, vm.stepProperty().get(), "20 was superseded by 30");
    }

    @Test
    void pauseStopsTheFirstBootEarly() {
        BootViewModel vm = queued();
        vm.start();
        vm.pause();
        drain();
        assertTrue(vm.frame().started());
        assertFalse(vm.frame().complete());
        assertTrue(vm.stepTextProperty().get().endsWith("+"), vm.stepTextProperty().get());
        assertEquals("running", vm.verdictKindProperty().get());
        assertTrue(vm.noteProperty().get().startsWith("Paused"));
    }

    @Test
    void aModeSwitchWhileBusyBootsAgainWhenTheRunningMoveEnds() {
        BootViewModel vm = queued();
        vm.start();
        vm.modeProperty().set(XenBootMode.UPSTREAM);
        drain();
        assertFalse(vm.busyProperty().get());
        assertEquals("stopped", vm.verdictKindProperty().get(), "the upstream boot replaced the first one");
        assertEquals(vm.totalProperty().get(), vm.events().size());
    }

    @Test
    void aDesignThatCannotBeExportedSaysSoInTheVerdict() {
        WorkbenchModel broken = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        broken.apply(Edit.of("no host modules", d -> d.withModules(java.util.List.of())));
        BootViewModel vm = new BootViewModel(broken, Runnable::run, Runnable::run);
        vm.start();
        assertFalse(vm.busyProperty().get());
        assertEquals("failed", vm.verdictKindProperty().get());
        assertTrue(vm.verdictTextProperty().get().contains("no host device tree module"),
            vm.verdictTextProperty().get());
        vm.step();
        assertEquals(0, vm.stepProperty().get(), "no session: moves do nothing");
    }
}

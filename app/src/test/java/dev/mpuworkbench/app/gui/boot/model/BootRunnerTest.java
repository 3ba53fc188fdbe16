package dev.mpuworkbench.app.gui.boot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The runner behind the boot view: frames at the right steps, highlights, parts, runs and pauses. */
class BootRunnerTest {
    private static BootRunner started(String sample, XenBootMode mode) throws Exception {
        BootRunner r = new BootRunner(1, DesignLoader.sample(sample), mode);
        BootFrame f = r.start(() -> false, s -> { });
        assertTrue(f.started(), f.error());
        return r;
    }

    /** At the last event of P3: P4 has started at the frame after it. */
    private static BootFrame endOfP3(BootRunner r) {
        r.goToPhase(Phase.P4);
        return r.stepBack();
    }

    @Test
    void startBootsToTheEndThenShowsStepZero() throws Exception {
        BootRunner r = new BootRunner(7, DesignLoader.defaultDesign(), XenBootMode.PARTITIONED);
        BootFrame f = r.start(() -> false, s -> { });
        assertEquals(7, f.generation());
        assertEquals(0, f.step());
        assertTrue(f.complete());
        assertEquals(f.recorded(), f.newEvents().size(), "every recorded event goes to the log at once");
        assertNotNull(f.verdict());
        assertTrue(f.verdict().success(), f.verdict().toString());
        assertEquals("ok", VerdictText.kind(f.verdict()));
        assertTrue(VerdictText.of(f.verdict()).startsWith("steady state: "));
        assertNull(f.event());
        assertTrue(f.el2().stream().noneMatch(RegionLine::enabled), "nothing is programmed before the first event");
    }

    @Test
    void theEndOfP3ShowsTheBootRegionsAndStepBackRestoresTheTableBefore() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame p3 = endOfP3(r);
        assertEquals(Phase.P3, p3.phase());
        RegionLine text = p3.el2().get(0);
        assertTrue(text.enabled());
        assertEquals(0x38, text.row().prbar() & 0x3F, "text: RO at EL2, executable, inner shareable");
        assertEquals("0x200038", text.text(RegionLine.Column.PRBAR));
        assertEquals("EL2 RO, EL1/EL0 none", text.text(RegionLine.Column.AP));
        assertEquals("7: Normal WB RW-alloc", text.text(RegionLine.Column.ATTRIBUTE));
        assertEquals("0x9C09_0000", p3.el2().get(5).text(RegionLine.Column.BASE), "the early UART");

        BootFrame start = r.goTo(0);
        assertTrue(start.el2().stream().noneMatch(RegionLine::enabled));
        assertEquals("", start.el2().get(0).text(RegionLine.Column.BASE));
        BootFrame again = endOfP3(r);
        assertEquals(p3.el2().stream().map(l -> l.row()).toList(), again.el2().stream().map(l -> l.row()).toList());
    }

    @Test
    void cellsTheCurrentStepChangedAreMarkedHoweverTheStepWasReached() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame f = r.step();
        while (!(f.event().machine() instanceof SysRegWriteEvent w && w.register().equals("PRBAR_EL2"))) {
            f = r.step();
        }
        RegionLine row0 = f.el2().get(0);
        assertTrue(row0.pending(), "written, waiting for DSB + ISB");
        assertTrue(row0.changed(RegionLine.Column.PRBAR));
        assertTrue(row0.changed(RegionLine.Column.PENDING));
        assertFalse(row0.changed(RegionLine.Column.PRLAR));
        assertFalse(f.el2().get(1).changed(RegionLine.Column.PRBAR), "an untouched row stays plain");
        assertEquals("0x0 / 0x0", row0.text(RegionLine.Column.PENDING), "the effective values still hold");

        int prbarStep = f.step();
        r.goTo(0);
        BootFrame jumped = r.goTo(prbarStep);
        assertEquals(f.el2(), jumped.el2(), "a jump to the step marks what its event changed, as stepping there does");
        BootFrame after = r.step();
        assertTrue(after.el2().get(0).changed(RegionLine.Column.PRLAR));
        assertFalse(after.el2().get(0).changed(RegionLine.Column.PRBAR), "only the latest event's change");

        BootFrame control = r.goTo(7);
        assertTrue(control.controls().stream().anyMatch(c -> c.name().equals("SCTLR_EL2") && c.changed()),
            "step 7 writes SCTLR_EL2");
        assertTrue(control.controls().stream().noneMatch(c -> c.name().equals("HCR_EL2") && c.changed()));
        assertTrue(r.goTo(0).el2().stream().allMatch(l -> l.changed().isEmpty()), "nothing before the first event");
    }

    @Test
    void partsAreShownOnlyInTheRuntimeConfiguration() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame boot = r.goToPhase(Phase.P22);
        assertTrue(boot.el2().stream().allMatch(l -> l.part().isEmpty()), "the boot configuration has no parts");
        BootFrame idle = r.goToPhase(Phase.P31);
        List<String> parts = idle.el2().stream().filter(RegionLine::enabled).map(RegionLine::part).toList();
        assertEquals(List.of("A", "A", "A", "A", "A", "A", "A", "A", "B", "B"), parts,
            "R1: PART_A regions 0-7, hypervisor PART_B 8-9");
    }

    @Test
    void upstreamHasNoPartsAndStopsAtDomainConstruction() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.UPSTREAM);
        BootFrame end = r.runTo(BreakpointChoice.of(BreakpointChoice.Kind.END), () -> false, s -> { });
        assertTrue(end.atEnd());
        assertEquals(Phase.P22, end.phase());
        assertEquals("stopped", VerdictText.kind(end.verdict()));
        assertTrue(end.el2().stream().allMatch(l -> l.part().isEmpty()));
        assertTrue(r.goToPhase(Phase.P31).note().startsWith("P31 is not reached"));
    }

    @Test
    void runToAFaultStopsAtTheFault() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame f = r.runTo(BreakpointChoice.of(BreakpointChoice.Kind.FAULT), () -> false, s -> { });
        assertTrue(f.event().machine() instanceof FaultEvent);
        assertTrue(f.note().startsWith("Stopped at MPU fault: step " + f.step()), f.note());
        FaultDetails d = FaultDetails.of(f.event());
        assertEquals(0x24, d.ec(), "data abort from a lower EL");
        assertEquals(0x0C, d.fsc(), "permission fault");
        assertTrue(f.controls().stream().anyMatch(c -> c.name().equals("ESR_EL2") && c.decoded().contains("FSC 0x0C")));
        BootFrame next = r.runTo(BreakpointChoice.of(BreakpointChoice.Kind.FAULT), () -> false, s -> { });
        assertTrue(next.step() > f.step(), "the next run finds the next fault");
    }

    @Test
    void aRegionWriteBreakpointStopsAtTheWrite() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame f = r.runTo(BreakpointChoice.regionWrite(ExceptionLevel.EL2, 5), () -> false, s -> { });
        assertTrue(f.event().machine() instanceof dev.mpuworkbench.emulator.machine.SysRegWriteEvent w
            && w.region() == 5, f.event().summary());
        assertEquals(Phase.P3, f.phase());
    }

    @Test
    void aPausedRunStopsWhereItIsAndSaysSo() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        AtomicBoolean cancel = new AtomicBoolean(true);
        BootFrame f = r.runTo(BreakpointChoice.of(BreakpointChoice.Kind.END), cancel::get, s -> { });
        assertEquals(1, f.step(), "paused at the first event looked at");
        assertEquals("Paused at step 1.", f.note());
    }

    @Test
    void aPausedStartLeavesTheTotalOpen() throws Exception {
        BootRunner r = new BootRunner(1, DesignLoader.defaultDesign(), XenBootMode.PARTITIONED);
        BootFrame f = r.start(() -> true, s -> { });
        assertFalse(f.complete());
        assertNull(f.verdict());
        assertTrue(f.recorded() < 5);
        BootFrame later = r.goToPhase(Phase.P31);
        assertEquals(Phase.P31, later.phase(), "phases beyond the recorded ones are run to");
        assertEquals(later.recorded() - f.recorded(), later.newEvents().size(), "only the new events are handed over");
    }

    @Test
    void stepPhaseGoesToTheNextPhaseStart() throws Exception {
        BootRunner r = started("fvp-default", XenBootMode.PARTITIONED);
        BootFrame f = r.stepPhase();
        assertTrue(f.event().xen() instanceof XenEvent.PhaseStarted p && p.phase() == Phase.P0);
        f = r.stepPhase();
        assertEquals(Phase.P1, f.phase());
        BootFrame back = r.stepBack();
        assertEquals(Phase.P0, back.phase());
    }

    @Test
    void aDesignThatCannotBootSaysWhy() throws Exception {
        BootRunner r = started("fvp-mistakes", XenBootMode.PARTITIONED);
        BootFrame end = r.goTo(Integer.MAX_VALUE);
        assertEquals("failed", VerdictText.kind(end.verdict()));
        assertTrue(VerdictText.of(end.verdict()).contains("P8 boot_fdt_info"), VerdictText.of(end.verdict()));
        BootEvent last = end.event();
        assertTrue(EventIndex.isTrouble(last), "a panic is shown as trouble");
    }
}

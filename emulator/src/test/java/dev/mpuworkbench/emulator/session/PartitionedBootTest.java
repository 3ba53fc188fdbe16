package dev.mpuworkbench.emulator.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.guest.Expectation;
import dev.mpuworkbench.emulator.machine.BarrierEvent;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.machine.LevelChangeEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.xen.DomainState;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenEvent;
import dev.mpuworkbench.emulator.xen.XenState;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The partitioned design on the default sample: deferred unpause, context switches, vGIC, crash isolation. */
class PartitionedBootTest {
    private static BootSession session;
    private static List<BootEvent> events;

    @BeforeAll
    static void boot() {
        session = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        session.runToEnd();
        events = session.events();
    }

    private static int first(java.util.function.Predicate<BootEvent> p) {
        for (BootEvent e : events) if (p.test(e)) return e.step();
        return -1;
    }

    @Test
    void theDefaultDesignReachesSteadyStateAndTheBrokenOnesPanic() {
        BootVerdict ok = session.verdict();
        assertTrue(ok.success(), ok.toString());
        assertEquals(StopOutcome.STEADY_STATE, ok.outcome());
        BootVerdict mistakes = SampleBoots.session("fvp-mistakes", XenBootMode.PARTITIONED).verdict();
        assertFalse(mistakes.success());
        assertTrue(mistakes.firstFailure().contains("P8"), mistakes.firstFailure());
        BootVerdict imagebuilder = SampleBoots.session("fvp-imagebuilder", XenBootMode.PARTITIONED).verdict();
        assertFalse(imagebuilder.success());
        assertTrue(imagebuilder.firstFailure().contains("P22") && imagebuilder.firstFailure().contains("static-mem"),
            imagebuilder.firstFailure());
    }

    @Test
    void guestsRunOnlyAfterTheRuntimeConfigurationIsInPlace() {
        int r1 = first(e -> e.xen() instanceof XenEvent.PhaseStarted p && p.phase() == Phase.R1);
        int r2 = first(e -> e.xen() instanceof XenEvent.PhaseStarted p && p.phase() == Phase.R2);
        int firstEntry = first(e -> e.machine() instanceof LevelChangeEvent l && l.to() == ExceptionLevel.EL1);
        assertTrue(r1 > 0 && r1 < r2 && r2 < firstEntry, r1 + " " + r2 + " " + firstEntry);
        assertTrue(events.stream().anyMatch(e -> e.phase() == Phase.P26 && e.summary().startsWith("unpause deferred")));
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        s.goTo(r2 - 1);
        assertTrue(s.state().domains().stream().allMatch(d -> d.state() == DomainState.PAUSED), "paused through R1");
        s.goTo(r2 + 1);
        assertTrue(s.state().domains().stream().allMatch(d -> d.state() == DomainState.RUNNING), "unpaused in R2");
    }

    @Test
    void noHazardAnywhere() {
        assertEquals(List.of(), events.stream().filter(e -> e.machine() instanceof HazardEvent)
            .map(BootEvent::summary).toList());
    }

    @Test
    void partBIsSwitchedOffSynchronisedThenRewritten() {
        int switches = 0;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i).xen() instanceof XenEvent.ContextSwitch)) continue;
            int prenr = -1;
            int firstPartBWrite = -1;
            for (int j = i + 1; j < events.size() && !(events.get(j).xen() instanceof XenEvent.ContextSwitch); j++) {
                if (events.get(j).machine() instanceof SysRegWriteEvent w) {
                    if (w.register().equals("PRENR_EL2") && prenr < 0) prenr = j;
                    if (w.register().startsWith("PRBAR") && w.register().endsWith("_EL2") && firstPartBWrite < 0) {
                        firstPartBWrite = j;
                    }
                }
            }
            if (firstPartBWrite < 0) continue;
            switches++;
            assertTrue(prenr > 0 && prenr < firstPartBWrite, "disable before rewrite at step " + (i + 1));
            boolean dsb = false;
            boolean isb = false;
            for (int j = prenr + 1; j < firstPartBWrite; j++) {
                if (events.get(j).machine() instanceof BarrierEvent b) {
                    if (b.barrier().label().equals("dsb")) dsb = true;
                    else if (dsb) isb = true;
                }
            }
            assertTrue(dsb && isb, "DSB + ISB between disabling and rewriting at step " + (i + 1));
        }
        assertTrue(switches >= 4, "PART_B was rewritten on the switches between domains and idle");
    }

    @Test
    void eachDomainRunsWithItsVmid() {
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i).xen() instanceof XenEvent.ContextSwitch cs) || cs.to().equals("idle")) continue;
            long vmid = cs.to().startsWith("domU1.") ? 1 : 2;
            boolean written = false;
            for (int j = i + 1; j < events.size(); j++) {
                if (events.get(j).machine() instanceof LevelChangeEvent) break;
                if (events.get(j).machine() instanceof SysRegWriteEvent w && w.register().equals("VSCTLR_EL2")) {
                    assertEquals(vmid << 48, w.value(), cs.summary());
                    written = true;
                }
            }
            assertTrue(written, "VSCTLR_EL2 written before entering " + cs.to());
        }
    }

    @Test
    void theVgicEmulatesTheDistributorAndTheGuestResumes() {
        int emulated = 0;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i).xen() instanceof XenEvent.MmioEmulated m)) continue;
            emulated++;
            FaultEvent fault = (FaultEvent) events.get(i - 2).machine();
            assertEquals(2, fault.stage());
            assertEquals(ExceptionLevel.EL2, fault.target());
            assertEquals(m.address(), fault.address());
            assertEquals(m.address() >>> 12 << 4, fault.hpfar());
            assertTrue(events.get(i + 1).xen() instanceof XenEvent.Probe p && p.actual() == Expectation.EMULATED);
            assertTrue(events.get(i + 2).machine() instanceof LevelChangeEvent l && l.to() == ExceptionLevel.EL1,
                "the guest resumes");
        }
        assertEquals(6, emulated, "GICD_CTLR and GICD_TYPER from each of the three vCPUs");
    }

    @Test
    void touchingAnotherDomainsMemoryCrashesOnlyTheOffender() {
        int crash = first(e -> e.xen() instanceof XenEvent.DomainCrashed);
        XenEvent.DomainCrashed c = (XenEvent.DomainCrashed) events.get(crash - 1).xen();
        assertEquals("domU2", c.domain());
        assertEquals(0x2000_0000L, c.address(), "domU1's RAM");
        FaultEvent fault = (FaultEvent) events.get(crash - 3).machine();
        assertEquals(2, fault.stage());
        BootSession longer = SampleBoots.session("fvp-default", BootOptions.of(XenBootMode.PARTITIONED).withSwitches(40));
        longer.runToEnd();
        assertTrue(longer.verdict().success(), longer.verdict().toString());
        List<BootEvent> after = longer.events().subList(crash, longer.events().size());
        assertTrue(after.stream().noneMatch(e -> e.xen() instanceof XenEvent.ContextSwitch cs
            && cs.to().startsWith("domU2")), "a crashed domain is never scheduled again");
        long domU1Runs = after.stream().filter(e -> e.xen() instanceof XenEvent.ContextSwitch cs
            && cs.to().equals("domU1.vcpu0")).count();
        assertTrue(domU1Runs >= 10, "domU1 keeps running after the crash: " + domU1Runs);
        assertEquals(40, longer.state().xen().switches());
        List<XenState.DomainView> end = session.state().domains();
        assertEquals(DomainState.RUNNING, end.get(0).state());
        assertEquals(DomainState.CRASHED, end.get(1).state());
        assertEquals(0, session.state().xen().probesFailed());
    }

    @Test
    void aGuestsEl1MpuComesBackAfterAnotherGuestRan() {
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        s.runTo(e -> e.xen() instanceof XenEvent.ContextSwitch cs && cs.from().equals("domU1.vcpu0"));
        List<MpuView.Row> programmed = s.state().el1().enabled();
        assertEquals(5, programmed.size(), "domU1 programmed its RAM (RX + RW), UART, shared memory and the GICD");
        s.runTo(e -> e.xen() instanceof XenEvent.ContextSwitch cs && cs.to().equals("domU1.vcpu0"));
        s.runTo(e -> e.machine() instanceof LevelChangeEvent l && l.to() == ExceptionLevel.EL1);
        assertEquals(programmed, s.state().el1().enabled());
        assertEquals(0x30D0_1805L, s.state().controls().get("SCTLR_EL1"), "SCTLR_EL1 restored with M set");
    }
}

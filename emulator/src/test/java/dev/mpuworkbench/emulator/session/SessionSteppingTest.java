package dev.mpuworkbench.emulator.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenEvent;
import dev.mpuworkbench.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Same input, same events; any step can be reached backwards and looks exactly as when reached forwards. */
class SessionSteppingTest {
    private static List<String> trace(BootSession s) {
        s.runToEnd();
        return s.events().stream().map(TraceJson::line).toList();
    }

    @ParameterizedTest
    @EnumSource(XenBootMode.class)
    void twoRunsOfEverySampleGiveIdenticalTraces(XenBootMode mode) {
        for (String name : Samples.designs()) {
            List<String> a = trace(SampleBoots.session(name, mode));
            List<String> b = trace(SampleBoots.session(name, mode));
            assertFalse(a.isEmpty());
            assertEquals(a, b, name + " " + mode);
        }
    }

    @Test
    void theSnapshotIntervalChangesNothingButSpeed() {
        List<String> every = trace(SampleBoots.session("fvp-default",
            BootOptions.of(XenBootMode.PARTITIONED).withSnapshotInterval(1)));
        List<String> rare = trace(SampleBoots.session("fvp-default",
            BootOptions.of(XenBootMode.PARTITIONED).withSnapshotInterval(100_000)));
        assertEquals(every, rare);
    }

    @Test
    void steppingBackToAStepShowsWhatSteppingForwardToItShowed() {
        BootSession back = SampleBoots.session("fvp-default",
            BootOptions.of(XenBootMode.PARTITIONED).withSnapshotInterval(50));
        back.runToEnd();
        int total = back.step();
        List<Integer> steps = new ArrayList<>(List.of(0, 1, 2, 207, 208, 216, 365, total - 1, total));
        Random random = new Random(7);
        for (int i = 0; i < 25; i++) steps.add(random.nextInt(total + 1));
        for (int step : steps) {
            back.goTo(step);
            SessionState backwards = back.state();
            BootSession fresh = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
            for (int i = 0; i < step; i++) fresh.stepForward();
            assertEquals(fresh.state(), backwards, "step " + step);
            assertEquals(fresh.events(), back.events(), "events up to step " + step);
            back.goTo(total);
        }
    }

    @Test
    void stepOneEventForwardAndBack() {
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        assertEquals(0, s.step());
        assertTrue(s.state().el2().enabled().isEmpty(), "reset: every region disabled");
        BootEvent e = s.stepForward().orElseThrow();
        assertEquals(1, e.step());
        assertTrue(e.xen() instanceof XenEvent.PhaseStarted p && p.phase() == Phase.P0);
        s.goTo(13);
        assertEquals("PRBAR_EL2 = 0x200038 (region 0)", s.event(13).summary());
        assertEquals(0x200038L, s.state().el2().rows().get(0).prbar());
        assertEquals(0L, s.state().el2().rows().get(0).effectivePrbar(), "not effective before DSB + ISB");
        assertEquals(1, s.state().pending().size());
        s.stepBack();
        assertEquals(12, s.step());
        assertEquals(0L, s.state().el2().rows().get(0).prbar());
        s.reset();
        assertEquals(0, s.step());
        assertTrue(s.events().isEmpty());
    }

    @Test
    void breakpointsStopAtTheFirstMatchingEvent() {
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.PARTITIONED);
        BootEvent p7 = s.runTo(Breakpoint.phase(Phase.P7)).orElseThrow();
        assertEquals(p7.step(), s.step());
        assertEquals(Phase.P7, s.state().phase());
        s.reset();
        BootEvent region6 = s.runTo(Breakpoint.regionWrite(ExceptionLevel.EL2, 6)).orElseThrow();
        assertTrue(region6.machine() instanceof SysRegWriteEvent w && w.register().equals("PRBAR_EL2")
            && w.value() == 0x32, "head.S zero-fills region 6 first: " + region6.summary());
        assertEquals(Phase.P3, region6.phase());
        BootEvent nextRegion6 = s.runTo(Breakpoint.regionWrite(ExceptionLevel.EL2, 6)).orElseThrow();
        assertEquals("PRLAR_EL2 = 0x0 (region 6)", nextRegion6.summary(), "runTo continues after the current step");
        BootEvent dtb = s.runTo(Breakpoint.regionWrite(ExceptionLevel.EL2, 6)).orElseThrow();
        assertEquals(Phase.P7, dtb.phase(), "then early_fdt_map takes region 6");
        BootEvent fault = s.runTo(Breakpoint.fault()).orElseThrow();
        assertTrue(fault.machine() instanceof FaultEvent f && f.address() == 0xAF00_0000L);
        s.reset();
        BootEvent cs = s.runTo(Breakpoint.contextSwitch()).orElseThrow();
        assertEquals("context switch idle -> domU1.vcpu0", cs.summary());
        assertTrue(s.stepToNextPhase().isEmpty(), "no phase follows P31");
        assertTrue(s.atEnd());
        Optional<BootEvent> none = s.runTo(Breakpoint.contextSwitch());
        assertTrue(none.isEmpty(), "nothing after the end");
    }

    @Test
    void phasesCanBeSteppedOneByOne() {
        BootSession s = SampleBoots.session("fvp-default", XenBootMode.UPSTREAM);
        List<Phase> seen = new ArrayList<>();
        for (Optional<BootEvent> e = s.stepToNextPhase(); e.isPresent(); e = s.stepToNextPhase()) {
            seen.add(((XenEvent.PhaseStarted) e.get().xen()).phase());
        }
        assertEquals(List.of(Phase.values()).subList(0, Phase.P22.ordinal() + 1), seen, "upstream stops in P22");
    }
}

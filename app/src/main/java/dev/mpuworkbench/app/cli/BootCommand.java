package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.project.AtomicFiles;
import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.boot.BootInputException;
import dev.mpuworkbench.emulator.boot.DesignArtifacts;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.session.BootEvent;
import dev.mpuworkbench.emulator.session.BootOptions;
import dev.mpuworkbench.emulator.session.BootSession;
import dev.mpuworkbench.emulator.session.BootVerdict;
import dev.mpuworkbench.emulator.session.Breakpoint;
import dev.mpuworkbench.emulator.session.MpuView;
import dev.mpuworkbench.emulator.session.SessionState;
import dev.mpuworkbench.emulator.session.TraceJson;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.emulator.xen.XenEvent;
import dev.mpuworkbench.emulator.xen.XenProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "boot", description = "Boot the design's exported files (Kconfig fragment, header, runtime DTB, boot "
    + "script) in the emulator: print the phases and the final EL2 MPU. Exit 0 when the boot reaches what its mode "
    + "promises (partitioned: guests running, every probe as expected; upstream: its documented stop), 1 otherwise.")
final class BootCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DesignArgument design = new DesignArgument();

    @Option(names = "--mode", paramLabel = "upstream|partitioned", description = "default: the design's Xen mode")
    String mode;

    @Option(names = "--until", paramLabel = "PHASE", description = "stop once PHASE (e.g. P7, R1, early_fdt_map) is done")
    String until;

    @Option(names = "--switches", paramLabel = "N", description = "context switches after the boot (default: until "
        + "every guest has run its probes, plus one round)")
    Integer switches;

    @Option(names = "--trace", paramLabel = "F.jsonl", description = "write every event as one JSON object a line")
    Path trace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (switches != null && switches < 0) throw new ParameterException(spec.commandLine(), "--switches must be 0 or more");
        Optional<Design> loaded = design.load(err);
        if (loaded.isEmpty()) return 1;
        XenBootMode bootMode = mode(loaded.get());
        Phase stopAfter = untilPhase(bootMode);
        BootSession session;
        try {
            BootArtifacts artifacts = DesignArtifacts.export(loaded.get());
            BootOptions options = BootOptions.of(bootMode).withSwitches(switches == null ? -1 : switches);
            session = BootSession.start(artifacts, options);
        } catch (BootInputException e) {
            err.println(design.name() + ": " + e.getMessage());
            return 1;
        }
        out.printf("booting %s: %s Xen from the exported Kconfig fragment, header, runtime DTB and boot script%n",
            design.name(), bootMode.cliName());
        if (stopAfter != null) {
            Optional<Phase> next = next(bootMode, stopAfter);
            boolean stopped = next.isPresent() && session.runTo(Breakpoint.phase(next.get())).isPresent();
            if (stopped) session.stepBack();
            else session.runToEnd();
        } else {
            session.runToEnd();
        }
        List<BootEvent> events = session.events();
        printPhases(events, out);
        printMpu(session.state(), out);
        if (trace != null && !writeTrace(events, err)) return 1;
        return verdict(session, bootMode, stopAfter, out);
    }

    private XenBootMode mode(Design d) {
        if (mode == null) return d.xen().mode() == XenMode.UPSTREAM ? XenBootMode.UPSTREAM : XenBootMode.PARTITIONED;
        try {
            return XenBootMode.fromCli(mode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Phase untilPhase(XenBootMode bootMode) {
        if (until == null) return null;
        Phase p = Phase.parse(until).orElseThrow(() -> new ParameterException(spec.commandLine(),
            "unknown phase '" + until + "'; phases are " + XenProgram.phases(bootMode)));
        if (!p.inMode(bootMode)) {
            throw new ParameterException(spec.commandLine(), "phase " + p.id() + " does not exist in " + bootMode.cliName()
                + " mode");
        }
        return p;
    }

    private static Optional<Phase> next(XenBootMode mode, Phase p) {
        List<Phase> phases = XenProgram.phases(mode);
        int i = phases.indexOf(p);
        return i + 1 < phases.size() ? Optional.of(phases.get(i + 1)) : Optional.empty();
    }

    /** One line per phase with its event count, then its faults, hazards, crashes, emulations and the stop. */
    private static void printPhases(List<BootEvent> events, PrintWriter out) {
        int i = 0;
        while (i < events.size()) {
            BootEvent head = events.get(i);
            int j = i + 1;
            while (j < events.size() && !(events.get(j).xen() instanceof XenEvent.PhaseStarted)) j++;
            if (head.xen() instanceof XenEvent.PhaseStarted p) {
                out.printf("%-4s %-28s %5d event(s)  %s%n", p.phase().id(), p.phase().function(), j - i,
                    p.phase().description());
            }
            for (int k = i; k < j; k++) {
                BootEvent e = events.get(k);
                if (notable(e)) out.printf("       step %d: %s%n", e.step(), e.summary());
            }
            i = j;
        }
    }

    private static boolean notable(BootEvent e) {
        return e.machine() instanceof FaultEvent || e.machine() instanceof HazardEvent
            || e.xen() instanceof XenEvent.Stop || e.xen() instanceof XenEvent.DomainCrashed
            || e.xen() instanceof XenEvent.MmioEmulated || e.xen() instanceof XenEvent.Probe p && !p.asExpected();
    }

    private static void printMpu(SessionState s, PrintWriter out) {
        out.printf("%nEL2 MPU at step %d (%s context, %s running):%n", s.step(), s.context(), s.running());
        out.printf("  %3s %-12s %-12s %-18s %-18s %s%n", "idx", "base", "limit", "PRBAR", "PRLAR", "attributes");
        for (MpuView.Row r : s.el2().enabled()) {
            var d = r.description();
            out.printf("  %3d %-12s %-12s %-18s %-18s %s, %s, %s%n", r.index(), hex(d.base()), hex(d.limit()),
                hex(r.effectivePrbar()), hex(r.effectivePrlar()), d.access(), d.executeText(), d.attribute().text());
        }
        if (!s.pending().isEmpty()) out.printf("  (%d register write(s) pending until DSB + ISB)%n", s.pending().size());
    }

    private boolean writeTrace(List<BootEvent> events, PrintWriter err) {
        StringBuilder sb = new StringBuilder(events.size() * 96);
        for (BootEvent e : events) sb.append(TraceJson.line(e)).append('\n');
        try {
            AtomicFiles.write(trace, sb.toString().getBytes(StandardCharsets.UTF_8), false);
            return true;
        } catch (IOException e) {
            err.println(trace + ": cannot write: " + e.getMessage());
            return false;
        }
    }

    private static int verdict(BootSession session, XenBootMode mode, Phase stopAfter, PrintWriter out) {
        if (stopAfter != null) {
            Optional<BootEvent> failure = BootVerdict.firstFailure(mode, session.events());
            if (failure.isPresent()) {
                out.println("FAILED: " + BootVerdict.describe(failure.get()));
                return 1;
            }
            boolean reached = session.events().stream()
                .anyMatch(e -> e.xen() instanceof XenEvent.PhaseStarted p && p.phase() == stopAfter);
            if (!reached) {
                out.println("FAILED: " + stopAfter.id() + " is never reached: " + session.state().stopReason());
                return 1;
            }
            out.println("OK: stopped after " + stopAfter.id() + " " + stopAfter.function() + " as asked");
            return 0;
        }
        BootVerdict v = session.verdict();
        if (!v.success()) {
            out.println("FAILED: " + v.firstFailure());
            return 1;
        }
        out.printf("OK (%s): %s; %d probe(s), all as expected%n", v.outcome().traceName(), v.stopReason(),
            session.state().xen().probes());
        return 0;
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
    }
}

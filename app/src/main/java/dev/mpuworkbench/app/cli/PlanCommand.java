package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlanJson;
import dev.mpuworkbench.core.mpu.PlanNote;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.RegionAttributes;
import dev.mpuworkbench.core.mpu.Strategy;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Print the EL2 MPU regions of every context; exit 1 if a context is over budget.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DesignArgument design = new DesignArgument();

    @Option(names = "--strategy", paramLabel = "upstream|partitioned|compact",
        description = "default: the strategy of the design's Xen mode")
    String strategy;

    @Option(names = "--json", description = "print the plan as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Design> loaded = design.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) return 1;
        Design d = loaded.get();
        MpuPlan plan;
        try {
            plan = strategy == null ? MpuPlanner.plan(d) : MpuPlanner.plan(d, Strategy.fromCli(strategy));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (json) {
            out.println(PlanJson.toJson(plan));
        } else {
            printText(plan, out);
        }
        boolean overBudget = plan.contexts().stream().anyMatch(c -> regionsNeeded(c) > plan.regionsAvailable());
        return overBudget ? 1 : 0;
    }

    /** Upstream's transient boot mappings count too: the budget must hold the peak, not only the end state. */
    private static int regionsNeeded(ContextPlan c) {
        return Math.max(c.used(), c.peakUsed());
    }

    private static void printText(MpuPlan plan, PrintWriter out) {
        out.printf("strategy %s, %d EL2 MPU regions available%n", plan.strategy().cliName(), plan.regionsAvailable());
        for (ContextPlan c : plan.contexts()) {
            int needed = regionsNeeded(c);
            String verdict = needed > plan.regionsAvailable() ? "  OVER BUDGET by " + (needed - plan.regionsAvailable()) : "";
            String peak = c.peakUsed() > c.used() ? " (peak " + c.peakUsed() + " during boot)" : "";
            out.printf("%n%s: %d used%s, lower bound %d, over-grant %s%s%n", c.name(), c.used(), peak, c.lowerBound(),
                Hex.size(c.overGrantBytes()), verdict);
            out.printf("  %3s %-4s %-12s %-12s %-18s %-18s %-22s %s%n", "idx", "part", "base", "limit", "PRBAR", "PRLAR",
                "attributes", "owner");
            for (PlannedRegion r : c.regions()) {
                out.printf("  %3d %-4s %-12s %-12s %-18s %-18s %-22s %s%n", r.index(), r.part(), Hex.of(r.range().base()),
                    Hex.of(r.range().last()), Hex.of(r.prbar()), Hex.of(r.prlar()), describe(r.attributes()), r.owner());
            }
            for (PlanNote n : c.notes()) out.printf("  note: %s%n", n.message());
        }
    }

    private static String describe(RegionAttributes a) {
        String access = (a.readOnly() ? "RO" : "RW") + (a.el1Access() ? " EL2+EL1" : " EL2");
        String exec = (a.executableAtEl2() ? "X" : "XN") + (a.el1ExecuteNever() ? "/XN1" : "");
        return access + " " + exec + " " + a.type().name();
    }
}

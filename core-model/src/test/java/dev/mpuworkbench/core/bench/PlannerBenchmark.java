package dev.mpuworkbench.core.bench;

import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.RandomDesigns;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Speed of planning and validation on the stress design (64 domains x 4 static-memory banks, 32 devices,
 * 255 EL2 regions; the hypervisor context needs more than 256 regions). Targets: plan + full validation
 * median under 5 ms; one drag step (move one bank, re-plan) median under 1 ms. Run on demand:
 * <pre>
 * mvn -o -q -pl core-model test-compile
 * java -cp core-model/target/classes:core-model/target/test-classes:$(cat /tmp/cp.txt) dev.mpuworkbench.core.bench.PlannerBenchmark
 * </pre>
 * where {@code /tmp/cp.txt} comes from {@code mvn -o -q -pl core-model dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}.
 */
public final class PlannerBenchmark {
    private static final int WARMUP = 3000;
    private static final int RUNS = 1000;

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        Design design = RandomDesigns.stress(64, 4, 32);
        Validator validator = DesignValidator.full();
        MpuPlan plan = MpuPlanner.plan(design);
        System.out.printf(Locale.ROOT, "stress design: %d domains, %d devices, %d EL2 regions; hypervisor context uses %d%n",
            design.domains().size(), design.board().devices().size(), design.board().el2MpuRegions(), plan.hypervisor().used());
        report("plan (partitioned)", () -> MpuPlanner.plan(fresh(design), Strategy.PARTITIONED), 0);
        report("plan (compact)", () -> MpuPlanner.plan(fresh(design), Strategy.COMPACT), 0);
        report("plan (upstream)", () -> MpuPlanner.plan(fresh(design), Strategy.UPSTREAM), 0);
        report("validate (full)", () -> validator.validate(fresh(design)), 0);
        double planAndValidate = report("plan + validate", () -> {
            Design copy = fresh(design);
            MpuPlanner.plan(copy);
            List<Diagnostic> d = validator.validate(copy);
            return d;
        }, 5.0);
        SubjectPath bank = SubjectPath.staticMem("domU31", 2);
        long base = DesignPlacement.rangeOf(design, bank).orElseThrow().base();
        Design[] current = {design};
        long[] step = {0};
        double drag = report("drag step (move a bank, re-plan)", () -> {
            step[0]++;
            current[0] = new MoveBlock(bank, base + (step[0] % 2 == 0 ? 0 : 0x1000)).apply(current[0]);
            return MpuPlanner.plan(current[0]);
        }, 1.0);
        System.out.printf(Locale.ROOT, "%nverdict: plan+validate median %.3f ms (target < 5), drag step median %.3f ms (target < 1)%n",
            planAndValidate, drag);
    }

    /**
     * An equal design that is a new object: the planner and the block list remember their last design, and
     * a benchmark that asked twice for the same object would time a lookup.
     */
    private static Design fresh(Design design) {
        return design.withName(design.name());
    }

    private static double report(String what, Supplier<Object> work, double targetMs) {
        Object sink = null;
        for (int i = 0; i < WARMUP; i++) sink = work.get();
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double median = nanos[RUNS / 2] / 1e6;
        double p90 = nanos[RUNS * 9 / 10] / 1e6;
        System.out.printf(Locale.ROOT, "%-34s median %8.3f ms   p90 %8.3f ms   min %8.3f ms%s%n", what, median, p90,
            nanos[0] / 1e6, targetMs > 0 ? "   (target < " + targetMs + " ms)" : "");
        if (sink == null) throw new IllegalStateException("no result");
        return median;
    }
}

package dev.mpuworkbench.emulator.bench;

import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.session.BootOptions;
import dev.mpuworkbench.emulator.session.BootSession;
import dev.mpuworkbench.emulator.session.SampleBoots;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.samples.Samples;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;

/**
 * On-demand benchmark of the boot (not a test): prints figures. Targets (brief H): a full partitioned boot of the
 * largest sample plus 10,000 context switches under 200 ms in-process; stepping back to any step under 10 ms.
 * Run: {@code java -cp <test classpath> dev.mpuworkbench.emulator.bench.BootBenchmark [design]}.
 */
public final class BootBenchmark {
    private static final int SWITCHES = 10_000;
    private static final int WARMUP = 15;
    private static final int RUNS = 15;
    private static final int BACK_STEPS = 400;

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String design = args.length > 0 ? args[0] : largestSample();
        BootArtifacts artifacts = SampleBoots.artifacts(design);
        BootOptions options = BootOptions.of(XenBootMode.PARTITIONED).withSwitches(SWITCHES);
        for (int i = 0; i < WARMUP; i++) run(artifacts, options);
        double[] ms = new double[RUNS];
        BootSession last = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = run(artifacts, options);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("design %s: full partitioned boot + %d context switches, %d events%n", design, SWITCHES,
            last.recordedSteps());
        System.out.printf("  boot + switches: median %.1f ms, min %.1f ms, max %.1f ms (target < 200 ms)%n",
            ms[RUNS / 2], ms[0], ms[RUNS - 1]);
        System.out.println("  verdict: " + last.verdict());

        Random random = new Random(42);
        int total = last.recordedSteps();
        for (int i = 0; i < BACK_STEPS; i++) {
            last.goTo(total);
            last.goTo(random.nextInt(total + 1));
        }
        double[] back = new double[BACK_STEPS];
        double[] quiet = new double[BACK_STEPS];
        int quietCount = 0;
        for (int i = 0; i < BACK_STEPS; i++) {
            last.goTo(total);
            int target = random.nextInt(total + 1);
            long collections = gcCount();
            long t0 = System.nanoTime();
            last.goTo(target);
            last.state();
            back[i] = (System.nanoTime() - t0) / 1e6;
            if (gcCount() == collections) quiet[quietCount++] = back[i];
        }
        Arrays.sort(back);
        Arrays.sort(quiet, 0, quietCount);
        System.out.printf("  step back from the end to a random step (%d samples, snapshot every %d events): median "
            + "%.3f ms, 99th %.3f ms, max %.3f ms (target < 10 ms)%n", BACK_STEPS, options.snapshotInterval(),
            back[BACK_STEPS / 2], back[BACK_STEPS * 99 / 100], back[BACK_STEPS - 1]);
        System.out.printf("  the %d samples no garbage collection ran during: median %.3f ms, max %.3f ms%n",
            quietCount, quiet[quietCount / 2], quiet[Math.max(0, quietCount - 1)]);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("  heap in use with the session alive: %.1f MiB%n",
            (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += gc.getCollectionCount();
        return n;
    }

    private static BootSession run(BootArtifacts artifacts, BootOptions options) throws Exception {
        BootSession s = BootSession.start(artifacts, options);
        s.runToEnd();
        return s;
    }

    /** The sample with the longest successful partitioned boot (most events with the automatic switch count). */
    private static String largestSample() {
        String best = Samples.DEFAULT_DESIGN;
        int most = -1;
        for (String name : Samples.designs()) {
            BootSession s = SampleBoots.session(name, BootOptions.of(XenBootMode.PARTITIONED));
            s.runToEnd();
            if (s.verdict().success() && s.recordedSteps() > most) {
                most = s.recordedSteps();
                best = name;
            }
        }
        return best;
    }
}

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
import java.util.Locale;
import java.util.Random;

/**
 * On-demand benchmark of the boot (not a test): prints figures. Targets (issue #5): a full partitioned boot of the
 * largest sample plus 10,000 context switches under 200 ms in-process; stepping back to any step under 10 ms.
 * Besides wall-clock times it prints the thread's CPU time (the machine is shared: wall-clock outliers with a normal CPU
 * time are waits for a core), the garbage collections during the measured runs and the bytes allocated per boot.
 * The warm-up runs {@link #WARMUP} boots, then on until the collector has recycled the young generation twice: until
 * then every boot also pays for the first touch of fresh heap pages (about half its time on this machine), which a
 * running workbench has long paid; the first boot and the warm-up are printed too.
 * Run: {@code java -cp <test classpath> dev.mpuworkbench.emulator.bench.BootBenchmark [design [runs]]}.
 */
public final class BootBenchmark {
    private static final int SWITCHES = 10_000;
    private static final int WARMUP = 20;
    private static final int MAX_WARMUP = 300;
    private static final int BACK_STEPS = 1000;
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private BootBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String design = args.length > 0 ? args[0] : largestSample();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        BootArtifacts artifacts = SampleBoots.artifacts(design);
        BootOptions options = BootOptions.of(XenBootMode.PARTITIONED).withSwitches(SWITCHES);
        double[] warm = new double[MAX_WARMUP];
        int warmed = 0;
        long collections = 0;
        while (warmed < MAX_WARMUP && (warmed < WARMUP || gcCount() - collections < 2)) {
            long t0 = System.nanoTime();
            run(artifacts, options);
            warm[warmed++] = (System.nanoTime() - t0) / 1e6;
            if (warmed == WARMUP) collections = gcCount();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        BootSession last = null;
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = run(artifacts, options);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf(Locale.ROOT, "design %s: full partitioned boot + %d context switches, %d events%n", design,
            SWITCHES, last.recordedSteps());
        System.out.printf(Locale.ROOT, "  first boot in this JVM %.1f ms; %d warm-up runs: %s%n", warm[0], warmed,
            stats(Arrays.copyOf(warm, warmed)));
        System.out.printf(Locale.ROOT, "  boot + switches, %d runs after the warm-up (target < 200 ms):%n", runs);
        System.out.println("    wall clock " + stats(wall));
        System.out.println("    thread CPU " + stats(cpu));
        System.out.printf(Locale.ROOT, "    %d garbage collections, %d ms in all; %.1f MB allocated per boot%n",
            gcCount() - gcCount, gcMillis() - gcMillis, allocated / 1e6 / runs);
        System.out.println("  verdict: " + last.verdict());
        stepBack(last, options);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "  heap in use with the session alive: %.1f MiB%n",
            (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
    }

    /**
     * From the end to a random step and back, after a warm-up that also visits the first steps (the early boot
     * phases run only once per boot, so random targets alone would leave their code cold).
     */
    private static void stepBack(BootSession session, BootOptions options) {
        Random random = new Random(42);
        int total = session.recordedSteps();
        for (int i = 0; i < 3000; i++) {
            session.goTo(total);
            session.goTo(random.nextInt(total + 1));
            session.state();
        }
        for (int target = 0; target < Math.min(total, 3000); target += 7) {
            session.goTo(total);
            session.goTo(target);
            session.state();
        }
        double[] wall = new double[BACK_STEPS];
        double[] cpu = new double[BACK_STEPS];
        double[] quiet = new double[BACK_STEPS];
        int quietCount = 0;
        for (int i = 0; i < BACK_STEPS; i++) {
            session.goTo(total);
            int target = random.nextInt(total + 1);
            long collections = gcCount();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            session.goTo(target);
            session.state();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            if (gcCount() == collections) quiet[quietCount++] = wall[i];
        }
        System.out.printf(Locale.ROOT, "  step back from the end to a random step, %d samples, snapshot every %d events"
            + " (target < 10 ms):%n", BACK_STEPS, options.snapshotInterval());
        System.out.println("    wall clock " + stats3(wall));
        System.out.println("    thread CPU " + stats3(cpu));
        System.out.println("    wall clock of the " + quietCount + " samples no garbage collection ran during: "
            + stats3(Arrays.copyOf(quiet, quietCount)));
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.1f ms, 90th %.1f ms, min %.1f ms, max %.1f ms", s[s.length / 2],
            s[s.length * 9 / 10], s[0], s[s.length - 1]);
    }

    private static String stats3(double[] ms) {
        if (ms.length == 0) return "none";
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.3f ms, 99th %.3f ms, max %.3f ms", s[s.length / 2],
            s[s.length * 99 / 100], s[s.length - 1]);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += gc.getCollectionCount();
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += gc.getCollectionTime();
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

package dev.mpuworkbench.app.gui.bench;

import dev.mpuworkbench.app.gui.WorkbenchWindow;
import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Prints the workbench's speed figures (not a test). Targets: start-up to an interactive window under
 * 2 s; each update of a drag on a ~300-block design under 16 ms. Both run in child JVMs started with the
 * launcher's options ({@link #LAUNCHER_GUI_OPTIONS}), so the figures are those of {@code ./mpuwb}.
 * <pre>
 *   scripts/bench app dev.mpuworkbench.app.gui.bench.WorkbenchBench [startup|drag|all]
 * </pre>
 * With {@code BENCH_DUMP=1} the drag also prints every step's handler, repaint and pulse times.
 */
public final class WorkbenchBench {
    private static final int STARTUP_RUNS = 5;
    private static final int FIRST_DRAG_STEPS = 120;
    private static final int DRAG_STEPS = 300;
    private static final int WARM_DRAGS = 2;
    /** The JVM options {@code ./mpuwb} starts the workbench with; both measurements run in a JVM that has them. */
    static final List<String> LAUNCHER_GUI_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private WorkbenchBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        if (mode.equals("startup") || mode.equals("all")) startup();
        if (mode.equals("drag") || mode.equals("all")) inLauncherJvm(WorkbenchBench.class, "drag-here").inheritIO().start().waitFor();
        if (mode.equals("drag-here")) drag();
        System.exit(0);
    }

    /** A child JVM like the one the launcher starts, running {@code main} of {@code probe}. */
    private static ProcessBuilder inLauncherJvm(Class<?> probe, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(LAUNCHER_GUI_OPTIONS);
        for (String p : List.of("prism.order", "java.awt.headless")) {
            if (System.getProperty(p) != null) cmd.add("-D" + p + "=" + System.getProperty(p));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), probe.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    private static void startup() throws Exception {
        List<Long> jvm = new ArrayList<>();
        List<Long> launch = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < STARTUP_RUNS; i++) {
            Process p = inLauncherJvm(StartupProbe.class).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("STARTUP_MS ")) {
                        String[] f = line.split(" ");
                        jvm.add(Long.parseLong(f[1]));
                        launch.add(Long.parseLong(f[2]));
                        cpu.add(Long.parseLong(f[3]));
                    }
                }
            }
            p.waitFor(60, TimeUnit.SECONDS);
        }
        System.out.printf("startup (JVM start -> interactive window, default design), %d runs: median %d ms, min %d, max %d%n",
            jvm.size(), median(jvm), min(jvm), max(jvm));
        System.out.printf("startup (launcher call -> interactive window): median %d ms%n", median(launch));
        System.out.printf("startup CPU time of the process (all threads) until interactive: median %d ms; load average %s%n",
            median(cpu), String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
    }

    private static void drag() throws Exception {
        System.out.printf("load average %.1f on %d cores; JVM options %s%n", java.lang.management.ManagementFactory
            .getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(),
            java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX")).toList());
        Design design = StressDesign.about300Blocks();
        System.out.printf("drag: stress design with %d blocks, %d domains%n", DesignBlocks.of(design).size(),
            design.domains().size());
        Path config = Files.createTempDirectory("mpuwb-bench");
        Platform.startup(() -> { });
        WorkbenchWindow[] holder = new WorkbenchWindow[1];
        onFx(() -> {
            WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), design);
            WorkbenchWindow w = new WorkbenchWindow(new Stage(), model, noFiles(), new Autosave(config), Duration.hours(1));
            w.stage().setWidth(1440);
            w.stage().setHeight(900);
            w.show();
            holder[0] = w;
        });
        Thread.sleep(800);
        WorkbenchWindow w = holder[0];
        SubjectPath subject = SubjectPath.staticMem("rtos40", 0);
        onFx(() -> {
            w.map().zoomBy(6, 0);
            w.model().select(subject);
            w.map().reveal(subject);
        });
        Thread.sleep(300);
        PulseClock clock = new PulseClock();
        onFx(clock::start);
        report("first drag after opening", dragOnce(w, subject, clock, FIRST_DRAG_STEPS));
        for (int i = 0; i < WARM_DRAGS; i++) dragOnce(w, subject, clock, DRAG_STEPS);
        report("a later drag", dragOnce(w, subject, clock, DRAG_STEPS));
        Platform.exit();
    }

    /** Per-step figures of one drag, in nanoseconds. */
    private record DragFigures(long[] handler, long[] painted, long[] pulse, long[] interval, String undoStep,
                               long rendererCpuPerFrame) {
        long[] work() {
            long[] work = new long[handler.length];
            for (int i = 0; i < work.length; i++) work[i] = painted[i] + pulse[i];
            return work;
        }
    }

    /**
     * Drags the block down and back, one mouse event per frame, like a hand does. For each step it times the
     * event handler, the map's repaint, and the pulse that follows (animations such as the throttled table
     * refreshes, CSS and layout). The interval between laid-out frames also holds the wait for the renderer
     * to finish the previous frame, so it is what the eye sees.
     */
    private static DragFigures dragOnce(WorkbenchWindow w, SubjectPath subject, PulseClock clock, int steps)
        throws Exception {
        double[] at = new double[2];
        onFx(() -> {
            w.map().reveal(subject);
            Bounds b = w.map().blockBounds(subject).orElseThrow();
            at[0] = b.getCenterX();
            at[1] = b.getMinY() + b.getHeight() / 2;
            fire(w, MouseEvent.MOUSE_PRESSED, at[0], at[1]);
        });
        long[] handler = new long[steps];
        long[] painted = new long[steps];
        long[] pulse = new long[steps];
        long[] laidOut = new long[steps];
        Node canvas = canvasOf(w);
        long rendererCpu = rendererCpuNanos();
        for (int i = 0; i < steps; i++) {
            int step = i;
            double y = at[1] + 2 + triangle(i, 40);
            CountDownLatch done = new CountDownLatch(1);
            Runnable[] after = new Runnable[1];
            after[0] = () -> {
                laidOut[step] = System.nanoTime();
                pulse[step] = laidOut[step] - clock.lastPulseStart();
                w.stage().getScene().removePostLayoutPulseListener(after[0]);
                done.countDown();
            };
            Platform.runLater(() -> {
                w.stage().getScene().addPostLayoutPulseListener(after[0]);
                long t0 = System.nanoTime();
                Event.fireEvent(canvas, mouse(MouseEvent.MOUSE_DRAGGED, canvas, at[0], y));
                handler[step] = System.nanoTime() - t0;
                w.map().paint();
                painted[step] = System.nanoTime() - t0;
            });
            if (!done.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("no pulse after step " + i);
        }
        long rendererPerFrame = (rendererCpuNanos() - rendererCpu) / steps;
        String[] undoStep = new String[1];
        onFx(() -> {
            fire(w, MouseEvent.MOUSE_RELEASED, at[0], at[1] + 10);
            undoStep[0] = w.model().undoDescriptionProperty().get();
            w.model().undo();
        });
        long[] interval = new long[steps - 1];
        for (int i = 1; i < steps; i++) interval[i - 1] = laidOut[i] - laidOut[i - 1];
        return new DragFigures(handler, painted, pulse, interval, undoStep[0], rendererPerFrame);
    }

    /** CPU time of JavaFX's render thread so far (it paints each frame after the FX thread laid it out). */
    private static long rendererCpuNanos() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
            .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
    }

    /** 0, 1, ..., period, period - 1, ..., 0, 1, ...: the pointer goes down and comes back. */
    private static double triangle(int i, int period) {
        int phase = i % (2 * period);
        return phase <= period ? phase : 2 * period - phase;
    }

    private static void report(String title, DragFigures f) {
        if (System.getenv("BENCH_DUMP") != null) {
            for (int i = 0; i < f.handler().length; i++) System.out.printf("  step %d handler %.1f paint %.1f pulse %.1f%n", i,
                ms(f.handler()[i]), ms(f.painted()[i] - f.handler()[i]), ms(f.pulse()[i]));
        }
        System.out.printf("%s, %d steps:%n", title, f.handler().length);
        line("event handler (edit, validation, plan, views)", f.handler());
        line("handler + map repaint", f.painted());
        line("pulse: animations, CSS, layout", f.pulse());
        line("FX-thread work per frame (all of the above)", f.work());
        line("interval between frames (incl. rendering)", f.interval());
        System.out.printf("    frames per second: %.0f (median interval); renderer thread CPU per frame %.2f ms (mean)%n",
            1e9 / median(f.interval()), ms(f.rendererCpuPerFrame()));
        System.out.printf("    after the drop, one undo step: %s%n", f.undoStep());
    }

    private static void line(String what, long[] v) {
        System.out.printf("    %-46s median %6.2f ms, p95 %6.2f, max %6.2f%n", what, ms(median(v)), ms(p95(v)), ms(max(v)));
    }

    /** Keeps pulses coming and remembers when the latest one began. */
    private static final class PulseClock extends AnimationTimer {
        private volatile long lastPulseStart;

        @Override
        public void handle(long now) {
            lastPulseStart = now;
        }

        long lastPulseStart() {
            return lastPulseStart;
        }
    }

    private static Node canvasOf(WorkbenchWindow w) {
        return w.map().getChildrenUnmodifiable().get(0);
    }

    private static void fire(WorkbenchWindow w, javafx.event.EventType<MouseEvent> type, double x, double y) {
        Node canvas = canvasOf(w);
        Event.fireEvent(canvas, mouse(type, canvas, x, y));
    }

    /** A primary-button mouse event at a point of {@code target} (the constructor takes scene coordinates). */
    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, Node target, double x, double y) {
        var scene = target.localToScene(x, y);
        var screen = target.localToScreen(x, y);
        return new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.PRIMARY, 1,
            false, false, false, false, true, false, false, false, false, false, null);
    }

    private static FileDialogs noFiles() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("FX thread busy");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long p95(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(s.length * 0.95))];
    }

    private static long max(long[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static long median(List<Long> v) {
        return v.isEmpty() ? -1 : v.stream().sorted().toList().get(v.size() / 2);
    }

    private static long min(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private static long max(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}

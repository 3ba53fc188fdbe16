package dev.mpuworkbench.app.gui.boot.bench;

import dev.mpuworkbench.app.gui.boot.BootView;
import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootRunner;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.emulator.session.BootOptions;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * On-demand benchmark of the boot view with a long boot (default 3300 context switches, about 150k events):
 * how long the first boot takes, what one move costs at the end of the log, and (with a display, e.g.
 * {@code xvfb-run -a}) how long the view takes to show the boot and to answer a step. Prints figures; asserts nothing.
 * Run with the test classpath: {@code java -cp ... dev.mpuworkbench.app.gui.boot.bench.BootViewBench [SWITCHES] [--no-fx]}.
 */
public final class BootViewBench {
    private BootViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int switches = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 3300;
        boolean withFx = java.util.Arrays.stream(args).noneMatch("--no-fx"::equals);
        Design design = DesignLoader.defaultDesign();
        runner(design, switches);
        if (withFx) view(design, switches);
        System.exit(0);
    }

    private static void runner(Design design, int switches) {
        long t0 = System.nanoTime();
        BootRunner r = new BootRunner(1, design, BootOptions.of(XenBootMode.PARTITIONED).withSwitches(switches));
        BootFrame f = r.start(() -> false, s -> { });
        double startMs = ms(t0);
        int total = f.recorded();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "runner: %d switches, %d events, first boot to the end %.0f ms, heap after %.0f MiB%n",
            switches, total, startMs, used / 1048576.0);
        Random random = new Random(1);
        int n = 200;
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) r.goTo(1 + random.nextInt(total));
        System.out.printf(Locale.ROOT, "runner: go to a random step %.2f ms a move (%d moves)%n", ms(t0) / n, n);
        r.goTo(total / 2);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) r.step();
        System.out.printf(Locale.ROOT, "runner: step forward %.3f ms a step%n", ms(t0) / n);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) r.stepBack();
        System.out.printf(Locale.ROOT, "runner: step back %.3f ms a step (a replay from the snapshot before)%n",
            ms(t0) / n);
    }

    private static void view(Design design, int switches) throws Exception {
        Platform.startup(() -> { });
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), design);
        BootView[] view = new BootView[1];
        CountDownLatch first = new CountDownLatch(1);
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-boot-session");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Executor timedFx = r -> Platform.runLater(() -> {
            long s = System.nanoTime();
            r.run();
            applyNanos += System.nanoTime() - s;
        });
        fx(() -> {
            view[0] = new BootView(new BootViewModel(model, worker, timedFx));
            BootViewModel vm = view[0].viewModel();
            vm.switchesProperty().set(switches);
            vm.frameProperty().addListener((o, a, f) -> {
                if (f != null) first.countDown();
            });
            stage = new Stage();
            stage.setScene(new Scene(view[0], 1440, 900));
            stage.show();
        });
        if (!first.await(600, TimeUnit.SECONDS)) throw new IllegalStateException("no first frame");
        fx(() -> { });
        BootViewModel vm = view[0].viewModel();
        System.out.printf(Locale.ROOT, "view: shown with %d events in the log after %.0f ms%n", vm.events().size(),
            ms(t0));
        move(vm, v -> v.goTo(vm.totalProperty().get() - 100));
        int n = 50;
        long idle0 = System.nanoTime();
        for (int i = 0; i < 20; i++) move(vm, v -> { });
        System.out.printf(Locale.ROOT, "view: a pulse with nothing changed %.2f ms%n", ms(idle0) / 20);
        applyNanos = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) move(vm, BootViewModel::step);
        System.out.printf(Locale.ROOT, "view: of which showing the frame on the FX thread %.2f ms%n",
            applyNanos / 1e6 / n);
        System.out.printf(Locale.ROOT, "view: a step at the end of the log, command to shown, %.2f ms%n", ms(t0) / n);
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) move(vm, BootViewModel::stepBack);
        System.out.printf(Locale.ROOT, "view: a step back, command to shown, %.2f ms%n", ms(t0) / n);
        Platform.exit();
    }

    private static long applyNanos;
    private static Stage stage;

    /** Runs a move and waits until its frame is shown and a pulse has laid out and drawn it. */
    private static void move(BootViewModel vm, Consumer<BootViewModel> action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        fx(() -> {
            javafx.beans.value.ChangeListener<Boolean> idle = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean busy) {
                    if (!busy) {
                        vm.busyProperty().removeListener(this);
                        done.countDown();
                    }
                }
            };
            vm.busyProperty().addListener(idle);
            action.accept(vm);
            if (!vm.busyProperty().get()) {
                vm.busyProperty().removeListener(idle);
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("no frame");
        CountDownLatch drawn = new CountDownLatch(1);
        fx(() -> {
            Runnable after = new Runnable() {
                @Override
                public void run() {
                    stage.getScene().removePostLayoutPulseListener(this);
                    drawn.countDown();
                }
            };
            stage.getScene().addPostLayoutPulseListener(after);
            Platform.requestNextPulse();
        });
        drawn.await();
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}

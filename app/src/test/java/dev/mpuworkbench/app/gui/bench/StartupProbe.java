package dev.mpuworkbench.app.gui.bench;

import dev.mpuworkbench.app.gui.WorkbenchLauncher;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One start of the workbench the way {@code ./mpuwb} starts it (launcher, default design, validation,
 * plan, window), timed from JVM start until the first pulse after the window is shown has been laid out.
 * Prints {@code STARTUP_MS <jvm-to-interactive> <launch-to-interactive> <process-cpu-ms>} and exits (the CPU
 * time of all threads says how much work it was, whatever else the machine is doing).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("mpuwb.configDir", Files.createTempDirectory("mpuwb-startup").toString());
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long launch = System.currentTimeMillis();
        Thread watcher = new Thread(() -> watch(jvmStart, launch), "startup-watcher");
        watcher.setDaemon(true);
        watcher.start();
        WorkbenchLauncher.launch(null);
    }

    private static void watch(long jvmStart, long launch) {
        boolean[] hooked = {false};
        while (!hooked[0]) {
            try {
                Thread.sleep(2);
                Platform.runLater(() -> {
                    if (hooked[0]) return;
                    for (Window w : Window.getWindows()) {
                        if (w instanceof Stage s && s.isShowing() && s.getScene() != null) {
                            hooked[0] = true;
                            Runnable[] once = new Runnable[1];
                            once[0] = () -> {
                                s.getScene().removePostLayoutPulseListener(once[0]);
                                long now = System.currentTimeMillis();
                                long cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                                    .getProcessCpuTime() / 1_000_000;
                                System.out.println("STARTUP_MS " + (now - jvmStart) + " " + (now - launch) + " " + cpu);
                                Platform.exit();
                            };
                            s.getScene().addPostLayoutPulseListener(once[0]);
                            Platform.requestNextPulse();
                            return;
                        }
                    }
                });
            } catch (IllegalStateException notYetStarted) {
                // the toolkit is still starting
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}

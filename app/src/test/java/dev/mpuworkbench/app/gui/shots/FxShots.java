package dev.mpuworkbench.app.gui.shots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** What the screenshot tools share: run code on the FX thread and wait, and write a node as a PNG. */
public final class FxShots {
    /** Code to run on the FX thread. */
    public interface FxCall {
        void call() throws Exception;
    }

    private FxShots() {
    }

    /** Runs {@code call} on the FX thread and waits for it (30 s at most); rethrows what it threw. */
    public static void onFxThread(FxCall call) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                call.call();
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the FX thread did not answer");
        if (failure[0] != null) throw failure[0];
    }

    /** Snapshots {@code node} as it is drawn now and writes it to {@code file} as a PNG. */
    public static void shoot(Node node, Path file) throws Exception {
        onFxThread(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("wrote " + file);
    }
}

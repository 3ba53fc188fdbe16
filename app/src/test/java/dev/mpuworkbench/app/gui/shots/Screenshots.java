package dev.mpuworkbench.app.gui.shots;

import dev.mpuworkbench.app.gui.WorkbenchWindow;
import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes PNG screenshots of the workbench and of each view, to look at them (and for the README).
 * Run under a display (or {@code xvfb-run -a}) with the test classpath:
 * {@code java -cp ... dev.mpuworkbench.app.gui.shots.Screenshots OUTDIR [sample]}.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String sample = args.length > 1 ? args[1] : "fvp-default";
        Files.createDirectories(out);
        Path config = Files.createTempDirectory("mpuwb-shots");
        Platform.startup(() -> { });
        run(() -> {
            Design design = DesignLoader.sample(sample);
            WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), design);
            FileDialogs none = new FileDialogs() {
                @Override
                public Optional<Path> chooseOpen(javafx.stage.Window owner) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> chooseSave(javafx.stage.Window owner, String suggestedName) {
                    return Optional.empty();
                }
            };
            WorkbenchWindow window = new WorkbenchWindow(new Stage(), model, none, new Autosave(config),
                Duration.hours(1));
            window.stage().setWidth(1440);
            window.stage().setHeight(900);
            window.show();
            holder[0] = window;
            return null;
        });
        WorkbenchWindow w = holder[0];
        pause();
        run(() -> {
            w.model().select(SubjectPath.staticMem("domU1", 0));
            return null;
        });
        pause();
        shoot(w.stage().getScene().getRoot(), out.resolve("workbench-" + sample + ".png"));
        shoot(w.map(), out.resolve("map-" + sample + ".png"));
        shoot(w.outline(), out.resolve("outline-" + sample + ".png"));
        shoot(w.properties(), out.resolve("properties-" + sample + ".png"));
        shoot(w.problems(), out.resolve("problems-" + sample + ".png"));
        run(() -> {
            w.bottomTabs().getSelectionModel().select(1);
            return null;
        });
        pause();
        shoot(w.planView(), out.resolve("plan-" + sample + ".png"));
        shoot(w.stage().getScene().getRoot(), out.resolve("workbench-plan-" + sample + ".png"));
        for (SubjectPath subject : new SubjectPath[] {SubjectPath.XEN_IMAGE, SubjectPath.domain("domU2")}) {
            run(() -> {
                w.model().select(subject);
                return null;
            });
            pause();
            shoot(w.properties(), out.resolve("properties-" + subject.value().replace('/', '-') + "-" + sample + ".png"));
        }
        run(() -> {
            w.map().zoomToFit();
            return null;
        });
        pause();
        shoot(w.map(), out.resolve("map-fit-" + sample + ".png"));
        run(() -> {
            w.centreTabs().getSelectionModel().select(1);
            return null;
        });
        Thread.sleep(8000);
        shoot(w.stage().getScene().getRoot(), out.resolve("workbench-boot-" + sample + ".png"));
        Platform.exit();
        System.exit(0);
    }

    private static final WorkbenchWindow[] holder = new WorkbenchWindow[1];

    interface FxCall {
        Object call() throws Exception;
    }

    private static void run(FxCall call) throws Exception {
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

    private static void pause() throws InterruptedException {
        Thread.sleep(700);
    }

    private static void shoot(Node node, Path file) throws Exception {
        run(() -> {
            WritableImage image = node.snapshot(null, null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.println("wrote " + file);
    }
}

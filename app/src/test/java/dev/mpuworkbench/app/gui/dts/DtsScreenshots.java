package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes PNG screenshots of the Device tree tab: the design's DTS with a subject selected, and the same after
 * an apply refused for a binding problem. Run under a display (or {@code xvfb-run -a}) with the test classpath:
 * {@code java -cp ... dev.mpuworkbench.app.gui.dts.DtsScreenshots OUTDIR}.
 */
public final class DtsScreenshots {
    private static DtsEditorView view;
    private static Stage stage;

    private DtsScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/dts-screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        fx(() -> {
            view = new DtsEditorView(model);
            stage = new Stage();
            stage.setScene(new Scene(view, 1100, 640));
            stage.getScene().getStylesheets().add(DtsEditorView.class
                .getResource("/dev/mpuworkbench/app/gui/workbench.css").toExternalForm());
            stage.show();
        });
        Thread.sleep(500);
        fx(() -> model.select(SubjectPath.domain("domU1")));
        Thread.sleep(500);
        shoot(out.resolve("devicetree.png"));
        fx(() -> {
            DtsViewModel vm = view.viewModel();
            vm.textProperty().set(vm.text().replace("xen,static-mem = <0x00 0x20000000 0x00 0x8000000>;",
                "xen,static-mem = <0x00 0x20000000 0x00>;"));
            view.area().requestFocus();
            view.area().moveTo(0);
        });
        fx(() -> ((javafx.scene.control.Button) view.lookup("#dts-apply")).fire());
        Thread.sleep(500);
        shoot(out.resolve("devicetree-error.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the FX thread did not answer");
        if (failure[0] != null) throw new IllegalStateException(failure[0]);
    }

    private static void shoot(Path file) throws Exception {
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null), "png",
                    file.toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("wrote " + file);
    }
}

package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.app.gui.shots.FxShots;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

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
        FxShots.onFxThread(() -> {
            view = new DtsEditorView(model);
            stage = new Stage();
            stage.setScene(new Scene(view, 1100, 640));
            stage.getScene().getStylesheets().add(DtsEditorView.class
                .getResource("/dev/mpuworkbench/app/gui/workbench.css").toExternalForm());
            stage.show();
        });
        Thread.sleep(500);
        FxShots.onFxThread(() -> model.select(SubjectPath.domain("domU1")));
        Thread.sleep(500);
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("devicetree.png"));
        FxShots.onFxThread(() -> {
            DtsViewModel vm = view.viewModel();
            vm.textProperty().set(vm.text().replace("xen,static-mem = <0x00 0x20000000 0x00 0x8000000>;",
                "xen,static-mem = <0x00 0x20000000 0x00>;"));
            view.area().requestFocus();
            view.area().moveTo(0);
        });
        FxShots.onFxThread(() -> ((javafx.scene.control.Button) view.lookup("#dts-apply")).fire());
        Thread.sleep(500);
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("devicetree-error.png"));
        Platform.exit();
        System.exit(0);
    }

}

package dev.mpuworkbench.app.gui.shots;

import dev.mpuworkbench.app.gui.WorkbenchWindow;
import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

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
        FxShots.onFxThread(() -> {
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
        });
        WorkbenchWindow w = holder[0];
        pause();
        FxShots.onFxThread(() -> {
            w.model().select(SubjectPath.staticMem("domU1", 0));
        });
        pause();
        FxShots.shoot(w.stage().getScene().getRoot(), out.resolve("workbench-" + sample + ".png"));
        FxShots.shoot(w.map(), out.resolve("map-" + sample + ".png"));
        FxShots.shoot(w.outline(), out.resolve("outline-" + sample + ".png"));
        FxShots.shoot(w.properties(), out.resolve("properties-" + sample + ".png"));
        FxShots.shoot(w.problems(), out.resolve("problems-" + sample + ".png"));
        FxShots.onFxThread(() -> {
            w.bottomTabs().getSelectionModel().select(1);
        });
        pause();
        FxShots.shoot(w.planView(), out.resolve("plan-" + sample + ".png"));
        FxShots.shoot(w.stage().getScene().getRoot(), out.resolve("workbench-plan-" + sample + ".png"));
        for (SubjectPath subject : new SubjectPath[] {SubjectPath.XEN_IMAGE, SubjectPath.domain("domU2")}) {
            FxShots.onFxThread(() -> {
                w.model().select(subject);
            });
            pause();
            FxShots.shoot(w.properties(), out.resolve("properties-" + subject.value().replace('/', '-') + "-" + sample + ".png"));
        }
        FxShots.onFxThread(() -> {
            w.map().zoomToFit();
        });
        pause();
        FxShots.shoot(w.map(), out.resolve("map-fit-" + sample + ".png"));
        FxShots.onFxThread(() -> {
            w.centreTabs().getSelectionModel().select(1);
        });
        Thread.sleep(8000);
        FxShots.shoot(w.stage().getScene().getRoot(), out.resolve("workbench-boot-" + sample + ".png"));
        Platform.exit();
        System.exit(0);
    }

    private static final WorkbenchWindow[] holder = new WorkbenchWindow[1];

    private static void pause() throws InterruptedException {
        Thread.sleep(700);
    }

}

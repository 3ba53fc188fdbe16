package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.shots.FxShots;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.BreakpointChoice;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Writes PNG screenshots of the boot view at telling steps, to look at them (and for the README). Run under a
 * display (or {@code xvfb-run -a}) with the test classpath:
 * {@code java -cp ... dev.mpuworkbench.app.gui.boot.BootScreenshots OUTDIR [WIDTH HEIGHT]}.
 */
public final class BootScreenshots {
    private static BootView view;
    private static Stage stage;

    private BootScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/boot-screenshots");
        double width = args.length > 2 ? Double.parseDouble(args[1]) : 1440;
        double height = args.length > 2 ? Double.parseDouble(args[2]) : 900;
        Files.createDirectories(out);
        Platform.startup(() -> { });
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        FxShots.onFxThread(() -> {
            view = new BootView(model);
            stage = new Stage();
            stage.setScene(new Scene(view, width, height));
            stage.show();
        });
        BootViewModel vm = view.viewModel();
        idle(vm);
        move(vm, v -> v.goToPhase(Phase.P4));
        move(vm, BootViewModel::stepBack);
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-end-of-p3.png"));
        move(vm, v -> v.goToPhase(Phase.P3));
        for (int i = 0; i < 4; i++) move(vm, BootViewModel::step);
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-p3-prbar-written.png"));
        move(vm, v -> v.runTo(BreakpointChoice.of(BreakpointChoice.Kind.FAULT)));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-fault.png"));
        FxShots.onFxThread(() -> view.registerTabs().getSelectionModel().select(2));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-fault-controls.png"));
        FxShots.onFxThread(() -> view.registerTabs().getSelectionModel().select(1));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-fault-el1.png"));
        FxShots.onFxThread(() -> view.registerTabs().getSelectionModel().select(0));
        move(vm, v -> v.runTo(BreakpointChoice.of(BreakpointChoice.Kind.DOMAIN_CRASH)));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-domain-crash.png"));
        move(vm, v -> v.goToPhase(Phase.R2));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-runtime.png"));
        FxShots.onFxThread(() -> {
            long base = model.block(SubjectPath.staticMem("domU1", 0)).orElseThrow().range().base();
            model.apply(new MoveBlock(SubjectPath.staticMem("domU1", 0), base + 0x20_0000));
        });
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-stale.png"));
        move(vm, v -> v.modeProperty().set(XenBootMode.UPSTREAM));
        move(vm, v -> v.goTo(Integer.MAX_VALUE));
        FxShots.shoot(stage.getScene().getRoot(), out.resolve("boot-upstream-end.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void move(BootViewModel vm, Consumer<BootViewModel> action) throws Exception {
        FxShots.onFxThread(() -> action.accept(vm));
        idle(vm);
    }

    private static void idle(BootViewModel vm) throws Exception {
        boolean[] ready = {false};
        for (int i = 0; i < 600 && !ready[0]; i++) {
            FxShots.onFxThread(() -> ready[0] = vm.frame() != null && !vm.busyProperty().get());
            if (!ready[0]) Thread.sleep(50);
        }
        if (!ready[0]) throw new IllegalStateException("the boot session did not answer within 30 s");
        Thread.sleep(400);
    }

}

package dev.mpuworkbench.app.gui;

import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Work that does not need the JavaFX thread, started while the toolkit starts: reading the design,
 * a first validation and plan (so their classes are loaded and warm), and loading the control classes
 * the window is built from. Start-up then overlaps it with the toolkit's own start.
 */
final class StartupPreload {
    /** The design to open, or why the one asked for could not be read. */
    record Result(Design design, String argument, String error) {
    }

    private static final List<String> CLASSES = List.of("javafx.scene.control.TreeView", "javafx.scene.control.TableView",
        "javafx.scene.control.skin.TreeViewSkin", "javafx.scene.control.skin.TableViewSkin",
        "javafx.scene.control.skin.VirtualFlow", "javafx.scene.control.SplitPane", "javafx.scene.control.TabPane",
        "javafx.scene.control.skin.TabPaneSkin", "javafx.scene.control.MenuBar", "javafx.scene.control.ToolBar",
        "javafx.scene.control.ComboBox", "javafx.scene.canvas.Canvas", "org.controlsfx.control.PropertySheet",
        "impl.org.controlsfx.skin.PropertySheetSkin", "org.controlsfx.control.SegmentedButton");

    private final CompletableFuture<Result> result;

    private StartupPreload(String argument) {
        result = CompletableFuture.supplyAsync(() -> load(argument));
        CompletableFuture.runAsync(StartupPreload::loadClasses);
    }

    static StartupPreload start(String argument) {
        return new StartupPreload(argument);
    }

    private static Result load(String argument) {
        Design design = null;
        String error = null;
        if (argument != null) {
            try {
                design = DesignLoader.load(argument);
            } catch (DesignLoadException e) {
                error = e.getMessage();
            }
        }
        if (design == null) design = DesignLoader.defaultDesign();
        DesignValidator.full().validate(design);
        MpuPlanner.plan(design);
        return new Result(design, argument, error);
    }

    private static void loadClasses() {
        ClassLoader loader = StartupPreload.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start; the window loads what it needs anyway
            }
        }
    }

    Result await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the design", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the design failed: " + e.getCause(), e.getCause());
        }
    }
}

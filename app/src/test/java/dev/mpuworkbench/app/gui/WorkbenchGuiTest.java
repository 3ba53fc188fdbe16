package dev.mpuworkbench.app.gui;

import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real workbench window per test (TestFX, under Xvfb when headless), with file dialogs that answer
 * from a queue and an autosave directory of its own.
 */
abstract class WorkbenchGuiTest extends ApplicationTest {
    static final SubjectPath DOMU1_RAM = SubjectPath.staticMem("domU1", 0);
    static final SubjectPath DOMU2_RAM = SubjectPath.staticMem("domU2", 0);

    @TempDir
    Path temp;

    WorkbenchWindow window;
    WorkbenchModel model;
    MemoryMapView map;
    final QueuedFileDialogs files = new QueuedFileDialogs();

    Design initialDesign() {
        return DesignLoader.defaultDesign();
    }

    Path configDir() {
        return temp.resolve("config");
    }

    @Override
    public void start(Stage stage) {
        model = new WorkbenchModel(DesignValidator.full(), initialDesign());
        window = new WorkbenchWindow(stage, model, files, new Autosave(configDir()), Duration.hours(1));
        map = window.map();
        stage.setX(0);
        stage.setY(0);
        window.show();
        stage.toFront();
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w != window.stage() && w.isShowing()) w.hide();
            }
        });
    }

    AddressRange rangeOf(SubjectPath subject) {
        return DesignPlacement.rangeOf(model.design(), subject).orElseThrow();
    }

    /** A whole-pixel screen point inside the map, and the map-local point the robot's events will report. */
    Point2D screenPointInMap(double localX, double localY) {
        Point2D screen = map.localToScreen(localX, localY);
        return new Point2D(Math.round(screen.getX()), Math.round(screen.getY()));
    }

    Bounds blockInMap(SubjectPath subject) {
        interact(() -> map.reveal(subject));
        return map.blockBounds(subject).orElseThrow(() -> new AssertionError("no block for " + subject));
    }

    /** Runs on the FX thread without waiting for it to finish (for actions that open a modal dialog). */
    void later(Runnable action) {
        javafx.application.Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    Optional<DialogPane> dialog(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#" + id).tryQuery().map(n -> (DialogPane) n);
    }

    /** Clicks a button of an open dialog (by text; "Save" is also on the toolbar behind it). */
    void clickDialogButton(String dialogId, String text) {
        clickOn(lookup("#" + dialogId + " .button").match(n -> n instanceof javafx.scene.control.Button b
            && text.equals(b.getText())).queryButton());
    }

    <T extends Node> T node(String query, Class<T> type) {
        return lookup(query).queryAs(type);
    }

    /** File dialogs that answer with the paths a test queued (or "cancelled" when none). */
    static final class QueuedFileDialogs implements FileDialogs {
        final Deque<Path> opens = new ArrayDeque<>();
        final Deque<Path> saves = new ArrayDeque<>();

        @Override
        public Optional<Path> chooseOpen(Window owner) {
            return Optional.ofNullable(opens.poll());
        }

        @Override
        public Optional<Path> chooseSave(Window owner, String suggestedName) {
            return Optional.ofNullable(saves.poll());
        }
    }
}

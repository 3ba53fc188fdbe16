package dev.mpuworkbench.app.gui;

import dev.mpuworkbench.app.gui.boot.BootView;
import dev.mpuworkbench.app.gui.dts.DtsEditorView;
import dev.mpuworkbench.app.gui.actions.DesignActions;
import dev.mpuworkbench.app.gui.actions.Dialogs;
import dev.mpuworkbench.app.gui.actions.DocumentController;
import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.actions.MainMenu;
import dev.mpuworkbench.app.gui.actions.MainToolBar;
import dev.mpuworkbench.app.gui.icons.GuiIcons;
import dev.mpuworkbench.app.gui.map.MemoryMapView;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.PlanModel;
import dev.mpuworkbench.app.gui.plan.PlanView;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.gui.outline.OutlineView;
import dev.mpuworkbench.app.gui.problems.ProblemsView;
import dev.mpuworkbench.app.gui.properties.PropertiesView;
import dev.mpuworkbench.app.gui.status.StatusBar;
import java.io.IOException;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menu and toolbar on top, outline on the left, memory map in the centre with the
 * problems below it, properties on the right, status bar at the bottom. It owns the autosave timer.
 */
public final class WorkbenchWindow {
    public static final Duration AUTOSAVE_INTERVAL = Duration.seconds(5);

    private final Stage stage;
    private final WorkbenchModel model;
    private final PlanModel plan;
    private final MemoryMapView map;
    private final PlanView planView;
    private final OutlineView outline;
    private final PropertiesView properties;
    private final ProblemsView problems;
    private final DocumentController documents;
    private final DesignActions actions;
    private final Autosave autosave;
    private final Timeline autosaveTimer;
    private final TabPane rightTabs;
    private final TabPane bottomTabs;
    private final TabPane centreTabs;

    public WorkbenchWindow(Stage stage, WorkbenchModel model, FileDialogs files, Autosave autosave, Duration autosaveEvery) {
        this.stage = stage;
        this.model = model;
        this.autosave = autosave;
        plan = new PlanModel(model);
        map = new MemoryMapView(model, plan);
        planView = new PlanView(model, plan);
        outline = new OutlineView(model);
        properties = new PropertiesView(model);
        problems = new ProblemsView(model);
        Dialogs dialogs = new Dialogs(stage);
        documents = new DocumentController(stage, model, files, dialogs, autosave);
        actions = new DesignActions(stage, model, files, dialogs, documents);

        Tab problemsTab = tab("Problems", "tab-problems", problems);
        problemsTab.textProperty().bind(Bindings.size(model.diagnostics()).asString("Problems (%d)"));
        bottomTabs = new TabPane(problemsTab, tab("MPU plan", "tab-plan", planView));
        bottomTabs.getTabs().add(tab("Device tree", "tab-devicetree", new DtsEditorView(model)));
        SplitPane layout = new SplitPane(map, bottomTabs);
        layout.setOrientation(Orientation.VERTICAL);
        layout.setDividerPositions(0.66);
        rightTabs = new TabPane(tab("Properties", "tab-properties", properties));
        SplitPane main = new SplitPane(outline, layout, rightTabs);
        main.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(outline, false);
        SplitPane.setResizableWithParent(rightTabs, false);
        centreTabs = new TabPane(tab("Layout", "tab-layout", main), tab("Boot", "tab-boot", new BootView(model)));

        BorderPane root = new BorderPane(centreTabs);
        root.setTop(new VBox(MainMenu.create(model, documents, actions, map),
            MainToolBar.create(model, documents, actions, map)));
        root.setBottom(new StatusBar(model, map));
        root.getStyleClass().add("workbench");

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
            WorkbenchWindow.class.getResource("workbench.css"), "workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
        stage.setScene(scene);
        stage.getIcons().setAll(GuiIcons.app());
        stage.setTitle(title());
        javafx.beans.InvalidationListener retitle = o -> {
            String t = title();
            if (!t.equals(stage.getTitle())) stage.setTitle(t);
        };
        model.designProperty().addListener(retitle);
        model.fileProperty().addListener(retitle);
        model.dirtyProperty().addListener(retitle);
        stage.setOnCloseRequest(documents::onCloseRequest);

        autosaveTimer = new Timeline(new KeyFrame(autosaveEvery, e -> autosaveNow()));
        autosaveTimer.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> autosaveTimer.stop());
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private String title() {
        String file = model.file() == null ? "not saved" : model.file().getFileName().toString();
        return (model.isDirty() ? "• " : "") + model.design().name() + " — " + file + " — MPU Workbench";
    }

    public void show() {
        stage.show();
        autosaveTimer.play();
        EditPathWarmup.start(model.validator(), model.design());
    }

    /** Writes the recovery file now if the work is unsaved (the timer calls this). */
    public void autosaveNow() {
        try {
            autosave.saveIfNeeded(model);
        } catch (IOException e) {
            model.messageProperty().set("Autosave to " + autosave.file() + " failed: " + e.getMessage());
        }
    }

    public Stage stage() {
        return stage;
    }

    public WorkbenchModel model() {
        return model;
    }

    public MemoryMapView map() {
        return map;
    }

    public OutlineView outline() {
        return outline;
    }

    public PropertiesView properties() {
        return properties;
    }

    public ProblemsView problems() {
        return problems;
    }

    public DesignActions actions() {
        return actions;
    }

    public PlanModel plan() {
        return plan;
    }

    public PlanView planView() {
        return planView;
    }

    public DocumentController documents() {
        return documents;
    }

    /** The tabs under the map: problems and the MPU plan. */
    /** The layout (outline, map, problems, plan, device tree, properties) and the boot, as two tabs. */
    public TabPane centreTabs() {
        return centreTabs;
    }

    public TabPane bottomTabs() {
        return bottomTabs;
    }

    /** The tabs on the right. */
    public TabPane rightTabs() {
        return rightTabs;
    }
}

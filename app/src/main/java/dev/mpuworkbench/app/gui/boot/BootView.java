package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The boot view: the design's exported files booted in the emulator, moved by event, by phase or to a breakpoint,
 * with the live EL2 and EL1 MPU registers, the regions over the memory, the domains, the event log and the latest
 * fault. Keys while it is shown: F10 step, Shift+F10 step back, F5 run. The first boot starts when the view is
 * first shown.
 */
public final class BootView extends BorderPane {
    /** The verdict keeps its whole text up to this width; the note beside it gives way first. */
    private static final double VERDICT_MAX_WIDTH = 560;

    private final BootViewModel vm;
    private final BootControls controls;
    private final PhaseList phases;
    private final RegionTable el2;
    private final RegionTable el1;
    private final ControlTable controlTable;
    private final RegionOverlay overlay;
    private final EventLog log;
    private final DomainsPane domains;
    private final FaultPanel fault;
    private final TabPane registerTabs;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private boolean startRequested;

    public BootView(WorkbenchModel model) {
        this(new BootViewModel(model));
    }

    public BootView(BootViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        setId("boot-view");
        getStyleClass().add("boot-view");
        getStylesheets().add(Objects.requireNonNull(BootView.class.getResource("/dev/mpuworkbench/app/gui/boot.css"),
            "boot.css").toExternalForm());
        controls = new BootControls(vm);
        phases = new PhaseList(vm);
        el2 = new RegionTable("boot-el2", true);
        el1 = new RegionTable("boot-el1", false);
        controlTable = new ControlTable();
        overlay = new RegionOverlay(vm);
        log = new EventLog(vm);
        domains = new DomainsPane(vm);
        fault = new FaultPanel(vm);

        registerTabs = new TabPane(tab("EL2 MPU", "tab-boot-el2", el2), tab("EL1 MPU", "tab-boot-el1", el1),
            tab("Control registers", "tab-boot-controls", controlTable), tab("Domains", "tab-boot-domains", domains));
        VBox registers = new VBox(overlayHeader(), overlay, registerTabs);
        VBox.setVgrow(registerTabs, Priority.ALWAYS);
        SplitPane bottom = new SplitPane(log, fault);
        bottom.setDividerPositions(0.74);
        fault.setMinWidth(200);
        SplitPane.setResizableWithParent(fault, false);
        SplitPane middle = new SplitPane(registers, bottom);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.6);
        SplitPane main = new SplitPane(phases, middle);
        main.setDividerPositions(0.15);
        phases.setMinWidth(130);
        SplitPane.setResizableWithParent(phases, false);

        setTop(new VBox(controls, positionLine(), statusLine(), staleBanner()));
        setCenter(main);
        vm.frameProperty().addListener((o, a, f) -> show(f));
        sceneProperty().addListener((o, a, s) -> sceneChanged(a, s));
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private Node overlayHeader() {
        Label title = new Label("EL2 regions enabled at this step, over the design");
        title.getStyleClass().add("overlay-title");
        HBox legend = new HBox(10, swatch("Normal", RegionOverlay.NORMAL), swatch("Normal-NC", RegionOverlay.NON_CACHEABLE),
            swatch("Device", RegionOverlay.DEVICE), swatch("PART_A", dev.mpuworkbench.app.gui.map.MapPalette.PART_A),
            swatch("PART_B", dev.mpuworkbench.app.gui.map.MapPalette.PART_B), swatch("changed by this step", RegionOverlay.CHANGED));
        legend.setAlignment(Pos.CENTER_RIGHT);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        HBox header = new HBox(8, title, fill, legend);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 0, 8));
        header.getStyleClass().add("overlay-header");
        return header;
    }

    private static Node swatch(String text, javafx.scene.paint.Color colour) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(10, 10, colour);
        Label l = new Label(text, r);
        l.getStyleClass().add("legend");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node positionLine() {
        Label step = new Label();
        step.setId("boot-step-text");
        step.getStyleClass().add("boot-step-text");
        step.textProperty().bind(vm.stepTextProperty());
        step.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(10, step, controls.position());
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("boot-position");
        return line;
    }

    private Node statusLine() {
        Label phase = new Label();
        phase.setId("boot-phase-text");
        phase.getStyleClass().add("boot-phase-text");
        phase.setMinWidth(Region.USE_PREF_SIZE);
        vm.frameProperty().addListener((o, a, f) -> phase.setText(f == null || f.phase() == null ? ""
            : f.phase().id() + " " + f.phase().function()));
        Label who = new Label();
        who.setId("boot-who");
        who.getStyleClass().add("boot-who");
        who.setMinWidth(Region.USE_PREF_SIZE);
        vm.frameProperty().addListener((o, a, f) -> who.setText(f == null || !f.started() ? ""
            : f.state().context() + " \u00B7 " + f.state().running() + " \u00B7 " + f.state().level()));
        Label verdict = new Label();
        verdict.setId("boot-verdict");
        verdict.getStyleClass().add("boot-verdict");
        verdict.textProperty().bind(vm.verdictTextProperty());
        vm.verdictKindProperty().addListener((o, a, k) -> {
            verdict.getStyleClass().removeAll(List.of("ok", "stopped", "failed", "running"));
            if (!k.isEmpty()) verdict.getStyleClass().add(k);
        });
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        verdict.textProperty().addListener((o, was, text) -> {
            measure.setFont(verdict.getFont());
            measure.setText(text);
            verdict.setMinWidth(Math.min(VERDICT_MAX_WIDTH, measure.getLayoutBounds().getWidth() + 32));
        });
        javafx.scene.control.Tooltip verdictTip = new javafx.scene.control.Tooltip();
        verdictTip.textProperty().bind(vm.verdictTextProperty());
        verdictTip.setWrapText(true);
        verdictTip.setMaxWidth(600);
        verdict.setTooltip(verdictTip);
        Label note = new Label();
        note.setId("boot-note");
        note.getStyleClass().add("boot-note");
        note.textProperty().bind(vm.noteProperty());
        javafx.scene.control.Tooltip noteTip = new javafx.scene.control.Tooltip();
        noteTip.textProperty().bind(vm.noteProperty());
        noteTip.setWrapText(true);
        noteTip.setMaxWidth(600);
        note.setTooltip(noteTip);
        note.setMinWidth(0);
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox line = new HBox(14, phase, who, verdict, note);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("boot-status");
        return line;
    }

    private Node staleBanner() {
        Label text = new Label("The design changed since this boot: what is shown is the design as it was. "
            + "Reset boots the design as it is now.");
        text.setWrapText(true);
        Button reset = new Button("Reset now");
        reset.setId("boot-stale-reset");
        reset.setOnAction(e -> vm.reset());
        reset.disableProperty().bind(vm.busyProperty());
        HBox banner = new HBox(10, text, reset);
        banner.setId("boot-stale");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("boot-stale");
        banner.visibleProperty().bind(vm.staleProperty());
        banner.managedProperty().bind(vm.staleProperty());
        return banner;
    }

    private void show(BootFrame f) {
        if (f == null || !f.started()) {
            el2.getItems().clear();
            el1.getItems().clear();
            controlTable.getItems().clear();
            return;
        }
        el2.show(f.el2());
        el1.show(f.el1());
        controlTable.show(f.controls());
    }

    // ---- keys and the first boot ----

    private void sceneChanged(Scene before, Scene now) {
        if (before != null) before.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (now == null) return;
        now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (!startRequested) {
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (startRequested || getScene() != now) {
                        Platform.runLater(() -> now.removePostLayoutPulseListener(this));
                        return;
                    }
                    if (showing()) {
                        startRequested = true;
                        vm.start();
                    }
                }
            };
            now.addPostLayoutPulseListener(check);
        }
    }

    /** In a showing window, and neither this view nor a parent is hidden (as a tab not selected is). */
    boolean showing() {
        Scene s = getScene();
        if (s == null || s.getWindow() == null || !s.getWindow().isShowing()) return false;
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() != KeyCode.F10 && e.getCode() != KeyCode.F5) return;
        if (!showing()) return;
        if (e.getCode() == KeyCode.F5) vm.run();
        else if (e.isShiftDown()) vm.stepBack();
        else vm.step();
        e.consume();
    }

    public BootViewModel viewModel() {
        return vm;
    }

    RegionTable el2Table() {
        return el2;
    }

    RegionTable el1Table() {
        return el1;
    }

    ControlTable controlTable() {
        return controlTable;
    }

    EventLog eventLog() {
        return log;
    }

    PhaseList phaseList() {
        return phases;
    }

    RegionOverlay overlay() {
        return overlay;
    }

    DomainsPane domainsPane() {
        return domains;
    }

    FaultPanel faultPanel() {
        return fault;
    }

    BootControls controls() {
        return controls;
    }

    TabPane registerTabs() {
        return registerTabs;
    }
}

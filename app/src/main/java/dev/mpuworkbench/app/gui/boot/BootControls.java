package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.BreakpointChoice;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.icons.IconName;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The boot's controls: mode switch, Reset, Step back, Step, Step phase, Run to the chosen breakpoint, Pause, and a
 * slider and a spinner to go to any step.
 */
final class BootControls extends ToolBar {
    private final BootViewModel vm;
    private final Slider slider = new Slider(0, 1, 0);
    private final Spinner<Integer> stepSpinner = new Spinner<>();
    private final ComboBox<BreakpointChoice.Kind> kind = new ComboBox<>();
    private final ComboBox<Phase> phase = new ComboBox<>();
    private final Spinner<Integer> region = new Spinner<>(0, 255, 0);
    private final HBox position;
    private boolean syncing;

    BootControls(BootViewModel vm) {
        this.vm = vm;
        getStyleClass().add("boot-controls");
        BooleanBinding idleAndBooted = vm.busyProperty().not().and(Bindings.createBooleanBinding(
            () -> vm.frame() != null && vm.frame().started(), vm.frameProperty()));

        SegmentedButton modes = new SegmentedButton();
        for (XenBootMode m : XenBootMode.values()) {
            ToggleButton b = new ToggleButton(m.cliName());
            b.setId("boot-mode-" + m.cliName());
            b.setUserData(m);
            b.setOnAction(e -> {
                if (b.isSelected()) vm.modeProperty().set(m);
                else b.setSelected(true);
            });
            modes.getButtons().add(b);
        }
        vm.modeProperty().addListener((o, a, m) -> selectMode(modes, m));
        selectMode(modes, vm.modeProperty().get());
        modes.setMinWidth(USE_PREF_SIZE);
        modes.setTooltip(new Tooltip("Which Xen boots: upstream 4.22 or the partitioned design"));

        Button reset = button("boot-reset", IconName.RESET, "Reset",
            "Back to step 0; boots the design again when it changed", vm::reset);
        reset.disableProperty().bind(vm.busyProperty());
        Button back = button("boot-step-back", IconName.STEP_BACK, null, "Step back one event (Shift+F10)",
            vm::stepBack);
        Button step = button("boot-step", IconName.STEP, "Step", "One event forward (F10)", vm::step);
        Button stepPhase = button("boot-step-phase", IconName.STEP_PHASE, "Phase",
            "On to the start of the next phase", vm::stepPhase);
        Button run = button("boot-run", IconName.RUN, "Run", "Run to the breakpoint (F5)", vm::run);
        for (Button b : new Button[] {back, step, stepPhase, run}) b.disableProperty().bind(idleAndBooted.not());
        Button pause = button("boot-pause", IconName.PAUSE, null, "Pause the run", vm::pause);
        pause.disableProperty().bind(vm.runningProperty().not());

        breakpointChooser();
        HBox breakpoint = new HBox(4, new Label("to"), kind, phase, region);
        breakpoint.setAlignment(Pos.CENTER_LEFT);
        breakpoint.setMinWidth(USE_PREF_SIZE);

        slider.setId("boot-slider");
        slider.setMinWidth(120);
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.frame() == null || !vm.frame().started(),
            vm.frameProperty()));
        slider.valueProperty().addListener((o, a, v) -> sliderMoved());
        SpinnerValueFactory.IntegerSpinnerValueFactory steps = new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
            Integer.MAX_VALUE, 0);
        stepSpinner.setValueFactory(steps);
        stepSpinner.setEditable(true);
        stepSpinner.setId("boot-step-spinner");
        stepSpinner.setPrefWidth(96);
        stepSpinner.setTooltip(new Tooltip("Go to a step (Enter)"));
        stepSpinner.disableProperty().bind(slider.disableProperty());
        steps.valueProperty().addListener((o, a, v) -> {
            if (!syncing && v != null) vm.goTo(v);
        });
        vm.stepProperty().addListener((o, a, s) -> follow());
        vm.totalProperty().addListener((o, a, t) -> follow());
        position = new HBox(8, slider, stepSpinner);
        position.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(position, Priority.ALWAYS);

        Spinner<Integer> switches = new Spinner<>();
        switches.setId("boot-switches");
        switches.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(BootViewModel.AUTOMATIC_SWITCHES,
            1_000_000, vm.switchesProperty().get()));
        switches.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == BootViewModel.AUTOMATIC_SWITCHES ? "auto" : n.toString();
            }

            @Override
            public Integer fromString(String s) {
                String t = s.trim();
                if (t.isEmpty() || t.equalsIgnoreCase("auto")) return BootViewModel.AUTOMATIC_SWITCHES;
                try {
                    return Math.max(BootViewModel.AUTOMATIC_SWITCHES, Integer.parseInt(t));
                } catch (NumberFormatException e) {
                    return vm.switchesProperty().get();
                }
            }
        });
        switches.setEditable(true);
        switches.setPrefWidth(86);
        switches.setTooltip(new Tooltip("Context switches after the boot (auto: until every guest has run its "
            + "probes, plus a round); changing it boots again"));
        switches.disableProperty().bind(vm.busyProperty());
        switches.getValueFactory().valueProperty().addListener((o, a, n) -> {
            if (n != null) vm.switchesProperty().set(n);
        });
        vm.switchesProperty().addListener((o, a, n) -> switches.getValueFactory().setValue(n.intValue()));
        Label switchesLabel = new Label("switches");
        switchesLabel.setMinWidth(USE_PREF_SIZE);
        switches.setMinWidth(USE_PREF_SIZE);

        getItems().addAll(modes, switchesLabel, switches, new Separator(), reset, back, step, stepPhase, run,
            breakpoint, pause);
    }

    private static void selectMode(SegmentedButton modes, XenBootMode m) {
        for (ToggleButton b : modes.getButtons()) b.setSelected(b.getUserData() == m);
    }

    private static Button button(String id, IconName icon, String text, String tip, Runnable action) {
        Button b = new Button(text, BootIcons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(USE_PREF_SIZE);
        return b;
    }

    private void breakpointChooser() {
        kind.setId("boot-breakpoint-kind");
        kind.setPrefWidth(150);
        phase.setPrefWidth(170);
        kind.getItems().setAll(BreakpointChoice.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(BreakpointChoice.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public BreakpointChoice.Kind fromString(String s) {
                return null;
            }
        });
        phase.setId("boot-breakpoint-phase");
        phase.setCellFactory(l -> new PhaseCell());
        phase.setButtonCell(new PhaseCell());
        phase.setVisibleRowCount(16);
        region.setId("boot-breakpoint-region");
        region.setEditable(true);
        region.setPrefWidth(70);
        phase.managedProperty().bind(phase.visibleProperty());
        region.managedProperty().bind(region.visibleProperty());
        BreakpointChoice initial = vm.breakpointProperty().get();
        refreshPhases();
        kind.setValue(initial.kind());
        phase.setValue(initial.phase() == null ? Phase.P0 : initial.phase());
        region.getValueFactory().setValue(initial.region());
        showArguments();
        kind.valueProperty().addListener((o, a, k) -> choiceChanged());
        phase.valueProperty().addListener((o, a, p) -> choiceChanged());
        region.valueProperty().addListener((o, a, r) -> choiceChanged());
        vm.modeProperty().addListener((o, a, m) -> refreshPhases());
    }

    private void refreshPhases() {
        Phase keep = phase.getValue();
        phase.getItems().setAll(vm.phases());
        phase.setValue(keep != null && phase.getItems().contains(keep) ? keep : phase.getItems().get(0));
    }

    private void choiceChanged() {
        showArguments();
        BreakpointChoice.Kind k = kind.getValue();
        if (k == null) return;
        Integer r = region.getValue();
        vm.breakpointProperty().set(new BreakpointChoice(k, k.needsPhase() ? phase.getValue() : null,
            r == null ? 0 : r));
    }

    private void showArguments() {
        BreakpointChoice.Kind k = kind.getValue();
        phase.setVisible(k != null && k.needsPhase());
        region.setVisible(k != null && k.needsRegion());
    }

    private void sliderMoved() {
        if (syncing) return;
        vm.goTo((int) Math.round(slider.getValue()));
    }

    /** Slider and spinner show the current step; the slider reaches the last recorded one. */
    private void follow() {
        syncing = true;
        try {
            slider.setMax(Math.max(1, vm.totalProperty().get()));
            slider.setValue(vm.stepProperty().get());
            stepSpinner.getValueFactory().setValue(vm.stepProperty().get());
        } finally {
            syncing = false;
        }
    }

    Slider slider() {
        return slider;
    }

    /** The slider and the spinner that go to any step, for a row of their own. */
    HBox position() {
        return position;
    }

    /** A phase as {@code P7 early_fdt_map}. */
    static final class PhaseCell extends ListCell<Phase> {
        @Override
        protected void updateItem(Phase p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.id() + "  " + p.function());
        }
    }
}

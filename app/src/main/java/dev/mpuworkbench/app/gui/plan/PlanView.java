package dev.mpuworkbench.app.gui.plan;

import dev.mpuworkbench.app.gui.map.MapText;
import dev.mpuworkbench.app.gui.model.PlanModel;
import dev.mpuworkbench.app.gui.model.Sizes;
import dev.mpuworkbench.app.gui.model.Subjects;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.gui.util.GestureThrottle;
import dev.mpuworkbench.app.gui.util.TableRows;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.PlanNote;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The EL2 MPU plan: a strategy switch, the context shown, its region budget and its regions with the
 * exact PRBAR/PRLAR values. It follows every edit; during a drag it refreshes every 100 ms (the map's region
 * column shows each step).
 */
public final class PlanView extends BorderPane {
    private final WorkbenchModel model;
    private final PlanModel plan;
    private final ComboBox<String> contexts = new ComboBox<>();
    private final BudgetBar budget = new BudgetBar();
    private final Label summary = new Label();
    private final Label notes = new Label();
    private final TableView<PlannedRegion> table = new TableView<>();
    private boolean syncing;
    private final GestureThrottle throttle;

    public PlanView(WorkbenchModel model, PlanModel plan) {
        this.model = model;
        this.plan = plan;
        getStyleClass().add("plan-view");
        SegmentedButton strategies = new SegmentedButton();
        for (Strategy s : Strategy.values()) {
            ToggleButton b = new ToggleButton(s.cliName());
            b.setId("strategy-" + s.cliName());
            b.setUserData(s);
            b.setOnAction(e -> {
                if (b.isSelected()) plan.strategyProperty().set(s);
                else b.setSelected(true);
            });
            strategies.getButtons().add(b);
        }
        plan.strategyProperty().addListener((o, a, s) -> selectStrategy(strategies, s));
        selectStrategy(strategies, plan.strategyProperty().get());
        contexts.setId("plan-context");
        contexts.valueProperty().bindBidirectional(plan.contextProperty());
        summary.setId("plan-summary");
        summary.getStyleClass().add("plan-summary");
        HBox.setHgrow(budget, Priority.ALWAYS);
        budget.setMaxWidth(Double.MAX_VALUE);
        contexts.setPrefWidth(190);
        strategies.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox choices = new HBox(10, new Label("Strategy"), strategies, new Label("Context"), contexts);
        choices.setAlignment(Pos.CENTER_LEFT);
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox usage = new HBox(10, budget, summary);
        usage.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, choices, usage);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.getStyleClass().add("plan-bar");

        table.setId("plan-table");
        table.setPlaceholder(new Label("No regions"));
        table.getColumns().add(column("#", 40, r -> Integer.toString(r.index())));
        table.getColumns().add(column("Part", 44, r -> r.part().name()));
        table.getColumns().add(column("Base", 110, r -> MapText.hex(r.range().base())));
        table.getColumns().add(column("Limit", 110, r -> MapText.hex(r.range().last())));
        table.getColumns().add(column("PRBAR", 110, r -> Hex.of(r.prbar())));
        table.getColumns().add(column("PRLAR", 110, r -> Hex.of(r.prlar())));
        table.getColumns().add(column("Attributes", 250, r -> r.attributes().describe()));
        table.getColumns().add(column("Owner", 90, PlannedRegion::owner));
        table.getColumns().add(column("Covers", 260, r -> r.covers().stream().map(SubjectPath::value)
            .collect(Collectors.joining(", "))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> rowSelected(r));
        notes.setWrapText(true);
        notes.getStyleClass().add("plan-notes");
        notes.setPadding(new Insets(4, 8, 4, 8));

        setTop(top);
        setCenter(table);
        setBottom(notes);
        throttle = new GestureThrottle(model, this, GestureThrottle.DURING_DRAG, this::refresh);
        plan.contextPlanProperty().addListener((o, a, c) -> throttle.request());
        plan.planProperty().addListener((o, a, p) -> refreshContexts(p));
        model.selectionProperty().addListener((o, a, s) -> selectCovering(s));
        refreshContexts(plan.plan());
        refresh();
    }

    private static void selectStrategy(SegmentedButton buttons, Strategy s) {
        for (ToggleButton b : buttons.getButtons()) b.setSelected(b.getUserData() == s);
    }

    private static TableColumn<PlannedRegion, String> column(String title, double width,
                                                             Function<PlannedRegion, String> value) {
        TableColumn<PlannedRegion, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private void refreshContexts(MpuPlan p) {
        if (p == null) return;
        var names = p.contexts().stream().map(ContextPlan::name).toList();
        if (!names.equals(contexts.getItems())) {
            String keep = plan.contextProperty().get();
            contexts.getItems().setAll(names);
            plan.contextProperty().set(names.contains(keep) ? keep : ContextPlan.HYPERVISOR);
        }
    }

    private void refresh() {
        ContextPlan c = plan.contextPlan();
        MpuPlan p = plan.plan();
        syncing = true;
        try {
            TableRows.update(table.getItems(), c == null ? java.util.List.of() : c.regions());
        } finally {
            syncing = false;
        }
        if (c == null || p == null) {
            budget.show(null, 0);
            summary.setText(plan.errorProperty().get());
            notes.setText("");
            return;
        }
        budget.show(c, p.regionsAvailable());
        boolean over = c.used() > p.regionsAvailable();
        summary.setText(c.used() + " / " + p.regionsAvailable() + " regions · lower bound " + c.lowerBound()
            + (c.peakUsed() != c.used() ? " · peak " + c.peakUsed() : "")
            + " · over-grant " + Sizes.human(c.overGrantBytes()));
        summary.getStyleClass().remove("over-budget");
        if (over) summary.getStyleClass().add("over-budget");
        notes.setText(c.notes().stream().map(PlanNote::message).collect(Collectors.joining("\n")));
        selectCovering(model.selection());
    }

    private void rowSelected(PlannedRegion r) {
        if (syncing || r == null || r.covers().isEmpty()) return;
        syncing = true;
        try {
            model.select(r.covers().get(0));
        } finally {
            syncing = false;
        }
    }

    private void selectCovering(SubjectPath subject) {
        if (syncing) return;
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (subject == null) return;
            for (PlannedRegion r : table.getItems()) {
                if (r.covers().stream().anyMatch(x -> Subjects.related(x, subject))) {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    public TableView<PlannedRegion> table() {
        return table;
    }
}

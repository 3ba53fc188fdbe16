package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.FaultDetails;
import dev.mpuworkbench.emulator.session.SessionState;
import dev.mpuworkbench.emulator.xen.XenState.DomainView;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Who runs: the live context, the running vCPU, each domain's state and VMID; and the latest fault, decoded. */
final class DomainPanel extends VBox {
    private final BootViewModel vm;
    private final Label context = new Label();
    private final Label running = new Label();
    private final Label level = new Label();
    private final Label scheduler = new Label();
    private final TableView<DomainView> domains = new TableView<>();
    private final Label faultHeadline = new Label();
    private final GridPane faultFields = new GridPane();

    DomainPanel(BootViewModel vm) {
        this.vm = vm;
        getStyleClass().add("boot-side");
        Label who = header("Domains");
        context.setId("boot-context");
        context.setWrapText(true);
        context.getStyleClass().add("boot-context");
        domains.setId("boot-domains");
        domains.setPlaceholder(new Label("No domain built yet"));
        domains.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        domains.getColumns().add(column("Domain", 62, DomainView::name));
        domains.getColumns().add(stateColumn());
        domains.getColumns().add(column("VMID", 42, d -> Integer.toString(d.vmid())));
        domains.getColumns().add(column("vCPUs", 50, d -> Integer.toString(d.vcpus())));
        TableColumn<DomainView, String> stage2 = column("S2", 34, d -> Integer.toString(d.stage2().size()));
        Label stage2Header = new Label("S2");
        stage2Header.setTooltip(new javafx.scene.control.Tooltip("The domain's stage-2 regions (its PART_B)"));
        stage2.setText(null);
        stage2.setGraphic(stage2Header);
        domains.getColumns().add(stage2);
        domains.setFixedCellSize(24);
        domains.setPrefHeight(24 * 4 + 30);
        domains.setMinHeight(24 * 2 + 30);

        Label faultHeader = header("Last fault");
        faultHeadline.setId("boot-fault");
        faultHeadline.setWrapText(true);
        faultHeadline.getStyleClass().add("fault-headline");
        faultFields.setId("boot-fault-fields");
        faultFields.setHgap(8);
        faultFields.setVgap(2);
        faultFields.getStyleClass().add("fault-fields");
        VBox fault = new VBox(4, faultHeadline, faultFields);
        fault.setPadding(new Insets(6, 8, 8, 8));
        fault.setMinHeight(0);
        GridPane status = new GridPane();
        status.setHgap(8);
        status.setVgap(2);
        status.getStyleClass().add("boot-context");
        status.addRow(0, name("Context"), context);
        status.addRow(1, name("Running"), running);
        status.addRow(2, name("Level"), level);
        status.addRow(3, name("Scheduler"), scheduler);
        status.setPadding(new Insets(6, 8, 6, 8));
        running.setId("boot-running");
        for (Label l : new Label[] {context, running, level, scheduler}) l.setWrapText(true);
        VBox.setVgrow(fault, Priority.ALWAYS);
        getChildren().addAll(who, status, domains, faultHeader, fault);
        vm.frameProperty().addListener((o, a, f) -> show(f));
        vm.lastFaultProperty().addListener((o, a, f) -> show(f));
        show((BootFrame) null);
        show((FaultDetails) null);
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("view-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static TableColumn<DomainView, String> column(String title, double width,
                                                          Function<DomainView, String> text) {
        TableColumn<DomainView, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return c;
    }

    private static TableColumn<DomainView, String> stateColumn() {
        TableColumn<DomainView, String> c = column("State", 70,
            d -> d.state().name().toLowerCase(Locale.ROOT));
        c.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                for (String state : List.of("constructing", "paused", "running", "crashed")) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(state), !empty && state.equals(s));
                }
            }
        });
        return c;
    }

    private void show(BootFrame f) {
        if (f == null || !f.started()) {
            context.setText("not booted");
            running.setText("");
            level.setText("");
            scheduler.setText("");
            domains.getItems().clear();
            return;
        }
        SessionState s = f.state();
        context.setText(s.context());
        running.setText(s.running());
        level.setText(s.level().name());
        scheduler.setText(s.xen().switches() + " context switch" + (s.xen().switches() == 1 ? "" : "es") + ", "
            + s.xen().probes() + " probe" + (s.xen().probes() == 1 ? "" : "s")
            + (s.xen().probesFailed() > 0 ? " (" + s.xen().probesFailed() + " not as expected)" : ""));
        if (!domains.getItems().equals(s.domains())) domains.getItems().setAll(s.domains());
    }

    private void show(FaultDetails f) {
        faultFields.getChildren().clear();
        if (f == null) {
            faultHeadline.setText("No MPU fault up to this step");
            faultHeadline.getStyleClass().remove("has-fault");
            return;
        }
        faultHeadline.setText(f.headline());
        if (!faultHeadline.getStyleClass().contains("has-fault")) faultHeadline.getStyleClass().add("has-fault");
        int row = 0;
        for (String[] field : f.fields()) {
            Label name = name(field[0]);
            Label value = new Label(field[1]);
            value.setId("boot-fault-" + field[0].toLowerCase(Locale.ROOT).replace(' ', '-'));
            value.setWrapText(true);
            value.getStyleClass().add("fault-field-value");
            faultFields.addRow(row++, name, value);
        }
    }

    TableView<DomainView> domains() {
        return domains;
    }
}

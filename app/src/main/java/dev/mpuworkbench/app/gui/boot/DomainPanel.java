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
import javafx.scene.layout.VBox;

/** Who runs: the live context, the running vCPU, each domain's state and VMID; and the latest fault, decoded. */
final class DomainPanel extends VBox {
    private final BootViewModel vm;
    private final Label context = new Label();
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
        domains.getColumns().add(column("Domain", 70, DomainView::name));
        domains.getColumns().add(stateColumn());
        domains.getColumns().add(column("VMID", 44, d -> Integer.toString(d.vmid())));
        domains.getColumns().add(column("vCPUs", 48, d -> Integer.toString(d.vcpus())));
        domains.getColumns().add(column("Stage 2", 60, d -> d.stage2().size() + " regions"));
        domains.setPrefHeight(130);
        domains.setMinHeight(90);

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
        VBox status = new VBox(context);
        status.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(domains, Priority.SOMETIMES);
        getChildren().addAll(who, status, domains, faultHeader, fault);
        vm.frameProperty().addListener((o, a, f) -> show(f));
        vm.lastFaultProperty().addListener((o, a, f) -> show(f));
        show((BootFrame) null);
        show((FaultDetails) null);
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
        TableColumn<DomainView, String> c = column("State", 84,
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
            context.setText("Not booted");
            domains.getItems().clear();
            return;
        }
        SessionState s = f.state();
        context.setText("Context " + s.context() + " · running " + s.running() + " · " + s.level()
            + " · " + s.xen().switches() + " context switch" + (s.xen().switches() == 1 ? "" : "es")
            + " · probes " + s.xen().probes() + (s.xen().probesFailed() > 0 ? " (" + s.xen().probesFailed()
            + " not as expected)" : ""));
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
            Label name = new Label(field[0]);
            name.getStyleClass().add("fault-field-name");
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

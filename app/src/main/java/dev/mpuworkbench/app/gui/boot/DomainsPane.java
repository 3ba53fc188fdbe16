package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
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

/** Who runs: the live context, the running vCPU, the level, the scheduler, and each domain's state and VMID. */
final class DomainsPane extends VBox {
    private final Label context = new Label();
    private final Label running = new Label();
    private final Label level = new Label();
    private final Label scheduler = new Label();
    private final TableView<DomainView> domains = new TableView<>();

    DomainsPane(BootViewModel vm) {
        getStyleClass().add("boot-domains");
        context.setId("boot-context");
        running.setId("boot-running");
        GridPane status = new GridPane();
        status.setHgap(8);
        status.setVgap(2);
        status.getStyleClass().add("boot-context");
        status.addRow(0, name("Context"), context);
        status.addRow(1, name("Running"), running);
        status.addRow(2, name("Level"), level);
        status.addRow(3, name("Scheduler"), scheduler);
        status.setPadding(new Insets(6, 8, 6, 8));
        for (Label l : new Label[] {context, running, level, scheduler}) l.setWrapText(true);

        domains.setId("boot-domains");
        domains.setPlaceholder(new Label("No domain built yet"));
        domains.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        domains.getColumns().add(column("Domain", 110, DomainView::name));
        domains.getColumns().add(stateColumn());
        domains.getColumns().add(column("VMID", 60, d -> Integer.toString(d.vmid())));
        domains.getColumns().add(column("vCPUs", 60, d -> Integer.toString(d.vcpus())));
        domains.getColumns().add(column("Stage-2 regions (PART_B)", 400, d -> d.stage2().size() + ": "
            + String.join(", ", d.stage2().stream().map(r -> r.what()).toList())));
        VBox.setVgrow(domains, Priority.ALWAYS);
        getChildren().addAll(status, domains);
        vm.frameProperty().addListener((o, a, f) -> show(f));
        show(null);
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-name");
        l.setMinWidth(Region.USE_PREF_SIZE);
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
        TableColumn<DomainView, String> c = column("State", 90, d -> d.state().name().toLowerCase(Locale.ROOT));
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

    TableView<DomainView> domains() {
        return domains;
    }
}

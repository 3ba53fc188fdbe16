package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.boot.model.EventIndex;
import dev.mpuworkbench.emulator.session.BootEvent;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Every recorded event in a virtualised table: step, phase, kind, summary. The current step's row is selected and
 * kept in view, rows after it are dimmed, faults and failures are red. Selecting a row goes to its step. Cell text
 * is made only for the rows on screen, so a log of 150k events costs one list of records.
 */
final class EventLog extends TableView<BootEvent> {
    private static final PseudoClass FUTURE = PseudoClass.getPseudoClass("future");
    private static final PseudoClass TROUBLE = PseudoClass.getPseudoClass("trouble");

    /** Rows shown above the current one when the log scrolls to it. */
    private static final int CONTEXT_ROWS = 3;

    private final BootViewModel vm;
    private boolean syncing;

    EventLog(BootViewModel vm) {
        super(vm.events());
        this.vm = vm;
        setId("boot-events");
        getStyleClass().add("event-log");
        setPlaceholder(new Label("No events yet"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        getColumns().add(column("Step", 64, e -> Integer.toString(e.step())));
        getColumns().add(column("Phase", 60, e -> e.phase().id()));
        getColumns().add(column("Kind", 126, BootEvent::kind));
        getColumns().add(column("Summary", 700, BootEvent::summary));
        getColumns().get(0).getStyleClass().add("number");
        for (int i = 0; i < 3; i++) getColumns().get(i).setMinWidth(getColumns().get(i).getPrefWidth());
        setRowFactory(t -> new Row());
        getSelectionModel().selectedItemProperty().addListener((o, a, e) -> picked(e));
        vm.stepProperty().addListener((o, a, s) -> follow(s.intValue()));
        heightProperty().addListener((o, a, h) -> javafx.application.Platform.runLater(
            () -> follow(vm.stepProperty().get())));
    }

    private static TableColumn<BootEvent, String> column(String title, double width, Function<BootEvent, String> text) {
        TableColumn<BootEvent, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return c;
    }

    private void picked(BootEvent e) {
        if (syncing || e == null) return;
        vm.goTo(e.step());
    }

    /** Selects the row of the current step and scrolls it into view if it is not. */
    void follow(int step) {
        syncing = true;
        try {
            if (step <= 0 || step > getItems().size()) {
                getSelectionModel().clearSelection();
                return;
            }
            int row = step - 1;
            if (getSelectionModel().getSelectedIndex() != row) getSelectionModel().clearAndSelect(row);
            VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
            if (flow == null) {
                scrollTo(Math.max(0, row - 3));
            } else {
                var first = flow.getFirstVisibleCell();
                var last = flow.getLastVisibleCell();
                if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                    flow.scrollToTop(Math.max(0, row - CONTEXT_ROWS));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private final class Row extends TableRow<BootEvent> {
        private final InvalidationListener stepMoved = o -> mark();

        Row() {
            vm.stepProperty().addListener(stepMoved);
        }

        @Override
        protected void updateItem(BootEvent e, boolean empty) {
            super.updateItem(e, empty);
            mark();
        }

        private void mark() {
            BootEvent e = getItem();
            boolean has = e != null && !isEmpty();
            pseudoClassStateChanged(TROUBLE, has && EventIndex.isTrouble(e));
            pseudoClassStateChanged(FUTURE, has && e.step() > vm.stepProperty().get());
        }
    }
}

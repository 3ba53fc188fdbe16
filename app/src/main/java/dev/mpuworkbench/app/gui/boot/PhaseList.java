package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.app.gui.boot.model.BootFrame;
import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.emulator.xen.Phase;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The phases of the booted mode in order: the current one highlighted, the ones behind it marked done, those a
 * finished boot never reached greyed. Clicking a phase goes to its start, back or forward.
 */
final class PhaseList extends BorderPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    private static final PseudoClass UNREACHED = PseudoClass.getPseudoClass("unreached");

    private final BootViewModel vm;
    private final ListView<Phase> list = new ListView<>();
    private boolean syncing;

    PhaseList(BootViewModel vm) {
        this.vm = vm;
        getStyleClass().add("boot-phases");
        Label header = new Label("Phases");
        header.getStyleClass().add("view-header");
        header.setMaxWidth(Double.MAX_VALUE);
        list.setId("boot-phases");
        list.setCellFactory(l -> new Cell());
        list.getItems().setAll(vm.phases());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> picked(p));
        vm.frameProperty().addListener((o, a, f) -> refresh(f));
        setTop(header);
        setCenter(list);
    }

    private void refresh(BootFrame f) {
        List<Phase> phases = vm.phases();
        syncing = true;
        try {
            if (!phases.equals(list.getItems())) list.getItems().setAll(phases);
            Phase current = f == null ? null : f.phase();
            if (current == null) list.getSelectionModel().clearSelection();
            else {
                list.getSelectionModel().select(current);
                list.scrollTo(Math.max(0, list.getItems().indexOf(current) - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private void picked(Phase p) {
        if (syncing || p == null) return;
        if (vm.busyProperty().get()) {
            refresh(vm.frame());
            return;
        }
        vm.goToPhase(p);
    }

    ListView<Phase> list() {
        return list;
    }

    private final class Cell extends ListCell<Phase> {
        private final Tooltip tip = new Tooltip();

        Cell() {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            vm.frameProperty().addListener(o -> mark(getItem(), isEmpty()));
        }

        @Override
        protected void updateItem(Phase p, boolean empty) {
            super.updateItem(p, empty);
            mark(p, empty);
        }

        /** Text and marks from the phase and the current frame (cells follow every frame themselves). */
        private void mark(Phase p, boolean empty) {
            pseudoClassStateChanged(CURRENT, false);
            pseudoClassStateChanged(PAST, false);
            pseudoClassStateChanged(UNREACHED, false);
            if (empty || p == null || getListView() == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            BootFrame f = vm.frame();
            Phase current = f == null || !f.started() ? null : f.phase();
            List<Phase> order = getListView().getItems();
            boolean past = current != null && order.indexOf(p) < order.indexOf(current);
            String mark = p == current ? "\u25B6 " : past ? "\u2713 " : "  ";
            setText(mark + String.format("%-4s", p.id()) + p.function());
            tip.setText(p.id() + " " + p.function() + ": " + p.description());
            setTooltip(tip);
            if (f == null || !f.started()) return;
            if (p == current) pseudoClassStateChanged(CURRENT, true);
            else if (past) pseudoClassStateChanged(PAST, true);
            else if (f.complete() && vm.index().phaseStart(p).isEmpty()) pseudoClassStateChanged(UNREACHED, true);
        }
    }
}

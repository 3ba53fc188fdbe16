package dev.mpuworkbench.app.gui.util;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Runs a view update at once, except during a drag: then at most once per interval while the view is
 * showing, and once more when the drag ends (a view in a tab behind another catches up only then). Big
 * tables re-laid out on every drag step would cost more than the map's repaint.
 */
public final class GestureThrottle {
    public static final Duration DURING_DRAG = Duration.millis(100);

    private final WorkbenchModel model;
    private final Node view;
    private final Runnable update;
    private final PauseTransition timer;
    private boolean pending;

    public GestureThrottle(WorkbenchModel model, Node view, Duration interval, Runnable update) {
        this.model = model;
        this.view = view;
        this.update = update;
        timer = new PauseTransition(interval);
        timer.setOnFinished(e -> flushIfShowing());
        model.inGestureProperty().addListener((o, was, is) -> {
            if (!is) flush();
        });
    }

    /** Something changed: update now, or soon when a drag is under way. */
    public void request() {
        if (!model.isInGesture()) {
            timer.stop();
            pending = false;
            update.run();
            return;
        }
        pending = true;
        if (showing(view) && timer.getStatus() != Animation.Status.RUNNING) timer.playFromStart();
    }

    /** Runs an update still owed. */
    public void flush() {
        timer.stop();
        if (!pending) return;
        pending = false;
        update.run();
    }

    private void flushIfShowing() {
        if (showing(view)) flush();
    }

    /** Whether the node is in a window and neither it nor any parent is hidden (a tab not selected). */
    static boolean showing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }
}

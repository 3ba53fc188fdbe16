package dev.mpuworkbench.app.gui.util;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a view update at once, except during a drag, when it runs at most once per interval and once more
 * when the drag ends. Big tables re-laid out on every drag step would cost more than the map's repaint.
 */
public final class GestureThrottle {
    public static final Duration DURING_DRAG = Duration.millis(100);

    private final WorkbenchModel model;
    private final Runnable update;
    private final PauseTransition timer;
    private boolean pending;

    public GestureThrottle(WorkbenchModel model, Duration interval, Runnable update) {
        this.model = model;
        this.update = update;
        timer = new PauseTransition(interval);
        timer.setOnFinished(e -> flush());
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
        if (timer.getStatus() != Animation.Status.RUNNING) timer.playFromStart();
    }

    /** Runs an update still owed. */
    public void flush() {
        timer.stop();
        if (!pending) return;
        pending = false;
        update.run();
    }
}

package dev.mpuworkbench.app.gui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens a label with an ellipsis so that it fits a width. The map draws labels unclipped, because a clip
 * on a canvas costs the software renderer a mask per label, several times a whole frame's drawing.
 */
final class LabelFitter {
    static final String ELLIPSIS = "…";
    private static final int MAX_REMEMBERED = 8192;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private int remembered;

    /** {@code text}, or its longest start followed by an ellipsis that fits, or "" when not even that fits. */
    String fit(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) return text;
        int low = 0;
        int high = text.length() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (width(text.substring(0, mid) + ELLIPSIS, font) <= maxWidth) low = mid;
            else high = mid - 1;
        }
        String shortened = text.substring(0, low).stripTrailing() + ELLIPSIS;
        return low > 0 && width(shortened, font) <= maxWidth ? shortened : "";
    }

    double width(String text, Font font) {
        Map<String, Double> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double w = known.get(text);
        if (w != null) return w;
        if (++remembered > MAX_REMEMBERED) {
            widths.clear();
            remembered = 1;
            known = widths.computeIfAbsent(font, f -> new HashMap<>());
        }
        probe.setFont(font);
        probe.setText(text);
        double measured = probe.getLayoutBounds().getWidth();
        known.put(text, measured);
        return measured;
    }
}

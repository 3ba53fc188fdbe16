package dev.mpuworkbench.devicetree.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the messages a compilation prints on standard error, in order, exactly as dtc words them, and
 * forwards each line to an optional listener as it comes.
 */
public final class Diagnostics {
    private final List<String> lines = new ArrayList<>();
    private final Consumer<String> listener;

    public Diagnostics() {
        this(line -> { });
    }

    public Diagnostics(Consumer<String> listener) {
        this.listener = listener;
    }

    /** Records one message; it may hold embedded newlines (dtc sometimes prints blank lines). */
    public void report(String message) {
        lines.add(message);
        listener.accept(message);
    }

    public List<String> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** Everything reported, one message per line, as dtc would have written it. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}

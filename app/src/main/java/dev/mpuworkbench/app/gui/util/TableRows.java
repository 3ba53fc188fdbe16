package dev.mpuworkbench.app.gui.util;

import java.util.List;

/** Updating a table's items in place: a drag step that changes one row redraws that row, not the table. */
public final class TableRows {
    private TableRows() {
    }

    /** Makes {@code shown} equal to {@code next}, replacing only the rows that differ when the size stays. */
    public static <T> void update(List<T> shown, List<T> next) {
        if (shown.size() != next.size()) {
            shown.clear();
            shown.addAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!shown.get(i).equals(next.get(i))) shown.set(i, next.get(i));
        }
    }
}

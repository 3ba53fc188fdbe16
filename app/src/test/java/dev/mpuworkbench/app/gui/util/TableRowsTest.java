package dev.mpuworkbench.app.gui.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class TableRowsTest {
    private final ObservableList<String> shown = FXCollections.observableArrayList("a", "b", "c");
    private final List<String> changes = new ArrayList<>();

    TableRowsTest() {
        shown.addListener((ListChangeListener<String>) c -> {
            while (c.next()) changes.add(c.wasReplaced() ? "replaced " + c.getFrom() : c.wasAdded() ? "added" : "removed");
        });
    }

    @Test
    void onlyTheRowThatChangedIsReplaced() {
        TableRows.update(shown, List.of("a", "B", "c"));
        assertEquals(List.of("a", "B", "c"), shown);
        assertEquals(List.of("replaced 1"), changes);
    }

    @Test
    void equalRowsChangeNothing() {
        TableRows.update(shown, List.of("a", "b", "c"));
        assertEquals(List.of(), changes);
    }

    @Test
    void anotherSizeReplacesTheRows() {
        TableRows.update(shown, List.of("x"));
        assertEquals(List.of("x"), shown);
        TableRows.update(shown, List.of());
        assertEquals(List.of(), shown);
    }
}

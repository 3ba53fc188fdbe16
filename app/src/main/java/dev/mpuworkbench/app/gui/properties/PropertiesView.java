package dev.mpuworkbench.app.gui.properties;

import dev.mpuworkbench.app.gui.model.DesignProperty;
import dev.mpuworkbench.app.gui.model.PropertyCatalog;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/** The property sheet of the selection; every change is one undoable edit. */
public final class PropertiesView extends BorderPane {
    private final WorkbenchModel model;
    private final PropertySheet sheet = new PropertySheet();
    private final Label header = new Label();
    private List<SheetItem> items = List.of();
    private SubjectPath shown;

    public PropertiesView(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("properties-view");
        header.getStyleClass().add("view-header");
        header.setMaxWidth(Double.MAX_VALUE);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setCategoryComparator((a, b) -> Integer.compare(categoryRank(a), categoryRank(b)));
        sheet.setPropertyEditorFactory(PropertiesView::editorFor);
        setTop(header);
        setCenter(sheet);
        model.selectionProperty().addListener((o, a, b) -> rebuild());
        model.designProperty().addListener((o, a, b) -> refresh());
        rebuild();
    }

    private static int categoryRank(String category) {
        return category.equals("Placement") ? 0 : 1;
    }

    private void rebuild() {
        shown = model.selection();
        List<DesignProperty> props = PropertyCatalog.forSubject(model.design(), shown);
        List<SheetItem> next = new ArrayList<>();
        for (DesignProperty p : props) next.add(new SheetItem(p, model));
        items = next;
        header.setText(shown == null ? "Nothing selected" : shown.value());
        sheet.getItems().setAll(next);
    }

    private void refresh() {
        if (shown != null && !items.isEmpty() && items.stream().allMatch(i -> i.property().valueIn(model.design()).isEmpty())) {
            rebuild();
            return;
        }
        for (SheetItem item : items) item.refresh(model.design());
    }

    private static PropertyEditor<?> editorFor(PropertySheet.Item item) {
        DesignProperty p = ((SheetItem) item).property();
        if (!p.isEditable() && p.type() != DesignProperty.Type.HEX) return CommitTextEditor.text(readOnlyText(item));
        return switch (p.type()) {
            case HEX -> CommitTextEditor.hex(item);
            case INTEGER -> CommitTextEditor.integer(item);
            case TEXT -> CommitTextEditor.text(item);
            case BOOLEAN -> Editors.createCheckEditor(item);
            case CHOICE -> Editors.createChoiceEditor(item, List.of(p.choices().getEnumConstants()));
        };
    }

    /** Read-only values of any type are shown as text. */
    private static PropertySheet.Item readOnlyText(PropertySheet.Item item) {
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return String.class;
            }

            @Override
            public String getCategory() {
                return item.getCategory();
            }

            @Override
            public String getName() {
                return item.getName();
            }

            @Override
            public String getDescription() {
                return item.getDescription();
            }

            @Override
            public Object getValue() {
                return item.getValue() == null ? "" : item.getValue().toString();
            }

            @Override
            public void setValue(Object value) {
            }

            @Override
            public java.util.Optional<javafx.beans.value.ObservableValue<? extends Object>> getObservableValue() {
                return item.getObservableValue();
            }

            @Override
            public boolean isEditable() {
                return false;
            }
        };
    }
}

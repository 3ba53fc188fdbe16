package dev.mpuworkbench.app.gui.outline;

import dev.mpuworkbench.app.gui.model.OutlineBuilder;
import dev.mpuworkbench.app.gui.model.OutlineNode;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The design as a tree. Selecting a row selects its subject everywhere; a selection made elsewhere
 * selects the row that stands for it (a device for one of its windows). During a drag the rows keep
 * their text until the drop (the map, the problems and the plan follow each step).
 */
public final class OutlineView extends TreeView<OutlineNode> {
    private final WorkbenchModel model;
    private final Map<SubjectPath, TreeItem<OutlineNode>> itemsBySubject = new HashMap<>();
    private OutlineNode shownRoot;
    private boolean syncing;

    public OutlineView(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("outline");
        setShowRoot(true);
        setCellFactory(t -> new OutlineCell());
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing || b == null) return;
            syncing = true;
            try {
                model.select(b.getValue().subject());
            } finally {
                syncing = false;
            }
        });
        model.designProperty().addListener((o, a, b) -> {
            if (!model.isInGesture()) rebuildFromDesign();
        });
        model.inGestureProperty().addListener((o, was, is) -> {
            if (!is) rebuildFromDesign();
        });
        model.selectionProperty().addListener((o, a, b) -> selectFromModel(b));
        rebuildFromDesign();
    }

    private void rebuildFromDesign() {
        OutlineNode root = OutlineBuilder.of(model.design());
        if (shownRoot != null && sameShape(shownRoot, root)) {
            updateValues(getRoot(), root);
        } else {
            Set<SubjectPath> expanded = new HashSet<>();
            itemsBySubject.forEach((s, item) -> {
                if (item.isExpanded()) expanded.add(s);
            });
            itemsBySubject.clear();
            boolean first = shownRoot == null;
            syncing = true;
            try {
                setRoot(toItem(root, expanded, first));
            } finally {
                syncing = false;
            }
            selectFromModel(model.selection());
        }
        shownRoot = root;
    }

    private TreeItem<OutlineNode> toItem(OutlineNode node, Set<SubjectPath> expanded, boolean firstTime) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        itemsBySubject.put(node.subject(), item);
        boolean defaultOpen = node.subject().segments().size() <= 1 || node.subject().value().equals("board/devices");
        item.setExpanded(firstTime ? defaultOpen : expanded.contains(node.subject()));
        for (OutlineNode child : node.children()) item.getChildren().add(toItem(child, expanded, firstTime));
        return item;
    }

    private static boolean sameShape(OutlineNode a, OutlineNode b) {
        if (!a.subject().equals(b.subject()) || a.children().size() != b.children().size()) return false;
        List<OutlineNode> ac = a.children();
        List<OutlineNode> bc = b.children();
        for (int i = 0; i < ac.size(); i++) {
            if (!sameShape(ac.get(i), bc.get(i))) return false;
        }
        return true;
    }

    private static void updateValues(TreeItem<OutlineNode> item, OutlineNode node) {
        if (!item.getValue().equals(node)) item.setValue(node);
        for (int i = 0; i < node.children().size(); i++) updateValues(item.getChildren().get(i), node.children().get(i));
    }

    private void selectFromModel(SubjectPath subject) {
        if (syncing) return;
        syncing = true;
        try {
            if (subject == null) {
                getSelectionModel().clearSelection();
                return;
            }
            TreeItem<OutlineNode> item = shownRoot == null ? null : shownRoot.find(subject)
                .map(n -> itemsBySubject.get(n.subject())).orElse(null);
            if (item == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<OutlineNode> p = item.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) scrollTo(Math.max(0, row - 3));
        } finally {
            syncing = false;
        }
    }

    /** The row item standing for {@code subject}, if any (tests use it). */
    public TreeItem<OutlineNode> itemFor(SubjectPath subject) {
        return itemsBySubject.get(subject);
    }
}

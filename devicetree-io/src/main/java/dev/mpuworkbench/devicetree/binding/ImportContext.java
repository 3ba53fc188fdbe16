package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every reader of one import shares: the tree, its name for messages, and the notes gathered so far. */
final class ImportContext {
    final DeviceTree tree;
    final String sourceName;
    final Cells cells;
    final References references;
    private final List<String> notes = new ArrayList<>();

    ImportContext(DeviceTree tree, String sourceName) {
        this.tree = tree;
        this.sourceName = sourceName;
        this.cells = new Cells(sourceName);
        this.references = new References(tree);
    }

    /** Whether MPU Workbench wrote the tree ({@code /chosen/mpuwb,format} is present). */
    boolean writtenByUs() {
        return chosen().map(c -> c.hasProperty(Extensions.FORMAT)).orElse(false);
    }

    Optional<Node> chosen() {
        return tree.node("/" + XenNames.CHOSEN);
    }

    void note(Node node, String message) {
        notes.add(sourceName + ": " + node.path() + ": " + message);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    BindingException error(Node node, String propertyName, String problem) {
        return BindingException.at(sourceName, node, node.propertyOrNull(propertyName), problem);
    }

    BindingException error(Node node, String problem) {
        return BindingException.at(sourceName, node, problem);
    }
}

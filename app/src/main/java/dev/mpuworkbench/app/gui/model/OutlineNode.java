package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the outline.
 *
 * @param detail secondary text (an address range, a count), may be empty
 */
public record OutlineNode(SubjectPath subject, String label, String detail, List<OutlineNode> children) {
    public OutlineNode {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        children = List.copyOf(children);
    }

    public static OutlineNode leaf(SubjectPath subject, String label, String detail) {
        return new OutlineNode(subject, label, detail, List.of());
    }

    /**
     * The node that best stands for {@code target}: the one whose subject is {@code target} or the
     * closest container of it (a device for one of its windows). Empty when nothing below the root matches.
     */
    public Optional<OutlineNode> find(SubjectPath target) {
        SubjectPath wanted = Subjects.canonical(target);
        OutlineNode[] best = {null};
        for (OutlineNode child : children) child.collect(wanted, best);
        return Optional.ofNullable(best[0]);
    }

    private void collect(SubjectPath wanted, OutlineNode[] best) {
        SubjectPath mine = Subjects.canonical(subject);
        if (wanted.startsWith(mine) && (best[0] == null
            || mine.value().length() > Subjects.canonical(best[0].subject).value().length())) {
            best[0] = this;
        }
        for (OutlineNode child : children) child.collect(wanted, best);
    }
}

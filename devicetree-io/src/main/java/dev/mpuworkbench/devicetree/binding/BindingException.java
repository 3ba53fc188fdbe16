package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.Objects;

/**
 * A device tree that does not describe a design (or a design that cannot be written as one): names the node,
 * the source position of the offending property when the tree came from DTS, and what was expected.
 * The message reads {@code file:line:col: /node/path: what is wrong}, or {@code source: /node/path: ...} for
 * a tree without source positions (a DTB).
 */
public final class BindingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String nodePath;
    private final transient SourceSpan span;
    private final String problem;

    public BindingException(String sourceName, String nodePath, SourceSpan span, String problem) {
        super(format(sourceName, nodePath, span, problem));
        this.nodePath = Objects.requireNonNull(nodePath, "nodePath");
        this.span = span;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** A problem with a property of a node; the position is the property's, else the node's. */
    static BindingException at(String sourceName, Node node, Property property, String problem) {
        SourceSpan span = property != null && property.source() != null ? property.source() : spanOf(node);
        return new BindingException(sourceName, node.path(), span, problem);
    }

    /** A problem with a node as a whole (a property it lacks, a child it should not have). */
    static BindingException at(String sourceName, Node node, String problem) {
        return new BindingException(sourceName, node.path(), spanOf(node), problem);
    }

    private static SourceSpan spanOf(Node node) {
        return node.sources().isEmpty() ? null : node.sources().get(0);
    }

    /** The path of the node the problem is in, such as {@code /chosen/domU1}; empty when the text did not parse. */
    public String nodePath() {
        return nodePath;
    }

    /** Where in the DTS source the problem is, or null when the tree has no source positions. */
    public SourceSpan span() {
        return span;
    }

    /** What is wrong and what was expected, without the place. */
    public String problem() {
        return problem;
    }

    private static String format(String sourceName, String nodePath, SourceSpan span, String problem) {
        String place = span != null && span.file() != null
            ? span.file() + ":" + span.firstLine() + ":" + span.firstColumn()
            : sourceName;
        return place + ": " + (nodePath.isEmpty() ? "" : nodePath + ": ") + problem;
    }
}

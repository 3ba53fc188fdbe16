package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree as dtc's parser holds it ({@code livetree.c}): deleted nodes, properties and labels stay in place,
 * marked, so that a later definition revives them at their old position.
 */
final class SourceTree {
    private SourceTree() {
    }

    static final class Label {
        final String name;
        boolean deleted;

        Label(String name) {
            this.name = name;
        }
    }

    /** dtc's {@code add_label}: revive an existing one, else put the new label in front. */
    static void addLabel(List<Label> labels, String name) {
        for (Label l : labels) {
            if (l.name.equals(name)) {
                l.deleted = false;
                return;
            }
        }
        labels.add(0, new Label(name));
    }

    static void deleteLabels(List<Label> labels) {
        for (Label l : labels) {
            l.deleted = true;
        }
    }

    static List<String> liveLabels(List<Label> labels) {
        List<String> out = new ArrayList<>(labels.size());
        for (Label l : labels) {
            if (!l.deleted) {
                out.add(l.name);
            }
        }
        return out;
    }

    static final class Prop {
        final String name;
        ByteData value;
        final List<Label> labels = new ArrayList<>(1);
        boolean deleted;
        SourceSpan source;

        Prop(String name, ByteData value, SourceSpan source) {
            this.name = name;
            this.value = value;
            this.source = source;
        }
    }

    static final class SNode {
        String name;
        SNode parent;
        final List<Prop> props = new ArrayList<>();
        final List<SNode> children = new ArrayList<>();
        final List<Label> labels = new ArrayList<>(1);
        final List<SourceSpan> sources = new ArrayList<>(1);
        boolean deleted;
        boolean omitIfUnused;

        SNode(List<Prop> props, List<SNode> children, SourceSpan source) {
            this.props.addAll(props);
            for (SNode c : children) {
                c.parent = this;
                this.children.add(c);
            }
            if (source != null) {
                sources.add(source);
            }
        }

        Prop liveProp(String propName) {
            for (Prop p : props) {
                if (!p.deleted && p.name.equals(propName)) {
                    return p;
                }
            }
            return null;
        }

        SNode liveChild(String childName) {
            for (SNode c : children) {
                if (!c.deleted && c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        void addChild(SNode child) {
            child.parent = this;
            children.add(child);
        }

        /** dtc's {@code delete_node}: marks the node, its subtree, properties and labels deleted. */
        void delete() {
            deleted = true;
            for (SNode c : children) {
                if (!c.deleted) {
                    c.delete();
                }
            }
            for (Prop p : props) {
                if (!p.deleted) {
                    p.deleted = true;
                    deleteLabels(p.labels);
                }
            }
            deleteLabels(labels);
        }

        /** dtc's {@code merge_nodes}: folds {@code other}, a later definition, into this node. */
        void merge(SNode other) {
            deleted = false;
            for (Label l : other.labels) {
                addLabel(labels, l.name);
            }
            for (Prop np : other.props) {
                if (np.deleted) {
                    for (Prop op : props) {
                        if (op.name.equals(np.name)) {
                            op.deleted = true;
                            deleteLabels(op.labels);
                            break;
                        }
                    }
                    continue;
                }
                Prop collision = null;
                for (Prop op : props) {
                    if (op.name.equals(np.name)) {
                        collision = op;
                        break;
                    }
                }
                if (collision != null) {
                    for (Label l : np.labels) {
                        addLabel(collision.labels, l.name);
                    }
                    collision.value = np.value;
                    collision.deleted = false;
                    collision.source = np.source;
                } else {
                    props.add(np);
                }
            }
            for (SNode nc : other.children) {
                if (nc.deleted) {
                    for (SNode oc : children) {
                        if (oc.name.equals(nc.name)) {
                            oc.delete();
                            break;
                        }
                    }
                    continue;
                }
                SNode collision = null;
                for (SNode oc : children) {
                    if (oc.name.equals(nc.name)) {
                        collision = oc;
                        break;
                    }
                }
                if (collision != null) {
                    collision.merge(nc);
                } else {
                    nc.parent = null;
                    addChild(nc);
                }
            }
            sources.addAll(other.sources);
        }
    }
}

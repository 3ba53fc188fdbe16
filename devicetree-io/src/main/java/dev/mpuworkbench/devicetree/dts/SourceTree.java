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

    /** dtc's {@code get_node_by_ref} on the parse tree. */
    static SNode nodeByRef(SNode root, String ref) {
        if (ref.equals("/")) {
            return root;
        }
        if (ref.startsWith("/")) {
            return nodeByPath(root, ref);
        }
        return nodeByLabel(root, ref);
    }

    static SNode nodeByPath(SNode tree, String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        if (i == path.length()) {
            return tree.deleted ? null : tree;
        }
        int slash = path.indexOf('/', i);
        String part = slash < 0 ? path.substring(i) : path.substring(i, slash);
        for (SNode c : tree.children) {
            if (!c.deleted && c.name.equals(part)) {
                return slash < 0 ? c : nodeByPath(c, path.substring(slash + 1));
            }
        }
        return null;
    }

    static SNode nodeByLabel(SNode tree, String label) {
        for (Label l : tree.labels) {
            if (!l.deleted && l.name.equals(label)) {
                return tree;
            }
        }
        for (SNode c : tree.children) {
            if (!c.deleted) {
                SNode found = nodeByLabel(c, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** dtc's {@code guess_boot_cpuid}: the one-cell {@code reg} of the first child of /cpus, else 0. */
    static long guessBootCpuid(SNode root) {
        SNode cpus = nodeByPath(root, "/cpus");
        if (cpus == null || cpus.children.isEmpty()) {
            return 0;
        }
        Prop reg = cpus.children.get(0).liveProp("reg");
        if (reg == null || reg.value.length() != 4) {
            return 0;
        }
        byte[] v = reg.value.toArray();
        return ((v[0] & 0xffL) << 24) | ((v[1] & 0xffL) << 16) | ((v[2] & 0xffL) << 8) | (v[3] & 0xffL);
    }
}

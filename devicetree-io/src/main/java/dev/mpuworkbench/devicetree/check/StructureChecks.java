package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.dts.RawChild;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.List;

/** dtc's structural checks: names, duplicates, labels, {@code name} properties and explicit phandles. */
final class StructureChecks {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    static final String NODE_CHARS = LOWER + UPPER + DIGITS + ",._+-@";
    static final String PROP_CHARS = LOWER + UPPER + DIGITS + ",._+*#?-";
    static final String STRICT_CHARS = LOWER + UPPER + DIGITS + ",-";

    private StructureChecks() {
    }

    static void duplicateNodeNames(CheckContext ctx, Check c, Node node) {
        List<RawChild> raw = ctx.rawChildren(node);
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).deleted()) {
                continue;
            }
            for (int j = i + 1; j < raw.size(); j++) {
                RawChild other = raw.get(j);
                if (raw.get(i).name().equals(other.name())) {
                    ctx.failAt(c, other.deleted() ? "(null)" : other.live().path(), other.sources(), null,
                        "Duplicate node name");
                }
            }
        }
    }

    static void duplicatePropertyNames(CheckContext ctx, Check c, Node node) {
        List<Property> props = node.properties();
        for (int i = 0; i < props.size(); i++) {
            for (int j = i + 1; j < props.size(); j++) {
                if (props.get(i).name().equals(props.get(j).name())) {
                    ctx.failProperty(c, node, props.get(i), "Duplicate property name");
                }
            }
        }
    }

    static int span(String s, String allowed) {
        int n = 0;
        while (n < s.length() && allowed.indexOf(s.charAt(n)) >= 0) {
            n++;
        }
        return n;
    }

    static void nodeNameChars(CheckContext ctx, Check c, Node node) {
        int n = span(node.name(), NODE_CHARS);
        if (n < node.name().length()) {
            ctx.fail(c, node, "Bad character '" + node.name().charAt(n) + "' in node name");
        }
    }

    static void nodeNameCharsStrict(CheckContext ctx, Check c, Node node) {
        int n = span(node.name(), STRICT_CHARS);
        if (n < node.baseName().length()) {
            ctx.fail(c, node, "Character '" + node.name().charAt(n) + "' not recommended in node name");
        }
    }

    static void nodeNameFormat(CheckContext ctx, Check c, Node node) {
        if (Values.unitName(node).indexOf('@') >= 0) {
            ctx.fail(c, node, "multiple '@' characters in node name");
        }
    }

    static void nodeNameVsPropertyName(CheckContext ctx, Check c, Node node) {
        if (node.parent() != null && node.parent().hasProperty(node.name())) {
            ctx.fail(c, node, "node name and property name conflict");
        }
    }

    static void propertyNameChars(CheckContext ctx, Check c, Node node) {
        for (Property p : node.properties()) {
            int n = span(p.name(), PROP_CHARS);
            if (n < p.name().length()) {
                ctx.failProperty(c, node, p, "Bad character '" + p.name().charAt(n) + "' in property name");
            }
        }
    }

    static void propertyNameCharsStrict(CheckContext ctx, Check c, Node node) {
        for (Property p : node.properties()) {
            String name = p.name();
            int n = span(name, STRICT_CHARS);
            if (n == name.length() || name.equals("device_type")) {
                continue;
            }
            if (name.charAt(n) == '#' && (n == 0 || name.charAt(n - 1) == ',')) {
                name = name.substring(n + 1);
                n = span(name, STRICT_CHARS);
            }
            if (n < name.length()) {
                ctx.failProperty(c, node, p, "Character '" + name.charAt(n) + "' not recommended in property name");
            }
        }
    }

    static void nameProperties(CheckContext ctx, Check c, Node node) {
        Property prop = node.propertyOrNull("name");
        if (prop == null) {
            return;
        }
        String base = node.baseName();
        boolean matches = prop.length() == base.length() + 1;
        for (int i = 0; matches && i < base.length(); i++) {
            matches = prop.byteAt(i) == (base.charAt(i) & 0xff);
        }
        if (!matches) {
            ctx.fail(c, node, "\"name\" property is incorrect (\"" + Values.cString(prop)
                + "\" instead of base node name)");
        } else {
            node.removeProperty("name");
        }
    }

    // ---- labels -------------------------------------------------------------------------------------------

    /** Where a label sits: a node, a property of a node, or a value marker of a property. */
    private record LabelSite(Node node, Property prop, int marker) {
        String describe() {
            StringBuilder sb = new StringBuilder();
            if (marker >= 0) {
                sb.append("value of ");
            }
            if (prop != null) {
                sb.append('\'').append(prop.name()).append("' in ");
            }
            return sb.append(node.path()).toString();
        }

        boolean same(LabelSite o) {
            return node == o.node && prop == o.prop && marker == o.marker;
        }
    }

    static void duplicateLabel(CheckContext ctx, Check c, Node node) {
        for (String l : node.labels()) {
            checkLabel(ctx, c, l, new LabelSite(node, null, -1));
        }
        for (Property p : node.properties()) {
            for (String l : p.labels()) {
                checkLabel(ctx, c, l, new LabelSite(node, p, -1));
            }
            List<Marker> markers = p.markers();
            for (int i = 0; i < markers.size(); i++) {
                if (markers.get(i).kind() == MarkerKind.LABEL) {
                    checkLabel(ctx, c, markers.get(i).ref(), new LabelSite(node, p, i));
                }
            }
        }
    }

    private static void checkLabel(CheckContext ctx, Check c, String label, LabelSite here) {
        LabelSite other = ctx.memo("label-sites", () -> labelSites(ctx.root)).get(label);
        if (other != null && !other.same(here)) {
            ctx.fail(c, here.node(), "Duplicate label '" + label + "' on " + here.describe() + " and "
                + other.describe());
        }
    }

    /**
     * Where dtc finds each label: the first node in pre-order carrying it, else the first property, else the
     * first value marker.
     */
    private static java.util.Map<String, LabelSite> labelSites(Node root) {
        java.util.Map<String, LabelSite> nodes = new java.util.HashMap<>();
        java.util.Map<String, LabelSite> props = new java.util.HashMap<>();
        java.util.Map<String, LabelSite> marks = new java.util.HashMap<>();
        collectSites(root, nodes, props, marks);
        props.forEach(nodes::putIfAbsent);
        marks.forEach(nodes::putIfAbsent);
        return nodes;
    }

    private static void collectSites(Node node, java.util.Map<String, LabelSite> nodes,
                                     java.util.Map<String, LabelSite> props, java.util.Map<String, LabelSite> marks) {
        for (String l : node.labels()) {
            nodes.putIfAbsent(l, new LabelSite(node, null, -1));
        }
        for (Property p : node.properties()) {
            for (String l : p.labels()) {
                props.putIfAbsent(l, new LabelSite(node, p, -1));
            }
            List<Marker> markers = p.markers();
            for (int i = 0; i < markers.size(); i++) {
                if (markers.get(i).kind() == MarkerKind.LABEL) {
                    marks.putIfAbsent(markers.get(i).ref(), new LabelSite(node, p, i));
                }
            }
        }
        for (Node child : node.children()) {
            collectSites(child, nodes, props, marks);
        }
    }

    // ---- explicit phandles --------------------------------------------------------------------------------

    private static long phandleProperty(CheckContext ctx, Check c, Node node, String name) {
        Property prop = node.propertyOrNull(name);
        if (prop == null) {
            return 0;
        }
        if (prop.length() != 4) {
            ctx.failProperty(c, node, prop, "bad length (" + prop.length() + ") " + name + " property");
            return 0;
        }
        for (Marker m : prop.markers()) {
            if (m.kind() == MarkerKind.REF_PHANDLE) {
                if (node != ctx.nodeByRef(m.ref())) {
                    ctx.fail(c, node, name + " is a reference to another node");
                }
                return 0;
            }
        }
        long phandle = prop.cell(0);
        if (!CheckContext.isValidPhandle(phandle)) {
            ctx.failProperty(c, node, prop, "bad value (0x" + Values.hex(phandle) + ") in " + name + " property");
            return 0;
        }
        return phandle;
    }

    static void explicitPhandles(CheckContext ctx, Check c, Node node) {
        long phandle = phandleProperty(ctx, c, node, "phandle");
        long linux = phandleProperty(ctx, c, node, "linux,phandle");
        if (phandle == 0 && linux == 0) {
            return;
        }
        if (linux != 0 && phandle != 0 && phandle != linux) {
            ctx.fail(c, node, "mismatching 'phandle' and 'linux,phandle' properties");
        }
        if (linux != 0 && phandle == 0) {
            phandle = linux;
        }
        Node other = ctx.nodeByPhandle(phandle);
        if (other != null && other != node) {
            ctx.fail(c, node, "duplicated phandle 0x" + Values.hex(phandle) + " (seen before at " + other.path() + ")");
            return;
        }
        ctx.setPhandle(node, phandle);
    }
}

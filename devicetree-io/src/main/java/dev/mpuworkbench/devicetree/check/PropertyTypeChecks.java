package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;

/** dtc's checks that a property has the expected shape: one cell, one string, a string list; aliases. */
final class PropertyTypeChecks {
    private PropertyTypeChecks() {
    }

    static Check.Function isCell(String propertyName) {
        return (ctx, c, node) -> {
            Property p = node.propertyOrNull(propertyName);
            if (p != null && p.length() != 4) {
                ctx.failProperty(c, node, p, "property is not a single cell");
            }
        };
    }

    static Check.Function isString(String propertyName) {
        return (ctx, c, node) -> checkString(ctx, c, node, propertyName);
    }

    static void checkString(CheckContext ctx, Check c, Node node, String propertyName) {
        Property p = node.propertyOrNull(propertyName);
        if (p != null && !Values.isOneString(p)) {
            ctx.failProperty(c, node, p, "property is not a string");
        }
    }

    static Check.Function isStringList(String propertyName) {
        return (ctx, c, node) -> checkStringList(ctx, c, node, propertyName);
    }

    static void checkStringList(CheckContext ctx, Check c, Node node, String propertyName) {
        Property p = node.propertyOrNull(propertyName);
        if (p == null) {
            return;
        }
        int at = 0;
        int rem = p.length();
        while (rem > 0) {
            int l = 0;
            while (l < rem && p.byteAt(at + l) != 0) {
                l++;
            }
            if (l == rem) {
                ctx.failProperty(c, node, p, "property is not a string list");
                break;
            }
            rem -= l + 1;
            at += l + 1;
        }
    }

    static void namesIsStringList(CheckContext ctx, Check c, Node node) {
        for (Property p : node.properties()) {
            if (p.name().endsWith("-names")) {
                checkStringList(ctx, c, node, p.name());
            }
        }
    }

    static void aliasPaths(CheckContext ctx, Check c, Node node) {
        if (!node.name().equals("aliases")) {
            return;
        }
        for (Property p : node.properties()) {
            if (p.name().equals("phandle") || p.name().equals("linux,phandle")) {
                continue;
            }
            if (p.isEmpty() || CheckContext.nodeByPath(ctx.root, Values.cString(p)) == null) {
                ctx.failProperty(c, node, p, "aliases property is not a valid node (" + Values.cString(p) + ")");
                continue;
            }
            if (StructureChecks.span(p.name(), "abcdefghijklmnopqrstuvwxyz0123456789-") != p.name().length()) {
                ctx.fail(c, node, "aliases property name must include only lowercase and '-'");
            }
        }
    }
}

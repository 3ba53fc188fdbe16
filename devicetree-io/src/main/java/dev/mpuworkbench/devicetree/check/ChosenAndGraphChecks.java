package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.check.CheckContext.Bus;
import dev.mpuworkbench.devicetree.dts.RawChild;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.List;

/** dtc's {@code /chosen} checks and OF graph (port/endpoint) checks. */
final class ChosenAndGraphChecks {
    private ChosenAndGraphChecks() {
    }

    static void obsoleteChosenInterruptController(CheckContext ctx, Check c, Node node) {
        if (node != ctx.root) {
            return;
        }
        Node chosen = CheckContext.nodeByPath(ctx.root, "/chosen");
        if (chosen == null) {
            return;
        }
        Property prop = chosen.propertyOrNull("interrupt-controller");
        if (prop != null) {
            ctx.failProperty(c, node, prop, "/chosen has obsolete \"interrupt-controller\" property");
        }
    }

    static void chosenNodeIsRoot(CheckContext ctx, Check c, Node node) {
        if (node.name().equals("chosen") && node.parent() != ctx.root) {
            ctx.fail(c, node, "chosen node must be at root node");
        }
    }

    static void chosenNodeBootargs(CheckContext ctx, Check c, Node node) {
        if (node.name().equals("chosen") && node.hasProperty("bootargs")) {
            PropertyTypeChecks.checkString(ctx, c, node, "bootargs");
        }
    }

    static void chosenNodeStdoutPath(CheckContext ctx, Check c, Node node) {
        if (!node.name().equals("chosen")) {
            return;
        }
        Property prop = node.propertyOrNull("stdout-path");
        if (prop == null) {
            prop = node.propertyOrNull("linux,stdout-path");
            if (prop == null) {
                return;
            }
            ctx.failProperty(c, node, prop, "Use 'stdout-path' instead");
        }
        PropertyTypeChecks.checkString(ctx, c, node, prop.name());
    }

    static void graphNodes(CheckContext ctx, Check c, Node node) {
        for (Node child : node.children()) {
            if (!(Values.baseNameIs(child, "endpoint") || child.hasProperty("remote-endpoint"))) {
                continue;
            }
            if (node.parent() == null) {
                // dtc 1.6.1 crashes here; later versions report this.
                ctx.fail(c, node, "root node contains endpoint node '" + child.name()
                    + "', potentially misplaced remote-endpoint property");
                continue;
            }
            ctx.setBus(node, Bus.GRAPH_PORT);
            if (ctx.bus(node.parent()) == null
                && (node.parent().name().equals("ports") || node.hasProperty("reg"))) {
                ctx.setBus(node.parent(), Bus.GRAPH_PORTS);
            }
            break;
        }
    }

    private static void graphReg(CheckContext ctx, Check c, Node node) {
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            return;
        }
        if (prop.length() != 4) {
            ctx.fail(c, node, "graph node malformed 'reg' property");
            return;
        }
        String expected = Values.hex(prop.cell(0));
        if (!Values.unitName(node).equals(expected)) {
            ctx.fail(c, node, "graph node unit address error, expected \"" + expected + "\"");
        }
        if (ctx.addressCellsField(node.parent()) != 1) {
            ctx.failProperty(c, node, node.propertyOrNull("#address-cells"), "graph node '#address-cells' is "
                + ctx.addressCellsField(node.parent()) + ", must be 1");
        }
        if (ctx.sizeCellsField(node.parent()) != 0) {
            ctx.failProperty(c, node, node.propertyOrNull("#size-cells"), "graph node '#size-cells' is "
                + ctx.sizeCellsField(node.parent()) + ", must be 0");
        }
    }

    static void graphPort(CheckContext ctx, Check c, Node node) {
        if (ctx.bus(node) != Bus.GRAPH_PORT) {
            return;
        }
        if (!Values.baseNameIs(node, "port")) {
            ctx.fail(c, node, "graph port node name should be 'port'");
        }
        graphReg(ctx, c, node);
    }

    private static Node remoteEndpoint(CheckContext ctx, Check c, Node endpoint) {
        Property prop = endpoint.propertyOrNull("remote-endpoint");
        if (prop == null) {
            return null;
        }
        long phandle = Values.firstCell(prop);
        if (!CheckContext.isValidPhandle(phandle)) {
            return null;
        }
        Node node = ctx.nodeByPhandle(phandle);
        if (node == null) {
            ctx.failProperty(c, endpoint, prop, "graph phandle is not valid");
        }
        return node;
    }

    static void graphEndpoint(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.GRAPH_PORT) {
            return;
        }
        if (!Values.baseNameIs(node, "endpoint")) {
            ctx.fail(c, node, "graph endpoint node name should be 'endpoint'");
        }
        graphReg(ctx, c, node);
        Node remote = remoteEndpoint(ctx, c, node);
        if (remote == null) {
            return;
        }
        if (remoteEndpoint(ctx, c, remote) != node) {
            ctx.fail(c, node, "graph connection to node '" + remote.path() + "' is not bidirectional");
        }
    }

    static void graphChildAddress(CheckContext ctx, Check c, Node node) {
        Bus bus = ctx.bus(node);
        if (bus != Bus.GRAPH_PORTS && bus != Bus.GRAPH_PORT) {
            return;
        }
        int count = 0;
        for (Node child : node.children()) {
            Property reg = child.propertyOrNull("reg");
            if (reg != null && Values.firstCell(reg) != 0) {
                return;
            }
            count++;
        }
        if (count == 1 && ctx.addressCellsField(node) != -1) {
            List<RawChild> raw = ctx.rawChildren(node);
            ctx.fail(c, node, "graph node has single child node '" + raw.get(0).name()
                + "', #address-cells/#size-cells are not necessary");
        }
    }
}

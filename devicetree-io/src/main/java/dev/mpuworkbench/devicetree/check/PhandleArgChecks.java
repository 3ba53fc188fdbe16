package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;

/**
 * dtc's checks of "phandle + arguments" properties ({@code clocks}, {@code *-gpios}, ...) and of interrupts.
 * The argument walk stops on a cell count that would overflow, as dtc does since 1.7.0 (1.6.1 loops forever).
 */
final class PhandleArgChecks {
    private PhandleArgChecks() {
    }

    /** A property whose entries are a phandle followed by as many cells as the provider's cells property says. */
    record Provider(String propertyName, String cellsName, boolean optional) {
    }

    static Check.Function providerCells(Provider provider) {
        return (ctx, c, node) -> {
            Property prop = node.propertyOrNull(provider.propertyName());
            if (prop != null) {
                phandleArgs(ctx, c, node, prop, provider);
            }
        };
    }

    static void phandleArgs(CheckContext ctx, Check c, Node node, Property prop, Provider provider) {
        if (prop.length() % 4 != 0) {
            ctx.failProperty(c, node, prop, "property size (" + prop.length() + ") is invalid, expected multiple of 4");
            return;
        }
        long cellSize = 0;
        long cells = prop.length() / 4;
        for (long cell = 0; cell < cells; cell = (cell + cellSize + 1) & 0xffffffffL) {
            long phandle = prop.cell((int) cell);
            if (!CheckContext.isValidPhandle(phandle)) {
                if (ctx.plugin) {
                    break;
                }
                cellSize = 0;
                continue;
            }
            if (!prop.markers().isEmpty()) {
                boolean isReference = false;
                for (Marker m : prop.markers()) {
                    if (m.kind() == MarkerKind.REF_PHANDLE && m.offset() == cell * 4) {
                        isReference = true;
                        break;
                    }
                }
                if (!isReference) {
                    ctx.failProperty(c, node, prop, "cell " + cell + " is not a phandle reference");
                }
            }
            Node providerNode = ctx.nodeByPhandle(phandle);
            if (providerNode == null) {
                ctx.failProperty(c, node, prop, "Could not get phandle node for (cell " + cell + ")");
                break;
            }
            Property cellProp = providerNode.propertyOrNull(provider.cellsName());
            if (cellProp != null) {
                cellSize = Values.firstCell(cellProp);
            } else if (provider.optional()) {
                cellSize = 0;
            } else {
                ctx.fail(c, node, "Missing property '" + provider.cellsName() + "' in node " + providerNode.path()
                    + " or bad phandle (referred from " + prop.name() + "[" + cell + "])");
                break;
            }
            long expected = (((cell + cellSize + 1) & 0xffffffffL) * 4) & 0xffffffffL;
            if (expected <= cell || prop.length() < expected) {
                ctx.failProperty(c, node, prop, "property size (" + prop.length() + ") too small for cell size "
                    + cellSize);
                break;
            }
        }
    }

    static boolean isGpio(Property prop) {
        String n = prop.name();
        if (n.endsWith(",nr-gpios")) {
            return false;
        }
        return n.endsWith("-gpios") || n.equals("gpios") || n.endsWith("-gpio") || n.equals("gpio");
    }

    static void gpiosProperty(CheckContext ctx, Check c, Node node) {
        if (node.hasProperty("gpio-hog")) {
            return;
        }
        for (Property p : node.properties()) {
            if (isGpio(p)) {
                phandleArgs(ctx, c, node, p, new Provider(p.name(), "#gpio-cells", false));
            }
        }
    }

    static void deprecatedGpioProperty(CheckContext ctx, Check c, Node node) {
        for (Property p : node.properties()) {
            if (isGpio(p) && p.name().endsWith("gpio")) {
                ctx.failProperty(c, node, p, "'[*-]gpio' is deprecated, use '[*-]gpios' instead");
            }
        }
    }

    static boolean isInterruptProvider(Node node) {
        return node.hasProperty("interrupt-controller") || node.hasProperty("interrupt-map");
    }

    /** dtc 1.6.1's interrupt_provider check (it also wants {@code #address-cells}). */
    static void interruptProvider(CheckContext ctx, Check c, Node node) {
        if (!isInterruptProvider(node)) {
            return;
        }
        if (!node.hasProperty("#interrupt-cells")) {
            ctx.fail(c, node, "Missing #interrupt-cells in interrupt provider");
        }
        if (!node.hasProperty("#address-cells")) {
            ctx.fail(c, node, "Missing #address-cells in interrupt provider");
        }
    }

    static void interruptsProperty(CheckContext ctx, Check c, Node node) {
        Property irq = node.propertyOrNull("interrupts");
        if (irq == null) {
            return;
        }
        if (irq.length() % 4 != 0) {
            ctx.failProperty(c, node, irq, "size (" + irq.length() + ") is invalid, expected multiple of 4");
        }
        Node irqNode = null;
        Node parent = node;
        Property prop = null;
        while (parent != null && prop == null) {
            if (parent != node && isInterruptProvider(parent)) {
                irqNode = parent;
                break;
            }
            prop = parent.propertyOrNull("interrupt-parent");
            if (prop != null) {
                long phandle = Values.firstCell(prop);
                if (!CheckContext.isValidPhandle(phandle)) {
                    if (ctx.plugin) {
                        return;
                    }
                    ctx.failProperty(c, parent, prop, "Invalid phandle");
                    continue;
                }
                irqNode = ctx.nodeByPhandle(phandle);
                if (irqNode == null) {
                    ctx.failProperty(c, parent, prop, "Bad phandle");
                    return;
                }
                if (!isInterruptProvider(irqNode)) {
                    ctx.fail(c, irqNode, "Missing interrupt-controller or interrupt-map property");
                }
                break;
            }
            parent = parent.parent();
        }
        if (irqNode == null) {
            ctx.fail(c, node, "Missing interrupt-parent");
            return;
        }
        Property cellsProp = irqNode.propertyOrNull("#interrupt-cells");
        if (cellsProp == null) {
            return;
        }
        int unit = (int) (Values.firstCell(cellsProp) * 4);
        if (unit == 0 ? irq.length() != 0 : irq.length() % unit != 0) {
            ctx.failProperty(c, node, cellsProp, "size is (" + irq.length() + "), expected multiple of " + unit);
        }
    }
}

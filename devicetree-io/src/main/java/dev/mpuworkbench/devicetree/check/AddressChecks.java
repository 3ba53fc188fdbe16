package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;

/** dtc's address checks: cell counts, {@code reg}/{@code ranges} lengths, unit addresses. */
final class AddressChecks {
    private AddressChecks() {
    }

    static void addrSizeCells(CheckContext ctx, Check c, Node node) {
        Property a = node.propertyOrNull("#address-cells");
        Property s = node.propertyOrNull("#size-cells");
        ctx.setCells(node, a == null ? -1 : (int) Values.firstCell(a), s == null ? -1 : (int) Values.firstCell(s));
    }

    private static boolean isMultipleOf(int multiple, int divisor) {
        return divisor == 0 ? multiple == 0 : multiple % divisor == 0;
    }

    static void regFormat(CheckContext ctx, Check c, Node node) {
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            return;
        }
        if (node.parent() == null) {
            ctx.fail(c, node, "Root node has a \"reg\" property");
            return;
        }
        if (prop.length() == 0) {
            ctx.failProperty(c, node, prop, "property is empty");
        }
        int addr = ctx.nodeAddressCells(node.parent());
        int size = ctx.nodeSizeCells(node.parent());
        int entry = (addr + size) * 4;
        if (!isMultipleOf(prop.length(), entry)) {
            ctx.failProperty(c, node, prop, "property has invalid length (" + prop.length() + " bytes) (#address-cells == "
                + addr + ", #size-cells == " + size + ")");
        }
    }

    static Check.Function rangesFormat(String ranges) {
        return (ctx, c, node) -> {
            Property prop = node.propertyOrNull(ranges);
            if (prop == null) {
                return;
            }
            if (node.parent() == null) {
                ctx.failProperty(c, node, prop, "Root node has a \"" + ranges + "\" property");
                return;
            }
            int pAddr = ctx.nodeAddressCells(node.parent());
            int pSize = ctx.nodeSizeCells(node.parent());
            int cAddr = ctx.nodeAddressCells(node);
            int cSize = ctx.nodeSizeCells(node);
            int entry = (pAddr + cAddr + cSize) * 4;
            if (prop.length() == 0) {
                if (pAddr != cAddr) {
                    ctx.failProperty(c, node, prop, "empty \"" + ranges + "\" property but its #address-cells (" + cAddr
                        + ") differs from " + node.parent().path() + " (" + pAddr + ")");
                }
                if (pSize != cSize) {
                    ctx.failProperty(c, node, prop, "empty \"" + ranges + "\" property but its #size-cells (" + cSize
                        + ") differs from " + node.parent().path() + " (" + pSize + ")");
                }
            } else if (!isMultipleOf(prop.length(), entry)) {
                ctx.failProperty(c, node, prop, "\"" + ranges + "\" property has invalid length (" + prop.length()
                    + " bytes) (parent #address-cells == " + pAddr + ", child #address-cells == " + cAddr
                    + ", #size-cells == " + cSize + ")");
            }
        };
    }

    static void unitAddressVsReg(CheckContext ctx, Check c, Node node) {
        if (node.childOrNull("__overlay__") != null) {
            return;
        }
        String unit = Values.unitName(node);
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            prop = node.propertyOrNull("ranges");
            if (prop != null && prop.isEmpty()) {
                prop = null;
            }
        }
        if (prop != null) {
            if (unit.isEmpty()) {
                ctx.fail(c, node, "node has a reg or ranges property, but no unit name");
            }
        } else if (!unit.isEmpty()) {
            ctx.fail(c, node, "node has a unit name, but no reg or ranges property");
        }
    }

    static void unitAddressFormat(CheckContext ctx, Check c, Node node) {
        if (node.parent() != null && ctx.bus(node.parent()) != null) {
            return;
        }
        String unit = Values.unitName(node);
        if (unit.isEmpty()) {
            return;
        }
        if (unit.startsWith("0x")) {
            ctx.fail(c, node, "unit name should not have leading \"0x\"");
            unit = unit.substring(2);
        }
        if (unit.length() > 1 && unit.charAt(0) == '0' && Character.digit(unit.charAt(1), 16) >= 0) {
            ctx.fail(c, node, "unit name should not have leading 0s");
        }
    }

    static void avoidDefaultAddrSize(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null) {
            return;
        }
        if (!node.hasProperty("reg") && !node.hasProperty("ranges")) {
            return;
        }
        if (ctx.addressCellsField(node.parent()) == -1) {
            ctx.fail(c, node, "Relying on default #address-cells value");
        }
        if (ctx.sizeCellsField(node.parent()) == -1) {
            ctx.fail(c, node, "Relying on default #size-cells value");
        }
    }

    static void avoidUnnecessaryAddrSize(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.addressCellsField(node) < 0 || ctx.sizeCellsField(node) < 0) {
            return;
        }
        if (node.hasProperty("ranges") || !ctx.hasAnyChild(node)) {
            return;
        }
        for (Node child : node.children()) {
            if (child.hasProperty("reg")) {
                return;
            }
        }
        ctx.fail(c, node, "unnecessary #address-cells/#size-cells without \"ranges\" or child \"reg\" property");
    }

    private static boolean isDisabled(Node node) {
        Property p = node.propertyOrNull("status");
        return p != null && Values.cStringEquals(p, "disabled");
    }

    static Check.Function uniqueUnitAddress(boolean skipDisabled) {
        return (ctx, c, node) -> {
            if (ctx.addressCellsField(node) < 0 || ctx.sizeCellsField(node) < 0 || !ctx.hasAnyChild(node)) {
                return;
            }
            for (Node a : node.children()) {
                String addrA = Values.unitName(a);
                if (addrA.isEmpty() || (skipDisabled && isDisabled(a))) {
                    continue;
                }
                for (Node b : node.children()) {
                    if (a == b) {
                        break;
                    }
                    if (skipDisabled && isDisabled(b)) {
                        continue;
                    }
                    if (addrA.equals(Values.unitName(b))) {
                        ctx.fail(c, b, "duplicate unit-address (also used in node " + a.path() + ")");
                    }
                }
            }
        };
    }
}

package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.check.CheckContext.Bus;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;

/** dtc's bus checks (PCI, simple-bus, I2C, SPI): the bridge checks tag buses, the reg checks read the tags. */
final class BusChecks {
    private static final long I2C_OWN_SLAVE_ADDRESS = 1L << 30;
    private static final long I2C_TEN_BIT_ADDRESS = 1L << 31;

    private BusChecks() {
    }

    static void pciBridge(CheckContext ctx, Check c, Node node) {
        Property prop = node.propertyOrNull("device_type");
        if (prop == null || !Values.cStringEquals(prop, "pci")) {
            return;
        }
        ctx.setBus(node, Bus.PCI);
        if (!Values.baseNameIs(node, "pci") && !Values.baseNameIs(node, "pcie")) {
            ctx.fail(c, node, "node name is not \"pci\" or \"pcie\"");
        }
        if (!node.hasProperty("ranges")) {
            ctx.fail(c, node, "missing ranges for PCI bridge (or not a bridge)");
        }
        if (ctx.nodeAddressCells(node) != 3) {
            ctx.fail(c, node, "incorrect #address-cells for PCI bridge");
        }
        if (ctx.nodeSizeCells(node) != 2) {
            ctx.fail(c, node, "incorrect #size-cells for PCI bridge");
        }
        prop = node.propertyOrNull("bus-range");
        if (prop == null) {
            return;
        }
        if (prop.length() != 8) {
            ctx.failProperty(c, node, prop, "value must be 2 cells");
            return;
        }
        if (prop.cell(0) > prop.cell(1)) {
            ctx.failProperty(c, node, prop, "1st cell must be less than or equal to 2nd cell");
        }
        if (prop.cell(1) > 0xff) {
            ctx.failProperty(c, node, prop, "maximum bus number must be less than 256");
        }
    }

    static void pciDeviceBusNum(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.PCI) {
            return;
        }
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            return;
        }
        long busNum = (Values.cellOrZero(prop, 0) & 0x00ff0000L) >> 16;
        long min = 0;
        long max = 0;
        Property range = node.parent().propertyOrNull("bus-range");
        if (range != null) {
            min = Values.cellOrZero(range, 0);
            max = Values.cellOrZero(range, 1);
        }
        if (busNum < min || busNum > max) {
            ctx.failProperty(c, node, range, "PCI bus number " + busNum + " out of range, expected (" + min + " - "
                + max + ")");
        }
    }

    static void pciDeviceReg(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.PCI) {
            return;
        }
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            return;
        }
        if (Values.cellOrZero(prop, 1) != 0 || Values.cellOrZero(prop, 2) != 0) {
            ctx.failProperty(c, node, prop, "PCI reg config space address cells 2 and 3 must be 0");
        }
        long reg = Values.cellOrZero(prop, 0);
        long dev = (reg & 0xf800) >> 11;
        long func = (reg & 0x700) >> 8;
        if ((reg & 0xff000000L) != 0) {
            ctx.failProperty(c, node, prop, "PCI reg address is not configuration space");
        }
        if ((reg & 0xff) != 0) {
            ctx.failProperty(c, node, prop, "PCI reg config space address register number must be 0");
        }
        String unit = Values.unitName(node);
        if (func == 0 && unit.equals(Values.hex(dev))) {
            return;
        }
        String expected = Values.hex(dev) + "," + Values.hex(func);
        if (unit.equals(expected)) {
            return;
        }
        ctx.fail(c, node, "PCI unit address format error, expected \"" + expected + "\"");
    }

    static void simpleBusBridge(CheckContext ctx, Check c, Node node) {
        if (node.isCompatible("simple-bus")) {
            ctx.setBus(node, Bus.SIMPLE);
        }
    }

    static void simpleBusReg(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.SIMPLE) {
            return;
        }
        Property prop = node.propertyOrNull("reg");
        int firstCell = 0;
        boolean hasCells = false;
        if (prop != null) {
            hasCells = true;
        } else {
            prop = node.propertyOrNull("ranges");
            if (prop != null && !prop.isEmpty()) {
                hasCells = true;
                firstCell = ctx.nodeAddressCells(node);
            }
        }
        if (!hasCells) {
            if (node.parent().parent() != null && ctx.bus(node) != Bus.SIMPLE) {
                ctx.fail(c, node, "missing or empty reg/ranges property");
            }
            return;
        }
        long reg = 0;
        int size = ctx.nodeAddressCells(node.parent());
        for (int i = 0; i < size; i++) {
            reg = (reg << 32) | Values.cellOrZero(prop, firstCell + i);
        }
        String expected = Long.toHexString(reg);
        if (!Values.unitName(node).equals(expected)) {
            ctx.fail(c, node, "simple-bus unit address format error, expected \"" + expected + "\"");
        }
    }

    static void i2cBusBridge(CheckContext ctx, Check c, Node node) {
        if (Values.baseNameIs(node, "i2c-bus") || Values.baseNameIs(node, "i2c-arb")) {
            ctx.setBus(node, Bus.I2C);
        } else if (Values.baseNameIs(node, "i2c")) {
            // dtc compares each child's name to "i2c-bus" with the parent's base name length (3), which never
            // matches, so an "i2c" node is always an I2C bus.
            ctx.setBus(node, Bus.I2C);
        } else {
            return;
        }
        if (!ctx.hasAnyChild(node)) {
            return;
        }
        if (ctx.nodeAddressCells(node) != 1) {
            ctx.fail(c, node, "incorrect #address-cells for I2C bus");
        }
        if (ctx.nodeSizeCells(node) != 0) {
            ctx.fail(c, node, "incorrect #size-cells for I2C bus");
        }
    }

    static void i2cBusReg(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.I2C) {
            return;
        }
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            ctx.fail(c, node, "missing or empty reg property");
            return;
        }
        long reg = Values.cellOrZero(prop, 0) & ~I2C_OWN_SLAVE_ADDRESS;
        String expected = Long.toHexString(reg);
        if (!Values.unitName(node).equals(expected)) {
            ctx.fail(c, node, "I2C bus unit address format error, expected \"" + expected + "\"");
        }
        for (int cell = 0; cell * 4 < prop.length(); cell++) {
            reg = Values.cellOrZero(prop, cell) & ~I2C_OWN_SLAVE_ADDRESS;
            if ((reg & I2C_TEN_BIT_ADDRESS) != 0 && (reg & ~I2C_TEN_BIT_ADDRESS) > 0x3ff) {
                ctx.failProperty(c, node, prop, "I2C address must be less than 10-bits, got \"0x" + Values.hex(reg) + "\"");
            } else if (reg > 0x7f) {
                ctx.failProperty(c, node, prop, "I2C address must be less than 7-bits, got \"0x" + Values.hex(reg)
                    + "\". Set I2C_TEN_BIT_ADDRESS for 10 bit addresses or fix the property");
            }
        }
    }

    static void spiBusBridge(CheckContext ctx, Check c, Node node) {
        if (Values.baseNameIs(node, "spi")) {
            ctx.setBus(node, Bus.SPI);
        } else {
            if (ctx.nodeAddressCells(node) != 1 || ctx.nodeSizeCells(node) != 0) {
                return;
            }
            search:
            for (Node child : node.children()) {
                for (Property p : child.properties()) {
                    if (p.name().startsWith("spi-")) {
                        ctx.setBus(node, Bus.SPI);
                        break search;
                    }
                }
            }
            if (ctx.bus(node) == Bus.SPI && node.hasProperty("reg")) {
                ctx.fail(c, node, "node name for SPI buses should be 'spi'");
            }
        }
        if (ctx.bus(node) != Bus.SPI || !ctx.hasAnyChild(node)) {
            return;
        }
        int spiAddressCells = node.hasProperty("spi-slave") ? 0 : 1;
        if (ctx.nodeAddressCells(node) != spiAddressCells) {
            ctx.fail(c, node, "incorrect #address-cells for SPI bus");
        }
        if (ctx.nodeSizeCells(node) != 0) {
            ctx.fail(c, node, "incorrect #size-cells for SPI bus");
        }
    }

    static void spiBusReg(CheckContext ctx, Check c, Node node) {
        if (node.parent() == null || ctx.bus(node.parent()) != Bus.SPI) {
            return;
        }
        if (node.parent().hasProperty("spi-slave")) {
            return;
        }
        Property prop = node.propertyOrNull("reg");
        if (prop == null) {
            ctx.fail(c, node, "missing or empty reg property");
            return;
        }
        String expected = Values.hex(Values.cellOrZero(prop, 0));
        if (!Values.unitName(node).equals(expected)) {
            ctx.fail(c, node, "SPI bus unit address format error, expected \"" + expected + "\"");
        }
    }
}

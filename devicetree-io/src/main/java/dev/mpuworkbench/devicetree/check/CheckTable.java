package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.check.PhandleArgChecks.Provider;
import java.util.ArrayList;
import java.util.List;

/** dtc 1.6.1's {@code check_table}: every check, its level, prerequisites and order. */
final class CheckTable {
    private final List<Check> table = new ArrayList<>();

    private CheckTable() {
    }

    private static Check warning(String name, Check.Function f, Check... prereqs) {
        return new Check(name, f, true, false, List.of(prereqs));
    }

    private static Check error(String name, Check.Function f, Check... prereqs) {
        return new Check(name, f, false, true, List.of(prereqs));
    }

    private static Check silent(String name, Check.Function f, Check... prereqs) {
        return new Check(name, f, false, false, List.of(prereqs));
    }

    private void add(Check... checks) {
        table.addAll(List.of(checks));
    }

    static List<Check> create() {
        CheckTable t = new CheckTable();
        Check duplicateNodeNames = error("duplicate_node_names", StructureChecks::duplicateNodeNames);
        Check duplicatePropertyNames = error("duplicate_property_names", StructureChecks::duplicatePropertyNames);
        Check nodeNameChars = error("node_name_chars", StructureChecks::nodeNameChars);
        Check nodeNameFormat = error("node_name_format", StructureChecks::nodeNameFormat, nodeNameChars);
        Check propertyNameChars = error("property_name_chars", StructureChecks::propertyNameChars);
        Check nameIsString = error("name_is_string", PropertyTypeChecks.isString("name"));
        Check nameProperties = error("name_properties", StructureChecks::nameProperties, nameIsString);
        Check nodeNameVsPropertyName = warning("node_name_vs_property_name",
            StructureChecks::nodeNameVsPropertyName, nodeNameChars);
        t.add(duplicateNodeNames, duplicatePropertyNames, nodeNameChars, nodeNameFormat, propertyNameChars,
            nameIsString, nameProperties, nodeNameVsPropertyName);

        t.add(error("duplicate_label", StructureChecks::duplicateLabel));

        Check explicitPhandles = error("explicit_phandles", StructureChecks::explicitPhandles);
        Check phandleReferences = error("phandle_references", ReferenceFixups::phandleReferences,
            duplicateNodeNames, explicitPhandles);
        Check pathReferences = error("path_references", ReferenceFixups::pathReferences, duplicateNodeNames);
        Check omitUnusedNodes = error("omit_unused_nodes", ReferenceFixups::omitUnusedNodes, phandleReferences,
            pathReferences);
        t.add(explicitPhandles, phandleReferences, pathReferences, omitUnusedNodes);

        Check addressCellsIsCell = warning("address_cells_is_cell", PropertyTypeChecks.isCell("#address-cells"));
        Check sizeCellsIsCell = warning("size_cells_is_cell", PropertyTypeChecks.isCell("#size-cells"));
        Check deviceTypeIsString = warning("device_type_is_string", PropertyTypeChecks.isString("device_type"));
        t.add(addressCellsIsCell, sizeCellsIsCell, deviceTypeIsString,
            warning("model_is_string", PropertyTypeChecks.isString("model")),
            warning("status_is_string", PropertyTypeChecks.isString("status")),
            warning("label_is_string", PropertyTypeChecks.isString("label")));

        Check compatibleIsStringList = warning("compatible_is_string_list",
            PropertyTypeChecks.isStringList("compatible"));
        t.add(compatibleIsStringList, warning("names_is_string_list", PropertyTypeChecks::namesIsStringList));

        t.add(silent("property_name_chars_strict", StructureChecks::propertyNameCharsStrict),
            silent("node_name_chars_strict", StructureChecks::nodeNameCharsStrict));

        Check addrSizeCells = warning("addr_size_cells", AddressChecks::addrSizeCells, addressCellsIsCell,
            sizeCellsIsCell);
        Check regFormat = warning("reg_format", AddressChecks::regFormat, addrSizeCells);
        t.add(addrSizeCells, regFormat,
            warning("ranges_format", AddressChecks.rangesFormat("ranges"), addrSizeCells),
            warning("dma_ranges_format", AddressChecks.rangesFormat("dma-ranges"), addrSizeCells));

        Check pciBridge = warning("pci_bridge", BusChecks::pciBridge, deviceTypeIsString, addrSizeCells);
        Check simpleBusBridge = warning("simple_bus_bridge", BusChecks::simpleBusBridge, addrSizeCells,
            compatibleIsStringList);
        t.add(warning("unit_address_vs_reg", AddressChecks::unitAddressVsReg),
            warning("unit_address_format", AddressChecks::unitAddressFormat, nodeNameFormat, pciBridge,
                simpleBusBridge));

        t.add(pciBridge,
            warning("pci_device_reg", BusChecks::pciDeviceReg, regFormat, pciBridge),
            warning("pci_device_bus_num", BusChecks::pciDeviceBusNum, regFormat, pciBridge));

        t.add(simpleBusBridge, warning("simple_bus_reg", BusChecks::simpleBusReg, regFormat, simpleBusBridge));

        Check i2cBusBridge = warning("i2c_bus_bridge", BusChecks::i2cBusBridge, addrSizeCells);
        t.add(i2cBusBridge, warning("i2c_bus_reg", BusChecks::i2cBusReg, regFormat, i2cBusBridge));

        Check spiBusBridge = warning("spi_bus_bridge", BusChecks::spiBusBridge, addrSizeCells);
        t.add(spiBusBridge, warning("spi_bus_reg", BusChecks::spiBusReg, regFormat, spiBusBridge));

        Check avoidDefaultAddrSize = warning("avoid_default_addr_size", AddressChecks::avoidDefaultAddrSize,
            addrSizeCells);
        t.add(avoidDefaultAddrSize,
            warning("avoid_unnecessary_addr_size", AddressChecks::avoidUnnecessaryAddrSize, avoidDefaultAddrSize),
            warning("unique_unit_address", AddressChecks.uniqueUnitAddress(false), avoidDefaultAddrSize),
            silent("unique_unit_address_if_enabled", AddressChecks.uniqueUnitAddress(true), avoidDefaultAddrSize),
            warning("obsolete_chosen_interrupt_controller", ChosenAndGraphChecks::obsoleteChosenInterruptController),
            warning("chosen_node_is_root", ChosenAndGraphChecks::chosenNodeIsRoot),
            warning("chosen_node_bootargs", ChosenAndGraphChecks::chosenNodeBootargs),
            warning("chosen_node_stdout_path", ChosenAndGraphChecks::chosenNodeStdoutPath));

        Provider[] providers = {
            new Provider("clocks", "#clock-cells", false),
            new Provider("cooling-device", "#cooling-cells", false),
            new Provider("dmas", "#dma-cells", false),
            new Provider("hwlocks", "#hwlock-cells", false),
            new Provider("interrupts-extended", "#interrupt-cells", false),
            new Provider("io-channels", "#io-channel-cells", false),
            new Provider("iommus", "#iommu-cells", false),
            new Provider("mboxes", "#mbox-cells", false),
            new Provider("msi-parent", "#msi-cells", true),
            new Provider("mux-controls", "#mux-control-cells", false),
            new Provider("phys", "#phy-cells", false),
            new Provider("power-domains", "#power-domain-cells", false),
            new Provider("pwms", "#pwm-cells", false),
            new Provider("resets", "#reset-cells", false),
            new Provider("sound-dai", "#sound-dai-cells", false),
            new Provider("thermal-sensors", "#thermal-sensor-cells", false),
        };
        for (Provider p : providers) {
            String base = p.propertyName().replace('-', '_');
            Check isCell = warning(base + "_is_cell", PropertyTypeChecks.isCell(p.cellsName()));
            t.add(warning(base + "_property", PhandleArgChecks.providerCells(p), isCell, phandleReferences), isCell);
        }

        t.add(silent("deprecated_gpio_property", PhandleArgChecks::deprecatedGpioProperty),
            warning("gpios_property", PhandleArgChecks::gpiosProperty, phandleReferences),
            warning("interrupts_property", PhandleArgChecks::interruptsProperty),
            warning("interrupt_provider", PhandleArgChecks::interruptProvider));

        t.add(warning("alias_paths", PropertyTypeChecks::aliasPaths));

        Check graphNodes = warning("graph_nodes", ChosenAndGraphChecks::graphNodes);
        Check graphPort = warning("graph_port", ChosenAndGraphChecks::graphPort, graphNodes);
        Check graphEndpoint = warning("graph_endpoint", ChosenAndGraphChecks::graphEndpoint, graphNodes);
        t.add(graphNodes,
            warning("graph_child_address", ChosenAndGraphChecks::graphChildAddress, graphNodes, graphPort,
                graphEndpoint),
            graphPort, graphEndpoint);

        t.add(silent("always_fail", (ctx, c, node) -> ctx.fail(c, node, "always_fail check")));
        return t.table;
    }
}

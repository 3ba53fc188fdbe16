package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.mpu.XenDevices;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The board half of the exported tree: root cells and identity, {@code /cpus}, memory, reserved memory,
 * PSCI, the architected timer, the GIC (the root's interrupt parent) and every device at its CPU address,
 * {@code /aliases} for the console UART.
 */
final class BoardTreeWriter {
    static final long GIC_PHANDLE = 1;
    static final String CONSOLE_ALIAS = "serial0";
    private static final int SPI = 0;
    private static final int PPI = 1;
    private static final int LEVEL_HIGH = 4;
    private static final int LEVEL_LOW = 8;

    private final Design design;
    private final Board board;
    private final CellEncoder cells;
    private final int addressCells;
    private final int sizeCells;
    private final Map<String, String> pathByDevice = new HashMap<>();
    private boolean hasConsole;

    BoardTreeWriter(Design design, CellEncoder cells, int addressCells, int sizeCells) {
        this.design = design;
        this.board = design.board();
        this.cells = cells;
        this.addressCells = addressCells;
        this.sizeCells = sizeCells;
    }

    /** Node paths of the written devices by device name (for {@code mpuwb,passthrough}). */
    Map<String, String> pathByDevice() {
        return pathByDevice;
    }

    /** Whether {@code /aliases} names a console UART (then {@code /chosen/stdout-path} points at it). */
    boolean hasConsole() {
        return hasConsole;
    }

    /** Writes the board into the empty {@code tree}; {@code chosen} is added as the root's first child. */
    void write(DeviceTree tree, Node chosen) throws BindingException {
        Node root = tree.root();
        String model = board.name();
        root.setProperty(Property.strings("model", model));
        root.setProperty(Property.strings("compatible", Extensions.PREFIX + model.replaceAll("[^a-zA-Z0-9,._+-]", "-")));
        root.setProperty(Property.strings(Extensions.BOARD_NAME, board.name()));
        Optional<Device> gic = board.devices().stream().filter(d -> d.kind() == DeviceKind.GIC_DISTRIBUTOR).findFirst()
            .or(() -> board.devices().stream().filter(d -> d.kind().isGic()).findFirst());
        if (gic.isPresent()) root.setProperty(Property.cells("interrupt-parent", GIC_PHANDLE));
        root.setProperty(Property.cells("#address-cells", addressCells));
        root.setProperty(Property.cells("#size-cells", sizeCells));
        root.addChild(chosen);
        Node aliases = root.addChild("aliases");
        Node psci = root.addChild("psci");
        psci.setProperty(Property.strings("compatible", "arm,psci-1.0", "arm,psci-0.2"));
        psci.setProperty(Property.strings("method", "hvc"));
        cpus(root);
        boolean hasTimer = board.devices().stream().anyMatch(d -> d.kind() == DeviceKind.TIMER);
        NodeNames names = hasTimer ? new NodeNames("chosen", "aliases", "psci", "cpus", "reserved-memory")
            : new NodeNames("chosen", "aliases", "psci", "cpus", "reserved-memory", "timer");
        memory(root, names);
        reserved(tree, root);
        if (!hasTimer) defaultTimer(root);
        Set<String> passedThrough = new HashSet<>();
        for (Domain d : design.domains()) passedThrough.addAll(d.passthrough());
        for (Device d : board.devices()) {
            Node node = device(root, names, d, gic.isPresent() && gic.get() == d);
            if (passedThrough.contains(d.name())) node.setProperty(Property.empty(XenNames.PASSTHROUGH));
            pathByDevice.put(d.name(), node.path());
        }
        Optional<Device> console = XenDevices.consoleUart(design);
        if (console.isPresent()) {
            aliases.setProperty(Property.strings(CONSOLE_ALIAS, pathByDevice.get(console.get().name())));
            hasConsole = true;
        }
    }

    private void cpus(Node root) {
        Node cpus = root.addChild("cpus");
        cpus.setProperty(Property.cells("#address-cells", 1));
        cpus.setProperty(Property.cells("#size-cells", 0));
        cpus.setProperty(Property.cells(Extensions.EL2_REGIONS, board.el2MpuRegions()));
        cpus.setProperty(Property.cells(Extensions.EL1_REGIONS, board.el1MpuRegions()));
        String compatible = board.cpu() == CpuKind.CORTEX_R52 ? "arm,cortex-r52" : "arm,cortex-r82";
        for (int i = 0; i < board.cpuCount(); i++) {
            Node cpu = cpus.addChild("cpu@" + Integer.toHexString(i));
            cpu.setProperty(Property.strings("device_type", "cpu"));
            cpu.setProperty(Property.strings("compatible", compatible));
            cpu.setProperty(Property.cells("reg", i));
            cpu.setProperty(Property.strings("enable-method", "psci"));
        }
    }

    private void memory(Node root, NodeNames names) throws BindingException {
        for (MemoryBank bank : board.memory()) {
            String unit = NodeNames.unit(bank.range().base());
            String name = names.pick(bank.name(), unit, "memory");
            Node node = root.addChild(name);
            node.setProperty(Property.strings("device_type", "memory"));
            cells.pairs(node, "reg", addressCells, sizeCells, List.of(bank.range()));
            if (!name.equals(bank.name())) node.setProperty(Property.strings(Extensions.NAME, bank.name()));
        }
    }

    private void reserved(DeviceTree tree, Node root) throws BindingException {
        List<ReservedRange> nodes = new ArrayList<>();
        for (ReservedRange r : board.reserved()) {
            if (r.source() == ReservedRange.Source.MEMRESERVE) {
                tree.addReservation(new MemoryReservation(r.range().base(), r.range().size()));
            } else {
                nodes.add(r);
            }
        }
        if (nodes.isEmpty()) return;
        Node parent = root.addChild("reserved-memory");
        parent.setProperty(Property.cells("#address-cells", addressCells));
        parent.setProperty(Property.cells("#size-cells", sizeCells));
        parent.setProperty(Property.empty("ranges"));
        NodeNames names = new NodeNames();
        for (ReservedRange r : nodes) {
            String name = names.pick(r.name(), NodeNames.unit(r.range().base()), "reserved");
            Node node = parent.addChild(name);
            cells.pairs(node, "reg", addressCells, sizeCells, List.of(r.range()));
            node.setProperty(Property.empty("no-map"));
            if (!name.equals(r.name())) node.setProperty(Property.strings(Extensions.NAME, r.name()));
        }
    }

    private void defaultTimer(Node root) {
        Node timer = root.addChild("timer");
        timer.setProperty(Property.strings("compatible", DeviceKinds.timerCompatible(board.cpu())));
        timer.setProperty(Property.cells("interrupts", specifiers(DeviceKinds.TIMER_PPIS, PPI, LEVEL_LOW)));
    }

    private Node device(Node root, NodeNames names, Device d, boolean isInterruptParent) throws BindingException {
        String unit = d.mmio().isEmpty() ? null : NodeNames.unit(d.mmio().get(0).base());
        int at = d.name().indexOf('@');
        String name = names.pick(d.name(), unit, at < 0 ? d.name() : d.name().substring(0, at));
        Node node = root.addChild(name);
        if (!d.compatible().isEmpty()) node.setProperty(Property.strings("compatible", d.compatible()));
        if (isInterruptParent) {
            node.setProperty(Property.cells("#interrupt-cells", 3));
            node.setProperty(Property.cells("#address-cells", 0));
            node.setProperty(Property.empty("interrupt-controller"));
        }
        if (!d.mmio().isEmpty()) cells.pairs(node, "reg", addressCells, sizeCells, d.mmio());
        List<Long> spec = new ArrayList<>();
        if (isInterruptParent) {
            for (long v : specifiers(List.of(DeviceKinds.GIC_MAINTENANCE_PPI), PPI, LEVEL_HIGH)) spec.add(v);
        }
        boolean timer = d.kind() == DeviceKind.TIMER;
        for (long v : specifiers(d.interrupts(), timer ? PPI : SPI, timer ? LEVEL_LOW : LEVEL_HIGH)) spec.add(v);
        if (!spec.isEmpty()) {
            node.setProperty(Property.cells("interrupts", spec.stream().mapToLong(Long::longValue).toArray()));
        }
        if (isInterruptParent) node.setProperty(Property.cells("phandle", GIC_PHANDLE));
        if (!name.equals(d.name())) node.setProperty(Property.strings(Extensions.NAME, d.name()));
        List<String> compatibles = d.compatible().isEmpty() ? List.of() : List.of(d.compatible());
        if (DeviceKinds.of(compatibles) != d.kind()) {
            node.setProperty(Property.strings(Extensions.DEVICE_KIND, d.kind().name()));
        }
        if (DeviceKinds.defaultMemoryType(d.kind()) != d.memoryType()) {
            node.setProperty(Property.strings(Extensions.MEMORY_TYPE, d.memoryType().name()));
        }
        if (d.mmio().isEmpty()) node.setProperty(Property.empty(Extensions.DEVICE));
        return node;
    }

    private static long[] specifiers(List<Integer> numbers, int type, int flags) {
        long[] out = new long[numbers.size() * 3];
        for (int i = 0; i < numbers.size(); i++) {
            out[3 * i] = type;
            out[3 * i + 1] = numbers.get(i) & 0xffffffffL;
            out[3 * i + 2] = flags;
        }
        return out;
    }
}

package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The board's devices: every node with {@code reg} outside the memory, cpus, reserved-memory and chosen parts
 * of the tree, its windows translated to CPU addresses through every parent's {@code ranges}.
 */
final class DeviceReader {
    /** The devices and where each came from. */
    record Devices(List<Device> devices, Map<String, String> nameByPath, List<String> passthroughPaths) {
    }

    private static final Set<String> SKIPPED_SUBTREES = Set.of("cpus", "chosen", "reserved-memory", "aliases",
        "__symbols__", "__fixups__", "__local_fixups__");
    private static final int SPI = 0;
    private static final int PPI = 1;

    private final ImportContext ctx;
    private final Map<Device, Node> nodeOf = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Interrupts interrupts;
    private final List<String> passthrough = new ArrayList<>();

    private DeviceReader(ImportContext ctx) {
        this.ctx = ctx;
        this.interrupts = new Interrupts(ctx.references);
    }

    static Devices read(ImportContext ctx) throws BindingException {
        DeviceReader r = new DeviceReader(ctx);
        for (Node child : ctx.tree.root().children()) {
            if (!SKIPPED_SUBTREES.contains(child.name())) r.visit(child);
        }
        List<Device> devices = new ArrayList<>(r.nodeOf.keySet());
        if (!ctx.writtenByUs()) {
            devices.sort(Comparator.comparing(Device::kind)
                .thenComparingLong(d -> d.mmio().isEmpty() ? Long.MAX_VALUE : d.mmio().get(0).base())
                .thenComparing(Device::name));
        }
        Map<String, String> nameByPath = new LinkedHashMap<>();
        r.nodeOf.forEach((d, n) -> nameByPath.put(n.path(), d.name()));
        return new Devices(devices, nameByPath, List.copyOf(r.passthrough));
    }

    private void visit(Node node) throws BindingException {
        if (MemoryReader.isMemoryNode(node)) return;
        device(node).ifPresent(d -> {
            nodeOf.put(d, node);
            if (node.hasProperty(XenNames.PASSTHROUGH)) passthrough.add(node.path());
        });
        for (Node child : node.children()) visit(child);
    }

    private Optional<Device> device(Node node) throws BindingException {
        List<String> compatibles = node.strings("compatible");
        DeviceKind kind = kind(node, compatibles);
        boolean marked = node.hasProperty(Extensions.DEVICE);
        List<AddressRange> mmio = List.of();
        if (node.hasProperty("reg")) {
            Optional<List<AddressRange>> windows = windows(node);
            if (windows.isEmpty()) return Optional.empty();
            mmio = windows.get();
        } else if (!marked && kind != DeviceKind.TIMER) {
            return Optional.empty();
        }
        List<Integer> interrupts = interrupts(node, kind);
        if (!marked && mmio.isEmpty() && interrupts.equals(DeviceKinds.TIMER_PPIS)) {
            return Optional.empty(); // the architected timer as every Armv8-R board has it; the exporter writes it
        }
        MemoryType type = memoryType(node, kind);
        String compatible = compatibles.isEmpty() ? "" : compatibles.get(0);
        return Optional.of(new Device(name(node), compatible, kind, mmio, type, interrupts));
    }

    private Optional<List<AddressRange>> windows(Node node) throws BindingException {
        Node parent = node.parent();
        Cells.Widths widths;
        try {
            widths = ctx.cells.widthsOf(parent);
        } catch (BindingException e) {
            ctx.note(node, "left out: " + e.problem());
            return Optional.empty();
        }
        if (widths.size() == 0) {
            ctx.note(node, "left out: its parent has #size-cells = <0>, so reg is not a memory-mapped window");
            return Optional.empty();
        }
        List<AddressRange> raw = ctx.cells.ranges(node, "reg", widths);
        List<AddressRange> out = new ArrayList<>();
        for (AddressRange r : raw) {
            OptionalLong cpu = DeviceTree.translateToCpu(parent, r.base());
            if (cpu.isEmpty()) {
                ctx.note(node, "left out: reg " + r + " cannot be translated to a CPU address (a parent has no "
                    + "matching ranges)");
                return Optional.empty();
            }
            out.add(ctx.cells.range(node, node.propertyOrNull("reg"), cpu.getAsLong(), r.size()));
        }
        return Optional.of(out);
    }

    private DeviceKind kind(Node node, List<String> compatibles) throws BindingException {
        String given = ctx.cells.string(node, Extensions.DEVICE_KIND);
        if (given == null) return DeviceKinds.of(compatibles);
        try {
            return DeviceKind.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw ctx.error(node, Extensions.DEVICE_KIND, Extensions.DEVICE_KIND + " \"" + given
                + "\" is not one of " + List.of(DeviceKind.values()));
        }
    }

    private MemoryType memoryType(Node node, DeviceKind kind) throws BindingException {
        String given = ctx.cells.string(node, Extensions.MEMORY_TYPE);
        if (given == null) return DeviceKinds.defaultMemoryType(kind);
        try {
            return MemoryType.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw ctx.error(node, Extensions.MEMORY_TYPE, Extensions.MEMORY_TYPE + " \"" + given
                + "\" is not one of " + List.of(MemoryType.values()));
        }
    }

    private String name(Node node) throws BindingException {
        String given = ctx.cells.string(node, Extensions.NAME);
        String name = given != null ? given : node.name();
        if (names.contains(name) && given == null) name = node.path().substring(1);
        if (!names.add(name)) throw ctx.error(node, "a second device is called \"" + name + "\"; names must be unique");
        return name;
    }

    /** SPI numbers (PPI numbers for a timer) of the node's GIC interrupt specifiers. */
    private List<Integer> interrupts(Node node, DeviceKind kind) {
        Property p = node.propertyOrNull("interrupts");
        if (p == null) {
            if (node.hasProperty("interrupts-extended")) {
                ctx.note(node, "interrupts-extended is not read: the device is kept without interrupts");
            }
            return List.of();
        }
        Optional<List<Interrupts.GicSpecifier>> specifiers = interrupts.of(node, p);
        if (specifiers.isEmpty()) {
            ctx.note(node, "its interrupts do not lead to a GIC (or do not fit its #interrupt-cells): left out");
            return List.of();
        }
        int wanted = kind == DeviceKind.TIMER ? PPI : SPI;
        List<Integer> out = new ArrayList<>();
        for (Interrupts.GicSpecifier s : specifiers.get()) {
            if (s.type() == wanted) out.add((int) s.number());
        }
        return out;
    }
}

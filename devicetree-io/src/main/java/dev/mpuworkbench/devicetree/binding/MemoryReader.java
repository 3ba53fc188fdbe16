package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** RAM banks ({@code device_type = "memory"}), {@code /reserved-memory} children and {@code /memreserve/}. */
final class MemoryReader {
    private MemoryReader() {
    }

    static boolean isMemoryNode(Node node) {
        return node.string("device_type").map("memory"::equals).orElse(false);
    }

    static List<MemoryBank> banks(ImportContext ctx) throws BindingException {
        Node root = ctx.tree.root();
        Cells.Widths widths = ctx.cells.widthsOf(root);
        List<MemoryBank> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Node node : root.children()) {
            if (!isMemoryNode(node)) continue;
            List<AddressRange> ranges = ctx.cells.ranges(node, "reg", widths);
            if (ranges == null || ranges.isEmpty()) {
                ctx.note(node, "memory node without reg: left out");
                continue;
            }
            List<String> names = entryNames(ctx, node, ranges, used);
            for (int i = 0; i < ranges.size(); i++) out.add(new MemoryBank(names.get(i), ranges.get(i)));
        }
        return out;
    }

    static List<ReservedRange> reserved(ImportContext ctx) throws BindingException {
        List<ReservedRange> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Node parent = ctx.tree.root().childOrNull("reserved-memory");
        if (parent != null) {
            Cells.Widths widths = ctx.cells.widthsOf(parent);
            for (Node child : parent.children()) {
                List<AddressRange> ranges = ctx.cells.ranges(child, "reg", widths);
                if (ranges == null) {
                    ctx.note(child, "reservation without reg (the OS picks its place): not part of the design");
                    continue;
                }
                List<AddressRange> translated = translate(ctx, child, ranges);
                if (translated == null) continue;
                List<String> names = entryNames(ctx, child, translated, used);
                for (int i = 0; i < translated.size(); i++) {
                    out.add(new ReservedRange(names.get(i), translated.get(i), ReservedRange.Source.RESERVED_MEMORY_NODE));
                }
            }
        }
        out.addAll(memreserves(ctx));
        return out;
    }

    /** The default name of a {@code /memreserve/} entry. */
    static String memreserveName(long address) {
        return "memreserve@" + Long.toHexString(address);
    }

    private static List<ReservedRange> memreserves(ImportContext ctx) throws BindingException {
        List<MemoryReservation> entries = ctx.tree.reservations();
        List<String> names = new ArrayList<>();
        Node chosen = ctx.chosen().orElse(null);
        Property given = chosen == null ? null : chosen.propertyOrNull(Extensions.MEMRESERVE_NAMES);
        if (given != null) {
            names = given.strings();
            if (names.size() != entries.size()) {
                throw ctx.error(chosen, Extensions.MEMRESERVE_NAMES, Extensions.MEMRESERVE_NAMES + " names "
                    + names.size() + " entries but the tree has " + entries.size() + " /memreserve/ entries");
            }
        }
        List<ReservedRange> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MemoryReservation r = entries.get(i);
            if (r.address() < 0 || r.size() < 0 || r.address() + r.size() < r.address()) {
                throw new BindingException(ctx.sourceName, "/memreserve/", null, "entry " + i
                    + " does not fit below 2^63");
            }
            String name = given != null ? names.get(i) : memreserveName(r.address());
            out.add(new ReservedRange(name, AddressRange.of(r.address(), r.size()), ReservedRange.Source.MEMRESERVE));
        }
        return out;
    }

    private static List<AddressRange> translate(ImportContext ctx, Node node, List<AddressRange> ranges) {
        List<AddressRange> out = new ArrayList<>();
        for (AddressRange r : ranges) {
            OptionalLong cpu = DeviceTree.translateToCpu(node.parent(), r.base());
            if (cpu.isEmpty()) {
                ctx.note(node, "reg " + r + " is not visible to the CPU (no matching ranges): left out");
                return null;
            }
            out.add(AddressRange.of(cpu.getAsLong(), r.size()));
        }
        return out;
    }

    /**
     * One name per reg entry: the first is {@code mpuwb,name} or the node name, the others the base name
     * {@code @} the entry's address (what the node would be called if it held that entry alone).
     */
    static List<String> entryNames(ImportContext ctx, Node node, List<AddressRange> ranges, Set<String> used)
        throws BindingException {
        String first = ctx.cells.string(node, Extensions.NAME);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            String name = i == 0 ? (first != null ? first : node.name())
                : node.baseName() + "@" + Long.toHexString(ranges.get(i).base());
            String unique = name;
            for (int n = 2; used.contains(unique); n++) unique = name + "-" + n;
            used.add(unique);
            out.add(unique);
        }
        return out;
    }
}

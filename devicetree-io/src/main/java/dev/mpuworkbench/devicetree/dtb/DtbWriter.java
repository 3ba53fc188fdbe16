package dev.mpuworkbench.devicetree.dtb;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Writes a version 17 DTB laid out byte for byte like {@code dtc -I dts -O dtb}: 40-byte header, reservation
 * block at 0x28, structure block right after it, then the unpadded strings block with dtc's tail sharing.
 */
public final class DtbWriter {
    private DtbWriter() {
    }

    public static byte[] write(DeviceTree tree) {
        return write(tree, DtbLayout.DEFAULT, msg -> { });
    }

    /** Writes with dtc's extra-space options; {@code warnings} receives dtc's "blob size" warning for -S. */
    public static byte[] write(DeviceTree tree, DtbLayout layout, Consumer<String> warnings) {
        StringTable strings = new StringTable();
        ByteSink struct = new ByteSink(4096);
        flatten(tree.root(), struct, strings);
        struct.u32(FdtConstants.END);

        int reserveEntries = tree.reservations().size() + layout.extraReservations() + 1;
        int reserveOffset = FdtConstants.HEADER_SIZE; // already 8-aligned
        int structOffset = reserveOffset + reserveEntries * FdtConstants.RESERVE_ENTRY_SIZE;
        int stringsOffset = structOffset + struct.size();
        int used = stringsOffset + strings.size();

        int padLength = 0;
        if (layout.minimumSize() > 0) {
            padLength = layout.minimumSize() - used;
            if (padLength < 0) {
                padLength = 0;
                warnings.accept("Warning: blob size " + used + " >= minimum size " + layout.minimumSize());
            }
        }
        if (layout.padding() > 0) {
            padLength = layout.padding();
        }
        if (layout.alignment() > 0) {
            int a = layout.alignment();
            padLength = ((used + padLength + a - 1) & -a) - used;
        }
        int total = used + padLength;

        byte[] blob = new byte[total];
        putU32(blob, 0, FdtConstants.MAGIC);
        putU32(blob, 4, total);
        putU32(blob, 8, structOffset);
        putU32(blob, 12, stringsOffset);
        putU32(blob, 16, reserveOffset);
        putU32(blob, 20, FdtConstants.VERSION);
        putU32(blob, 24, FdtConstants.LAST_COMPATIBLE_VERSION);
        putU32(blob, 28, (int) tree.bootCpuidPhys());
        putU32(blob, 32, strings.size());
        putU32(blob, 36, struct.size());
        int at = reserveOffset;
        for (MemoryReservation r : tree.reservations()) {
            putU64(blob, at, r.address());
            putU64(blob, at + 8, r.size());
            at += FdtConstants.RESERVE_ENTRY_SIZE;
        }
        struct.copyTo(blob, structOffset);
        strings.copyTo(blob, stringsOffset);
        return blob;
    }

    private static void flatten(Node node, ByteSink out, StringTable strings) {
        out.u32(FdtConstants.BEGIN_NODE);
        byte[] name = node.name().getBytes(StandardCharsets.ISO_8859_1);
        out.bytes(name, 0, name.length);
        out.byteValue(0);
        out.alignTo(4);
        for (Property p : node.properties()) {
            int nameOffset = strings.insert(p.name());
            out.u32(FdtConstants.PROP);
            out.u32(p.length());
            out.u32(nameOffset);
            int at = out.reserve(p.length());
            p.copyValueTo(out.array(), at);
            out.alignTo(4);
        }
        for (Node child : node.children()) {
            flatten(child, out, strings);
        }
        out.u32(FdtConstants.END_NODE);
    }

    private static void putU32(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    private static void putU64(byte[] b, int off, long v) {
        putU32(b, off, (int) (v >>> 32));
        putU32(b, off + 4, (int) v);
    }
}

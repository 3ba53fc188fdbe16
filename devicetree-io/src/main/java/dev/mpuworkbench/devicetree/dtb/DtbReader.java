package dev.mpuworkbench.devicetree.dtb;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a version 16 or 17 DTB, accepting what dtc's reader ({@code flattree.c dt_from_blob}) accepts for
 * those versions and refusing anything else with a {@link DtbFormatException}. Every size and offset is checked against the blob
 * before it is used, so nothing is allocated from an unchecked field, and nesting is walked without recursion.
 */
public final class DtbReader {
    /** Deepest node nesting accepted (dtc has no limit; deeper trees are not useful and would exhaust stacks). */
    public static final int MAX_DEPTH = 1024;

    private final byte[] blob;
    private final int totalSize;
    private final Consumer<String> warnings;

    private DtbReader(byte[] blob, int totalSize, Consumer<String> warnings) {
        this.blob = blob;
        this.totalSize = totalSize;
        this.warnings = warnings;
    }

    public static DeviceTree read(byte[] blob) {
        return read(blob, w -> { });
    }

    /** Reads a blob; {@code warnings} receives dtc's warnings about odd but accepted blobs. */
    public static DeviceTree read(byte[] blob, Consumer<String> warnings) {
        if (blob.length < 4) {
            throw new DtbFormatException("Blob is too short (" + blob.length + " bytes) to hold a header");
        }
        if (u32(blob, 0) != (FdtConstants.MAGIC & 0xffffffffL)) {
            throw new DtbFormatException("Blob has incorrect magic number");
        }
        if (blob.length < 28) {
            throw new DtbFormatException("Blob is too short (" + blob.length + " bytes) to hold a header");
        }
        long total = u32(blob, 4);
        if (total < 28) {
            throw new DtbFormatException("DT blob size (" + total + ") is too small");
        }
        if (total > blob.length) {
            throw new DtbFormatException("Blob is truncated: header says " + total + " bytes, only " + blob.length
                + " present");
        }
        return new DtbReader(blob, (int) total, warnings).parse();
    }

    private static long u32(byte[] b, int off) {
        return ((b[off] & 0xffL) << 24) | ((b[off + 1] & 0xffL) << 16) | ((b[off + 2] & 0xffL) << 8) | (b[off + 3] & 0xffL);
    }

    private DeviceTree parse() {
        long version = u32(blob, 20);
        long lastCompatible = u32(blob, 24);
        if (version < 16) {
            throw new DtbFormatException("Blob version " + version + " is not supported (16 and 17 are)");
        }
        if (lastCompatible > FdtConstants.VERSION) {
            throw new DtbFormatException("Blob version " + version + " needs a reader for version " + lastCompatible
                + " (this one reads 17)");
        }
        int headerSize = version >= 17 ? FdtConstants.HEADER_SIZE : 36;
        if (totalSize < headerSize) {
            throw new DtbFormatException("DT blob size (" + totalSize + ") is smaller than its version " + version
                + " header (" + headerSize + " bytes)");
        }
        long offStruct = u32(blob, 8);
        long offStrings = u32(blob, 12);
        long offReserve = u32(blob, 16);
        long bootCpuid = u32(blob, 28);
        long sizeStrings = u32(blob, 32);
        if (offReserve >= totalSize) {
            throw new DtbFormatException("Mem Reserve structure offset exceeds total size");
        }
        if (offStruct >= totalSize) {
            throw new DtbFormatException("DT structure offset exceeds total size");
        }
        if (offStrings > totalSize) {
            throw new DtbFormatException("String table offset exceeds total size");
        }
        if (offStrings + sizeStrings > totalSize) {
            throw new DtbFormatException("String table extends past total size");
        }
        if (version >= 17) {
            long sizeStruct = u32(blob, 36);
            if (offStruct + sizeStruct > totalSize) {
                throw new DtbFormatException("Structure block extends past total size");
            }
        }
        // Like dtc, the structure block is read up to the end of the blob; its size field is only range-checked.
        long structEnd = totalSize;
        List<MemoryReservation> reservations = readReservations((int) offReserve);
        Node root = new StructReader((int) offStruct, (int) structEnd, (int) offStrings, (int) (offStrings + sizeStrings))
            .read();
        DeviceTree tree = new DeviceTree(root);
        tree.setBootCpuidPhys(bootCpuid);
        reservations.forEach(tree::addReservation);
        return tree;
    }

    private List<MemoryReservation> readReservations(int offset) {
        List<MemoryReservation> out = new ArrayList<>();
        int at = offset;
        while (true) {
            if (at + 16 > totalSize) {
                throw new DtbFormatException("Memory reservation block at 0x" + Integer.toHexString(offset)
                    + " runs past the end of the blob without its terminating entry");
            }
            long address = (u32(blob, at) << 32) | u32(blob, at + 4);
            long size = (u32(blob, at + 8) << 32) | u32(blob, at + 12);
            at += 16;
            if (size == 0) {
                return out;
            }
            out.add(new MemoryReservation(address, size));
        }
    }

    /** Walks the structure block with an explicit stack. */
    private final class StructReader {
        private int pos;
        private final int end;
        private final int stringsStart;
        private final int stringsEnd;

        StructReader(int start, int end, int stringsStart, int stringsEnd) {
            this.pos = start;
            this.end = end;
            this.stringsStart = stringsStart;
            this.stringsEnd = stringsEnd;
        }

        private long word() {
            if (pos + 4 > end) {
                throw new DtbFormatException("Premature end of data parsing flat device tree (the blob ends at 0x"
                    + Integer.toHexString(end) + ")");
            }
            long v = u32(blob, pos);
            pos += 4;
            return v;
        }

        private void align() {
            pos = (pos + 3) & ~3;
        }

        private String nodeName() {
            int start = pos;
            while (pos < end && blob[pos] != 0) {
                pos++;
            }
            if (pos >= end) {
                throw new DtbFormatException("Unterminated node name at offset 0x" + Integer.toHexString(start));
            }
            String name = new String(blob, start, pos - start, StandardCharsets.ISO_8859_1);
            pos++;
            align();
            return name;
        }

        private String propertyName(long nameOffset) {
            if (nameOffset >= stringsEnd - stringsStart) {
                throw new DtbFormatException("String offset " + nameOffset + " overruns string table");
            }
            int start = stringsStart + (int) nameOffset;
            int p = start;
            while (p < stringsEnd && blob[p] != 0) {
                p++;
            }
            if (p >= stringsEnd) {
                throw new DtbFormatException("String offset " + nameOffset + " overruns string table (unterminated name)");
            }
            return new String(blob, start, p - start, StandardCharsets.ISO_8859_1);
        }

        /** The root node; its name is whatever the blob holds (normally empty), as dtc keeps it. */
        Node read() {
            long first = word();
            if (first != FdtConstants.BEGIN_NODE) {
                throw new DtbFormatException(String.format(
                    "Device tree blob doesn't begin with FDT_BEGIN_NODE (begins with 0x%08x)", first));
            }
            Node root = new Node(nodeName());
            Deque<Node> open = new ArrayDeque<>();
            open.push(root);
            while (!open.isEmpty()) {
                Node current = open.peek();
                int tokenAt = pos;
                long token = word();
                if (token == FdtConstants.PROP) {
                    long length = word();
                    long nameOffset = word();
                    if (length > end - pos) {
                        throw new DtbFormatException("Property at offset 0x" + Integer.toHexString(tokenAt) + " claims "
                            + length + " bytes, past the end of the blob");
                    }
                    String name = propertyName(nameOffset);
                    byte[] value = Arrays.copyOfRange(blob, pos, pos + (int) length);
                    pos += (int) length;
                    align();
                    if (!current.children().isEmpty()) {
                        warnings.accept("Warning: Flat tree input has subnodes preceding a property.");
                    }
                    current.addProperty(Property.of(name, value));
                } else if (token == FdtConstants.BEGIN_NODE) {
                    if (open.size() >= MAX_DEPTH) {
                        throw new DtbFormatException("Nodes nested deeper than " + MAX_DEPTH + " levels at offset 0x"
                            + Integer.toHexString(tokenAt));
                    }
                    Node child = new Node(nodeName());
                    current.addChild(child);
                    open.push(child);
                } else if (token == FdtConstants.END_NODE) {
                    open.pop();
                } else if (token == FdtConstants.END) {
                    throw new DtbFormatException("Premature FDT_END in device tree blob at offset 0x"
                        + Integer.toHexString(tokenAt));
                } else if (token != FdtConstants.NOP) {
                    throw new DtbFormatException(String.format("Invalid opcode word %08x in device tree blob at offset 0x%x",
                        token, tokenAt));
                }
            }
            if (word() != FdtConstants.END) {
                throw new DtbFormatException("Device tree blob doesn't end with FDT_END");
            }
            return root;
        }
    }
}

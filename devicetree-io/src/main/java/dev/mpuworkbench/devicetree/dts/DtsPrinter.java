package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a tree as DTS exactly like dtc 1.6.1's {@code -O dts} ({@code treesource.c}): values are written as
 * the markers say (strings, cells, byte strings, {@code /bits/}), or, without markers (a tree read from a DTB),
 * as dtc guesses: a string when it looks like one, cells when the length is a multiple of 4, else bytes.
 */
public final class DtsPrinter {
    private final StringBuilder out = new StringBuilder(4096);

    private DtsPrinter() {
    }

    public static String print(DeviceTree tree) {
        DtsPrinter p = new DtsPrinter();
        p.out.append("/dts-v1/;\n\n");
        for (MemoryReservation r : tree.reservations()) {
            for (String l : r.labels()) {
                p.out.append(l).append(": ");
            }
            p.out.append(String.format("/memreserve/\t0x%016x 0x%016x;\n", r.address(), r.size()));
        }
        p.node(tree.root(), 0);
        return p.out.toString();
    }

    /** The output as bytes: characters stand for single bytes, as in the source. */
    public static byte[] printBytes(DeviceTree tree) {
        return print(tree).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) {
            out.append('\t');
        }
    }

    private void node(Node node, int level) {
        indent(level);
        for (String l : node.labels()) {
            out.append(l).append(": ");
        }
        out.append(node.name().isEmpty() ? "/" : node.name()).append(" {\n");
        for (Property p : node.properties()) {
            indent(level + 1);
            for (String l : p.labels()) {
                out.append(l).append(": ");
            }
            out.append(p.name());
            value(p);
        }
        for (Node child : node.children()) {
            out.append('\n');
            node(child, level + 1);
        }
        indent(level);
        out.append("};\n");
    }

    // ---- values -------------------------------------------------------------------------------------------

    private static boolean isPrint(int c) {
        return c >= 0x20 && c < 0x7f;
    }

    private static boolean isStringChar(int c) {
        return isPrint(c) || c == 0 || (c >= 7 && c <= 13);
    }

    private static MarkerKind guessType(Property prop) {
        int len = prop.length();
        int notString = 0;
        int nul = 0;
        for (int i = 0; i < len; i++) {
            int c = prop.byteAt(i);
            if (!isStringChar(c)) {
                notString++;
            }
            if (c == 0) {
                nul++;
            }
        }
        int notStringLabels = 0;
        int notCellLabels = 0;
        for (Marker m : prop.markers()) {
            if (m.kind() == MarkerKind.LABEL) {
                if (m.offset() > 0 && prop.byteAt(m.offset() - 1) != 0) {
                    notStringLabels++;
                }
                if (m.offset() % 4 != 0) {
                    notCellLabels++;
                }
            }
        }
        if (prop.byteAt(len - 1) == 0 && notString == 0 && nul <= len - nul && notStringLabels == 0) {
            return MarkerKind.TYPE_STRING;
        } else if (len % 4 == 0 && notCellLabels == 0) {
            return MarkerKind.TYPE_UINT32;
        }
        return MarkerKind.TYPE_UINT8;
    }

    /** Length from a type marker to the next type marker, 0 when it is the last one. */
    private static int typeMarkerLength(List<Marker> markers, int index) {
        for (int j = index + 1; j < markers.size(); j++) {
            if (markers.get(j).kind().isType()) {
                return markers.get(j).offset() - markers.get(index).offset();
            }
        }
        return 0;
    }

    private void value(Property prop) {
        int len = prop.length();
        if (len == 0) {
            out.append(";\n");
            return;
        }
        out.append(" =");
        List<Marker> markers = prop.markers();
        boolean typed = false;
        for (Marker m : markers) {
            if (m.kind().isType()) {
                typed = true;
                break;
            }
        }
        if (!typed) {
            List<Marker> withGuess = new ArrayList<>(markers.size() + 1);
            withGuess.add(new Marker(guessType(prop), 0, null));
            withGuess.addAll(markers);
            markers = withGuess;
        }
        MarkerKind emit = null;
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            int chunkLen = (i + 1 < markers.size() ? markers.get(i + 1).offset() : len) - m.offset();
            int typeLen = typeMarkerLength(markers, i);
            int dataLen = typeLen != 0 ? typeLen : len - m.offset();
            if (m.kind().isType()) {
                emit = m.kind();
                out.append(' ').append(delimStart(emit));
            } else if (m.kind() == MarkerKind.LABEL) {
                out.append(' ').append(m.ref()).append(':');
            } else if (m.offset() != 0) {
                out.append(' ');
            }
            if (emit == null) {
                continue;
            }
            switch (emit) {
                case TYPE_UINT16 -> ints(prop, m.offset(), chunkLen, 2);
                case TYPE_UINT32 -> ints(prop, m.offset(), chunkLen, 4);
                case TYPE_UINT64 -> ints(prop, m.offset(), chunkLen, 8);
                case TYPE_STRING -> string(prop, m.offset(), chunkLen);
                default -> ints(prop, m.offset(), chunkLen, 1);
            }
            if (chunkLen == dataLen) {
                int pos = m.offset() + chunkLen;
                out.append(delimEnd(emit));
                if (pos != len) {
                    out.append(',');
                }
                emit = null;
            }
        }
        out.append(";\n");
    }

    private static String delimStart(MarkerKind kind) {
        return switch (kind) {
            case TYPE_UINT8 -> "[";
            case TYPE_UINT16 -> "/bits/ 16 <";
            case TYPE_UINT32 -> "<";
            case TYPE_UINT64 -> "/bits/ 64 <";
            default -> "";
        };
    }

    private static String delimEnd(MarkerKind kind) {
        return switch (kind) {
            case TYPE_UINT8 -> "]";
            case TYPE_UINT16, TYPE_UINT32, TYPE_UINT64 -> ">";
            default -> "";
        };
    }

    private void ints(Property prop, int offset, int len, int width) {
        int end = offset + len;
        for (int p = offset; p + width <= end; p += width) {
            long v = 0;
            for (int k = 0; k < width; k++) {
                v = (v << 8) | prop.byteAt(p + k);
            }
            if (width == 1) {
                out.append(String.format("%02x", v));
            } else {
                out.append("0x").append(Long.compareUnsigned(v, 0x10) < 0 ? "0" : "").append(Long.toHexString(v));
            }
            if (p + width < end) {
                out.append(' ');
            }
        }
    }

    private void string(Property prop, int offset, int len) {
        if (len == 0) {
            return;
        }
        int end = offset + len - 1;
        out.append('"');
        for (int p = offset; p < end; p++) {
            int c = prop.byteAt(p);
            switch (c) {
                case 7 -> out.append("\\a");
                case 8 -> out.append("\\b");
                case 9 -> out.append("\\t");
                case 10 -> out.append("\\n");
                case 11 -> out.append("\\v");
                case 12 -> out.append("\\f");
                case 13 -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case 0 -> out.append("\\0");
                default -> {
                    if (isPrint(c)) {
                        out.append((char) c);
                    } else {
                        // dtc passes a signed char to printf, so bytes from 0x80 print as "\xffffff80".
                        out.append("\\x").append(String.format("%02x", (int) (byte) c));
                    }
                }
            }
        }
        out.append('"');
    }
}

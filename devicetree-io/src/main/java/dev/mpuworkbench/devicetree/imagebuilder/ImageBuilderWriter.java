package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes an {@link ImageBuilderConfig} as the bash fragment ImageBuilder sources; {@link ImageBuilderConfig#parse} reads it back. */
public final class ImageBuilderWriter {
    private static final Pattern ASSOCIATIVE_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\[(?![0-9]+\\]).*\\]");

    private ImageBuilderWriter() {
    }

    /** @param comments lines written first as {@code # } comments (line breaks inside become spaces) */
    public static String write(ImageBuilderConfig c, List<String> comments) {
        StringBuilder out = new StringBuilder();
        for (String line : comments) out.append(line.isEmpty() ? "#" : "# " + line.replaceAll("[\\r\\n]+", " ")).append('\n');
        number(out, "MEMORY_START", c.memoryStart());
        number(out, "MEMORY_END", c.memoryEnd());
        string(out, "LOAD_CMD", c.loadCmd());
        string(out, "BOOT_CMD", c.bootCmd());
        string(out, "DEVICE_TREE", c.deviceTree());
        string(out, "XEN", c.xen());
        string(out, "XEN_CMD", c.xenCmd());
        string(out, "XEN_POLICY", c.xenPolicy());
        pairs(out, "XEN_STATIC_HEAP", c.staticHeap());
        string(out, "DOM0_KERNEL", c.dom0Kernel());
        string(out, "DOM0_RAMDISK", c.dom0Ramdisk());
        if (!c.dtOverlays().isEmpty()) {
            out.append("NUM_DT_OVERLAY=").append(c.dtOverlays().size()).append('\n');
            for (int i = 0; i < c.dtOverlays().size(); i++) string(out, "DT_OVERLAY[" + i + "]", Optional.of(c.dtOverlays().get(i)));
        }
        string(out, "BITSTREAM", c.bitstream());
        string(out, "FIT", c.fit());
        out.append("NUM_DOMUS=").append(c.domUs().size()).append('\n');
        for (DomU d : c.domUs()) domU(out, d);
        if (!c.otherVariables().isEmpty()) out.append('\n');
        Set<String> declared = new HashSet<>();
        new TreeMap<>(c.otherVariables()).forEach((k, v) -> {
            Matcher m = ASSOCIATIVE_KEY.matcher(k);
            if (m.matches() && declared.add(m.group(1))) out.append("declare -A ").append(m.group(1)).append('\n');
            out.append(k).append('=').append(quote(v)).append('\n');
        });
        out.append('\n');
        string(out, "UBOOT_SOURCE", c.ubootSource());
        string(out, "UBOOT_SCRIPT", c.ubootScript());
        return out.toString();
    }

    private static void domU(StringBuilder out, DomU d) {
        String i = "[" + d.index() + "]";
        out.append('\n');
        string(out, "DOMU_KERNEL" + i, d.kernel());
        string(out, "DOMU_RAMDISK" + i, d.ramdisk());
        string(out, "DOMU_PASSTHROUGH_DTB" + i, d.passthroughDtb());
        if (!d.passthroughPaths().isEmpty()) {
            string(out, "DOMU_PASSTHROUGH_PATHS" + i, Optional.of(String.join(" ", d.passthroughPaths())));
        }
        number(out, "DOMU_MEM" + i, d.memMib());
        if (d.vcpus().isPresent()) out.append("DOMU_VCPUS").append(i).append('=').append(d.vcpus().getAsInt()).append('\n');
        pairs(out, "DOMU_STATIC_MEM" + i, d.staticMem());
        d.directMap().ifPresent(m -> out.append("DOMU_DIRECT_MAP").append(i).append('=').append(m ? 1 : 0).append('\n'));
        string(out, "DOMU_CMD" + i, d.cmd());
        d.sharedMem().ifPresent(s -> string(out, "DOMU_SHARED_MEM" + i, Optional.of(s.id()
            + (s.hostAddress().isPresent() ? " " + hex(s.hostAddress().getAsLong()) : "") + " " + hex(s.guestAddress())
            + " " + hex(s.size()))));
        if (d.noBoot()) out.append("DOMU_NOBOOT").append(i).append("=1\n");
        string(out, "DOMU_ROOTFS" + i, d.rootfs());
        new TreeMap<>(d.other()).forEach((k, v) -> out.append(k).append(i).append('=').append(quote(v)).append('\n'));
    }

    private static void number(StringBuilder out, String name, OptionalLong value) {
        if (value.isPresent()) out.append(name).append('=').append(hexOrSmall(name, value.getAsLong())).append('\n');
    }

    private static String hexOrSmall(String name, long value) {
        return name.startsWith("MEMORY_") ? hex(value) : Long.toString(value);
    }

    private static void string(StringBuilder out, String name, Optional<String> value) {
        value.ifPresent(v -> out.append(name).append('=').append(quote(v)).append('\n'));
    }

    private static void pairs(StringBuilder out, String name, List<AddressSize> pairs) {
        if (pairs.isEmpty()) return;
        out.append(name).append("=\"").append(pairs.stream().map(p -> hex(p.address()) + " " + hex(p.size()))
            .collect(Collectors.joining(" "))).append("\"\n");
    }

    /** A bash double-quoted string: {@code \ " $ `} are escaped. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            if (ch == '\\' || ch == '"' || ch == '$' || ch == '`') sb.append('\\');
            sb.append(ch);
        }
        return sb.append('"').toString();
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
    }
}

package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns the variables of a config into an {@link ImageBuilderConfig}: numbers as bash arithmetic reads
 * them, lists of "base size" pairs, the domU arrays, and the checks with which ImageBuilder itself refuses
 * a config (no Xen, a domU without kernel, dom0 settings without a dom0 kernel).
 */
final class ImageBuilderConfigReader {
    static final Set<String> SCALARS = Set.of("MEMORY_START", "MEMORY_END", "LOAD_CMD", "BOOT_CMD", "DEVICE_TREE",
        "XEN", "XEN_CMD", "XEN_POLICY", "XEN_STATIC_HEAP", "DOM0_KERNEL", "DOM0_RAMDISK", "NUM_DT_OVERLAY",
        "BITSTREAM", "FIT", "NUM_DOMUS", "UBOOT_SOURCE", "UBOOT_SCRIPT");
    static final Set<String> DOMU_ARRAYS = Set.of("DOMU_KERNEL", "DOMU_RAMDISK", "DOMU_PASSTHROUGH_DTB",
        "DOMU_PASSTHROUGH_PATHS", "DOMU_MEM", "DOMU_VCPUS", "DOMU_STATIC_MEM", "DOMU_DIRECT_MAP", "DOMU_CMD",
        "DOMU_SHARED_MEM", "DOMU_NOBOOT", "DOMU_ROOTFS");
    private static final Set<String> BOOT_CMDS = Set.of("booti", "bootm", "bootefi", "bootz", "none");
    private static final Set<String> DOM0_SETTINGS = Set.of("DOM0_MEM", "DOM0_VCPUS", "DOM0_COLORS", "DOM0_CMD",
        "DOM0_RAMDISK", "DOM0_ROOTFS", "DOM0_VIOMMU");
    private static final int MAX_SHM_ID = 15;
    private static final Comparator<ImageBuilderProblem> BY_PLACE = Comparator
        .comparingInt((ImageBuilderProblem p) -> p.position().line()).thenComparingInt(p -> p.position().column());

    private final BashVariables vars;
    private final String file;
    private final List<ImageBuilderProblem> errors = new ArrayList<>();
    private final List<ImageBuilderProblem> warnings = new ArrayList<>();
    private final Map<String, SourcePosition> positions = new HashMap<>();
    private final Map<String, String> others = new LinkedHashMap<>();

    private ImageBuilderConfigReader(BashVariables vars) {
        this.vars = vars;
        this.file = vars.fileName();
    }

    static ImageBuilderConfig read(BashVariables vars) throws ImageBuilderException {
        return new ImageBuilderConfigReader(vars).config();
    }

    private ImageBuilderConfig config() throws ImageBuilderException {
        recordPositionsAndOthers();
        int numDomUs = (int) number("NUM_DOMUS").orElse(0);
        int numOverlays = (int) number("NUM_DT_OVERLAY").orElse(0);
        List<DomU> domUs = new ArrayList<>();
        for (int i = 0; i < numDomUs; i++) domUs.add(domU(i));
        List<String> overlays = new ArrayList<>();
        for (int i = 0; i < numOverlays; i++) {
            Optional<String> o = string("DT_OVERLAY", Integer.toString(i));
            if (o.isEmpty()) error(pos("NUM_DT_OVERLAY"), "DT_OVERLAY[" + i + "] is not set but NUM_DT_OVERLAY is " + numOverlays);
            o.ifPresent(overlays::add);
        }
        warnBeyond("DT_OVERLAY", numOverlays, "NUM_DT_OVERLAY");
        for (String name : vars.names()) {
            if (name.startsWith("DOMU_")) warnBeyond(name, numDomUs, "NUM_DOMUS");
        }
        Optional<String> bootCmd = string("BOOT_CMD");
        bootCmd.filter(b -> !BOOT_CMDS.contains(b)).ifPresent(b -> error(pos("BOOT_CMD"),
            "BOOT_CMD must be one of booti, bootm, bootefi, bootz, none, not '" + b + "'"));
        ImageBuilderConfig config = new ImageBuilderConfig(file, number("MEMORY_START"), number("MEMORY_END"),
            string("LOAD_CMD"), bootCmd, string("DEVICE_TREE"), string("XEN"), string("XEN_CMD"), string("XEN_POLICY"),
            pairs("XEN_STATIC_HEAP", "0", "XEN_STATIC_HEAP"), string("DOM0_KERNEL"), string("DOM0_RAMDISK"), overlays,
            string("BITSTREAM"), string("FIT"), domUs, string("UBOOT_SOURCE"), string("UBOOT_SCRIPT"), others, positions,
            warnings.stream().sorted(BY_PLACE).toList());
        checkAsImageBuilderDoes(config);
        errors.sort(BY_PLACE);
        if (!errors.isEmpty()) throw new ImageBuilderException(errors);
        return config;
    }

    private void recordPositionsAndOthers() {
        for (String name : vars.names()) {
            boolean scalar = SCALARS.contains(name);
            for (Map.Entry<String, BashValue> e : vars.elements(name).entrySet()) {
                boolean plain = e.getKey().equals("0") && !vars.isAssociative(name) && !name.startsWith("DOMU_")
                    && !name.equals("DT_OVERLAY");
                String key = plain ? name : name + "[" + e.getKey() + "]";
                positions.put(key, e.getValue().valueAt());
                if (scalar && !e.getKey().equals("0")) {
                    warning(e.getValue().assignedAt(), key + " is not read: " + name + " is not an array");
                }
                boolean perDomU = name.startsWith("DOMU_") && !vars.isAssociative(name);
                if (!scalar && !DOMU_ARRAYS.contains(name) && !name.equals("DT_OVERLAY") && !perDomU) {
                    others.put(key, e.getValue().value());
                }
            }
        }
    }

    private DomU domU(int i) {
        String k = Integer.toString(i);
        Map<String, String> other = new LinkedHashMap<>();
        for (String name : vars.names()) {
            if (name.startsWith("DOMU_") && !DOMU_ARRAYS.contains(name) && !vars.isAssociative(name)) {
                vars.element(name, k).ifPresent(v -> other.put(name, v.value()));
            }
        }
        List<AddressSize> staticMem = pairs("DOMU_STATIC_MEM", k, "DOMU_STATIC_MEM[" + k + "]");
        Optional<Boolean> directMap = flag("DOMU_DIRECT_MAP", k);
        OptionalLong mem = number("DOMU_MEM", k);
        if (!staticMem.isEmpty() && mem.isPresent() && mem.getAsLong() != 0
            && mem.getAsLong() * 1024 != staticMem.stream().mapToLong(AddressSize::size).sum() >> 10) {
            warning(pos("DOMU_MEM[" + k + "]"), "DOMU_MEM[" + k + "] does not match the sum of DOMU_STATIC_MEM[" + k
                + "]; ImageBuilder ignores DOMU_MEM");
        }
        if (staticMem.isEmpty() && directMap.isPresent()) {
            warning(pos("DOMU_DIRECT_MAP[" + k + "]"), "DOMU_DIRECT_MAP[" + k
                + "] is ignored without DOMU_STATIC_MEM[" + k + "]");
        }
        OptionalLong vcpus = number("DOMU_VCPUS", k);
        if (vcpus.isPresent() && vcpus.getAsLong() < 1) error(pos("DOMU_VCPUS[" + k + "]"), "DOMU_VCPUS[" + k + "] must be at least 1");
        return new DomU(i, string("DOMU_KERNEL", k), string("DOMU_RAMDISK", k), string("DOMU_PASSTHROUGH_DTB", k),
            words("DOMU_PASSTHROUGH_PATHS", k), mem, vcpus.isPresent() ? OptionalInt.of((int) vcpus.getAsLong()) : OptionalInt.empty(),
            staticMem, directMap, string("DOMU_CMD", k), sharedMem(k), string("DOMU_NOBOOT", k).isPresent(),
            string("DOMU_ROOTFS", k), other);
    }

    private void checkAsImageBuilderDoes(ImageBuilderConfig c) {
        if (c.xen().isEmpty()) {
            SourcePosition at = vars.isSet("LINUX") ? pos("LINUX") : new SourcePosition(1, 1);
            error(at, "XEN is not set: only Xen configurations can be read (not ImageBuilder's LINUX mode)");
        }
        if (c.deviceTree().isEmpty()) error(new SourcePosition(1, 1), "DEVICE_TREE is not set: Xen needs the host DTB");
        if (c.dom0Kernel().isEmpty()) {
            if (c.domUs().isEmpty()) error(new SourcePosition(1, 1), "neither a dom0 (DOM0_KERNEL) nor domUs (NUM_DOMUS) are specified");
            for (String s : DOM0_SETTINGS) {
                if (vars.isSet(s)) error(pos(s), s + " is set without DOM0_KERNEL; ImageBuilder refuses dom0 settings in a dom0less configuration");
            }
        }
        for (DomU d : c.domUs()) {
            if (d.booted() && d.kernel().isEmpty()) {
                error(pos("NUM_DOMUS"), "DOMU_KERNEL[" + d.index() + "] is not defined but NUM_DOMUS is " + c.domUs().size());
            }
        }
    }

    private void warnBeyond(String name, int count, String countName) {
        for (Map.Entry<String, BashValue> e : vars.elements(name).entrySet()) {
            if (e.getKey().matches("\\d+") && Integer.parseInt(e.getKey()) >= count) {
                warning(e.getValue().assignedAt(), name + "[" + e.getKey() + "] is ignored: " + countName + " is " + count);
            }
        }
    }

    private Optional<SharedMem> sharedMem(String k) {
        Optional<String> raw = string("DOMU_SHARED_MEM", k);
        if (raw.isEmpty()) return Optional.empty();
        String key = "DOMU_SHARED_MEM[" + k + "]";
        String[] w = raw.get().trim().split("\\s+");
        if (w.length != 3 && w.length != 4) {
            error(pos(key), key + " must be \"ID [HOST-ADDRESS] GUEST-ADDRESS SIZE\", not '" + raw.get() + "'");
            return Optional.empty();
        }
        if (w[0].length() > MAX_SHM_ID) {
            error(pos(key), key + ": the id '" + w[0] + "' is longer than " + MAX_SHM_ID + " characters (xen,shm-id)");
            return Optional.empty();
        }
        OptionalLong[] n = Arrays.stream(w, 1, w.length).map(s -> parseNumber(s, key)).toArray(OptionalLong[]::new);
        if (Arrays.stream(n).anyMatch(OptionalLong::isEmpty)) return Optional.empty();
        OptionalLong host = w.length == 4 ? n[0] : OptionalLong.empty();
        return Optional.of(new SharedMem(w[0], host, n[n.length - 2].getAsLong(), n[n.length - 1].getAsLong()));
    }

    private List<AddressSize> pairs(String name, String k, String key) {
        Optional<String> raw = vars.element(name, k).map(BashValue::value).map(String::trim).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) return List.of();
        String[] w = raw.get().split("\\s+");
        if (w.length % 2 != 0) {
            error(pos(key), key + " must list \"base size\" pairs, but has " + w.length + " numbers");
            return List.of();
        }
        List<AddressSize> out = new ArrayList<>();
        for (int i = 0; i < w.length; i += 2) {
            OptionalLong base = parseNumber(w[i], key);
            OptionalLong size = parseNumber(w[i + 1], key);
            if (base.isPresent() && size.isPresent()) out.add(new AddressSize(base.getAsLong(), size.getAsLong()));
        }
        return out;
    }

    private Optional<Boolean> flag(String name, String k) {
        OptionalLong n = number(name, k);
        if (n.isEmpty()) return Optional.empty();
        if (n.getAsLong() > 1) {
            error(pos(name + "[" + k + "]"), name + "[" + k + "] must be 0 or 1, not " + n.getAsLong());
            return Optional.empty();
        }
        return Optional.of(n.getAsLong() == 1);
    }

    private List<String> words(String name, String k) {
        return string(name, k).map(s -> s.trim().isEmpty() ? List.<String>of() : List.of(s.trim().split("\\s+")))
            .orElse(List.of());
    }

    private Optional<String> string(String name) {
        return vars.scalar(name).map(BashValue::value);
    }

    /** An array element; an empty value counts as unset, as ImageBuilder's {@code test -z} does. */
    private Optional<String> string(String name, String k) {
        return vars.element(name, k).map(BashValue::value).filter(s -> !s.isEmpty());
    }

    private OptionalLong number(String name) {
        return vars.scalar(name).map(v -> parseNumber(v.value(), name)).orElse(OptionalLong.empty());
    }

    private OptionalLong number(String name, String k) {
        return vars.element(name, k).map(v -> parseNumber(v.value(), name + "[" + k + "]")).orElse(OptionalLong.empty());
    }

    /** A number as bash arithmetic reads a literal: hex with 0x, decimal; empty is unset; octal is refused. */
    private OptionalLong parseNumber(String raw, String key) {
        String s = raw.trim();
        if (s.isEmpty()) return OptionalLong.empty();
        try {
            if (s.matches("0[xX][0-9a-fA-F]{1,16}")) return OptionalLong.of(Long.parseUnsignedLong(s.substring(2), 16));
            if (s.matches("0|[1-9][0-9]{0,18}")) return OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        if (s.matches("0[0-9]+")) {
            error(pos(key), key + ": '" + s + "' has a leading zero, which bash reads as octal; write it in decimal or with 0x");
        } else {
            error(pos(key), key + ": '" + s + "' is not a number (write decimal or 0x hex)");
        }
        return OptionalLong.empty();
    }

    private SourcePosition pos(String key) {
        return positions.getOrDefault(key, new SourcePosition(1, 1));
    }

    private void error(SourcePosition at, String message) {
        errors.add(new ImageBuilderProblem(file, at, message));
    }

    private void warning(SourcePosition at, String message) {
        warnings.add(new ImageBuilderProblem(file, at, message));
    }
}

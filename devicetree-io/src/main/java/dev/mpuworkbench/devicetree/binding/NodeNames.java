package dev.mpuworkbench.devicetree.binding;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Node names for the exported tree: a design name is used as the node name when it is a clean one
 * ({@code base[@unit]} with dtc's strict characters, the unit address being the node's first address in
 * lower-case hex), else a clean name is made and the design name goes into {@code mpuwb,name}.
 * Names are unique among one parent's children.
 */
final class NodeNames {
    private static final Pattern PART = Pattern.compile("[a-zA-Z0-9,._+-]+");
    private final Set<String> taken = new HashSet<>();

    NodeNames(String... reserved) {
        taken.addAll(Set.of(reserved));
    }

    static String unit(long address) {
        return Long.toHexString(address);
    }

    /** Whether {@code name} is a clean node name whose unit address is {@code unit} (null: no unit address). */
    static boolean isClean(String name, String unit) {
        int at = name.indexOf('@');
        String base = at < 0 ? name : name.substring(0, at);
        if (!PART.matcher(base).matches()) return false;
        if (at < 0) return unit == null;
        return unit != null && name.substring(at + 1).equals(unit);
    }

    /** The design name when it is clean and free, else a free name made from {@code fallbackBase} and the unit. */
    String pick(String designName, String unit, String fallbackBase) {
        if (isClean(designName, unit) && taken.add(designName)) return designName;
        String base = sanitize(fallbackBase);
        String suffix = unit == null ? "" : "@" + unit;
        String name = base + suffix;
        for (int n = 2; !taken.add(name); n++) name = base + "-" + n + suffix;
        return name;
    }

    private static String sanitize(String text) {
        String s = text.replaceAll("[^a-zA-Z0-9,._+-]", "-");
        return s.isEmpty() ? "node" : s;
    }
}

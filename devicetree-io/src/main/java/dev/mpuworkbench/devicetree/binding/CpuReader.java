package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.ArrayList;
import java.util.List;

/** The processor of a board: core type and count from {@code /cpus}, MPU region counts from its vendor properties. */
final class CpuReader {
    /** What {@code /cpus} says. */
    record Cpus(CpuKind kind, int count, int el2Regions, int el1Regions) {
    }

    private static final String EXPECTED = "expected \"arm,cortex-r82\" (Armv8-R AArch64) or \"arm,cortex-r52\" "
        + "(Armv8-R AArch32)";

    private CpuReader() {
    }

    static Cpus read(ImportContext ctx) throws BindingException {
        Node root = ctx.tree.root();
        Node cpus = root.childOrNull("cpus");
        if (cpus == null) {
            throw ctx.error(root, "there is no /cpus node; expected /cpus with cpu@N nodes whose compatible is "
                + EXPECTED.substring("expected ".length()));
        }
        List<Node> cores = new ArrayList<>();
        for (Node c : cpus.children()) {
            boolean isCpu = c.string("device_type").map("cpu"::equals).orElse(c.baseName().equals("cpu"));
            if (isCpu) cores.add(c);
        }
        if (cores.isEmpty()) throw ctx.error(cpus, "no cpu@N nodes (device_type = \"cpu\") under /cpus");
        int rootAddressCells = ctx.cells.widthsOf(root).address();
        CpuKind kind = null;
        for (Node core : cores) {
            CpuKind k = kindOf(ctx, core, rootAddressCells);
            if (kind != null && k != kind) {
                throw ctx.error(core, "compatible", "mixes " + k + " with " + kind + " cores; a board has one "
                    + "processor class");
            }
            kind = k;
        }
        int defaultRegions = kind == CpuKind.CORTEX_R82 ? 32 : 16;
        int el2 = regions(ctx, cpus, Extensions.EL2_REGIONS, defaultRegions);
        int el1 = regions(ctx, cpus, Extensions.EL1_REGIONS, defaultRegions);
        return new Cpus(kind, cores.size(), el2, el1);
    }

    private static CpuKind kindOf(ImportContext ctx, Node core, int rootAddressCells) throws BindingException {
        List<String> compatibles = core.strings("compatible");
        for (String c : compatibles) {
            switch (c) {
                case "arm,cortex-r82", "arm,cortex-r82ae" -> {
                    return CpuKind.CORTEX_R82;
                }
                case "arm,cortex-r52", "arm,cortex-r52plus" -> {
                    return CpuKind.CORTEX_R52;
                }
                case "arm,armv8-r", "arm,armv8r" -> {
                    return rootAddressCells >= 2 ? CpuKind.CORTEX_R82 : CpuKind.CORTEX_R52;
                }
                default -> {
                }
            }
        }
        if (compatibles.isEmpty()) throw ctx.error(core, "has no compatible; " + EXPECTED);
        throw ctx.error(core, "compatible", "compatible " + quoted(compatibles) + " is not an Armv8-R core; " + EXPECTED);
    }

    private static int regions(ImportContext ctx, Node cpus, String property, int fallback) throws BindingException {
        if (!cpus.hasProperty(property)) return fallback;
        long n = ctx.cells.u32(cpus, property);
        if (n < 1 || n > 255) {
            throw ctx.error(cpus, property, property + " is " + n + "; an MPU has 1 to 255 regions");
        }
        return (int) n;
    }

    private static String quoted(List<String> strings) {
        return String.join(", ", strings.stream().map(s -> "\"" + s + "\"").toList());
    }
}

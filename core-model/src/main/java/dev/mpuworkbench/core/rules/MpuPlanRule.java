package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlanNote;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.RegionEncoding;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks that need the MPU plan, computed once with the strategy of the design's mode (PARTITIONED →
 * partitioned, UPSTREAM → upstream): the region budget per context, the eight MAIR attributes, no
 * writable-and-executable mapping, PART_B clashing with PART_A, and the maps upstream's allocator refuses.
 */
public final class MpuPlanRule implements Rule {
    public static final String MPU_BUDGET_EXCEEDED = "MPU_BUDGET_EXCEEDED";
    public static final String MAIR_ATTRIBUTES_EXCEEDED = "MAIR_ATTRIBUTES_EXCEEDED";
    public static final String WX_MAPPING = "WX_MAPPING";
    public static final String WX_STAGE2 = "WX_STAGE2";
    public static final String WX_UPSTREAM_AARCH32_TEXT = "WX_UPSTREAM_AARCH32_TEXT";
    public static final String PART_A_CONFLICT = "PART_A_CONFLICT";
    public static final String UPSTREAM_MAP_FAILED = "UPSTREAM_MAP_FAILED";

    static final int MAIR_SLOTS = 8;

    @Override
    public List<String> codes() {
        return List.of(MPU_BUDGET_EXCEEDED, MAIR_ATTRIBUTES_EXCEEDED, WX_MAPPING, WX_STAGE2, WX_UPSTREAM_AARCH32_TEXT,
            PART_A_CONFLICT, UPSTREAM_MAP_FAILED);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        MpuPlan plan = MpuPlanner.plan(design);
        checkBudget(plan, report);
        Set<Integer> attributes = new TreeSet<>();
        Set<AddressRange> reported = new HashSet<>();
        for (ContextPlan c : plan.contexts()) {
            for (PlannedRegion r : c.regions()) {
                attributes.add(RegionEncoding.mairByte(r.attributes().type().mairIndex()));
                if (r.attributes().writableAndExecutableAtEl2() && reported.add(r.range())) reportWx(design, c, r, report);
            }
            for (PlanNote n : c.notes()) {
                if (n.kind() == PlanNote.Kind.PART_A_CONFLICT) {
                    report.accept(Diagnostic.error(PART_A_CONFLICT, n.subject(), n.range(), n.message()));
                } else if (n.kind() == PlanNote.Kind.UPSTREAM_MAP_FAILED) {
                    report.accept(Diagnostic.error(UPSTREAM_MAP_FAILED, n.subject(), n.range(),
                        "upstream Xen " + n.message() + " Make the ranges equal or disjoint."));
                }
            }
        }
        checkAttributeBudget(attributes, report);
    }

    private static void checkBudget(MpuPlan plan, Consumer<Diagnostic> report) {
        for (ContextPlan c : plan.contexts()) {
            if (plan.strategy() == Strategy.UPSTREAM && c.isDomain()) continue;
            int needed = Math.max(c.used(), c.peakUsed());
            if (needed <= plan.regionsAvailable()) continue;
            SubjectPath subject = c.isDomain() ? SubjectPath.domain(c.domainName()) : SubjectPath.XEN;
            String peak = c.peakUsed() > c.used() ? " at its peak during boot (" + c.used() + " once booted)" : "";
            report.accept(Diagnostic.error(MPU_BUDGET_EXCEEDED, subject, null,
                "context " + c.name() + " needs " + needed + " EL2 MPU regions" + peak + " with the "
                    + plan.strategy().cliName() + " strategy, but the board has " + plan.regionsAvailable() + " ("
                    + Hex.of(plan.regionsAvailable()) + "): " + (needed - plan.regionsAvailable()) + " too many (the fewest "
                    + "possible is " + c.lowerBound() + "). Place ranges with equal attributes next to each other "
                    + "(auto-placement does), map fewer devices, or use a core with more regions."));
        }
    }

    /** At most eight distinct memory attributes fit in MAIR_EL2; the argument holds the attribute bytes in use. */
    static void checkAttributeBudget(Set<Integer> mairBytes, Consumer<Diagnostic> report) {
        if (mairBytes.size() <= MAIR_SLOTS) return;
        report.accept(Diagnostic.error(MAIR_ATTRIBUTES_EXCEEDED, SubjectPath.BOARD, null,
            "the plan uses " + mairBytes.size() + " distinct memory attributes ("
                + mairBytes.stream().map(b -> Hex.of(b)).collect(Collectors.joining(", ")) + ") but MAIR_EL2 has "
                + MAIR_SLOTS + " slots; map devices with the attributes Xen's MAIR_EL2 " + Hex.of(RegionEncoding.MAIR_EL2)
                + " already holds."));
    }

    private static void reportWx(Design design, ContextPlan c, PlannedRegion r, Consumer<Diagnostic> report) {
        SubjectPath subject = r.covers().isEmpty() ? SubjectPath.XEN : r.covers().get(0);
        String covers = r.covers().stream().map(SubjectPath::value).collect(Collectors.joining(", "));
        if (r.attributes().el1Access()) {
            report.accept(Diagnostic.warning(WX_STAGE2, subject, r.range(),
                "region " + r.index() + " " + r.range() + " of " + c.name() + " (" + covers + ") is writable and executable "
                    + "at EL2: Armv8-R AArch32 has one XN bit for EL2 and stage 2, so guest RAM the guest may execute is "
                    + "executable by Xen too. Keep Xen from branching there; nothing in the layout can avoid it."));
            return;
        }
        boolean upstreamQuirk = design.board().cpu() == CpuKind.CORTEX_R52 && design.xen().mode() == XenMode.UPSTREAM
            && (r.prbar() & 0x3F) == RegionEncoding.forCpu(CpuKind.CORTEX_R52).bootTextPrbar()
            && r.covers().equals(List.of(SubjectPath.XEN_IMAGE));
        if (upstreamQuirk) {
            report.accept(Diagnostic.warning(WX_UPSTREAM_AARCH32_TEXT, subject, r.range(),
                "region " + r.index() + " " + r.range() + " (Xen text or init text) is writable and executable at EL2: upstream's AArch32 head.S programs "
                    + "it with HPRBAR " + Hex.of(r.prbar() & 0x3F) + " (RW, executable), a probable typo of 0x1C (its own "
                    + "comment says read-only), and arm32 does not set WXN. Nothing in the layout can fix it; patch "
                    + "REGION_TEXT_PRBAR in Xen."));
            return;
        }
        report.accept(Diagnostic.error(WX_MAPPING, subject, r.range(),
            "region " + r.index() + " " + r.range() + " would be writable and executable at EL2: blocks that need a "
                + "writable mapping share bytes with blocks that need an executable one (" + covers + "); Xen refuses "
                + "writable+executable mappings (flags_has_rwx). Move them apart."));
    }
}

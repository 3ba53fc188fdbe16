package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SharedMemory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The promises every plan keeps; each check returns a problem in words, or null when the plan keeps it. */
final class PlanInvariants {
    private PlanInvariants() {
    }

    static List<String> violations(Design design, MpuPlan plan) {
        return violations(design, plan, true);
    }

    /** With {@code ownership} false, only the checks that hold even for designs whose blocks overlap. */
    static List<String> violations(Design design, MpuPlan plan, boolean ownership) {
        List<String> out = new ArrayList<>();
        RegionEncoding encoding = RegionEncoding.forCpu(design.board().cpu());
        Set<Integer> attrIndexes = new HashSet<>();
        List<PlannedRegion> firstPartA = null;
        for (ContextPlan c : plan.contexts()) {
            List<PlannedRegion> sorted = new ArrayList<>(c.regions());
            sorted.sort(Comparator.comparing(PlannedRegion::range));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).range().overlaps(sorted.get(i).range())) {
                    out.add(c.name() + ": regions " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
                }
            }
            Set<Integer> indexes = new HashSet<>();
            for (PlannedRegion r : c.regions()) {
                if (!indexes.add(r.index())) out.add(c.name() + ": index " + r.index() + " used twice");
                attrIndexes.add(r.attributes().type().mairIndex());
                if ((r.prbar() & encoding.baseMask()) != r.range().base()) out.add(c.name() + ": PRBAR base of " + r);
                if (RegionEncoding.limitOf(r.prlar(), encoding.baseMask()) != r.range().last()) out.add(c.name() + ": PRLAR limit of " + r);
                if ((r.prlar() & 1) != 1) out.add(c.name() + ": region not enabled " + r);
                if (!encoding.decode(r.prbar(), r.prlar()).type().equals(r.attributes().type())) out.add(c.name() + ": AttrIndx of " + r);
                if (!r.range().isAligned(AddressRange.MPU_GRANULE)) out.add(c.name() + ": not on the 64-byte granule " + r);
            }
            if (c.used() != c.regions().size()) out.add(c.name() + ": used " + c.used() + " but " + c.regions().size() + " regions");
            if (c.lowerBound() > c.used()) out.add(c.name() + ": lower bound " + c.lowerBound() + " above used " + c.used());
            if (c.overGrantBytes() < 0) out.add(c.name() + ": negative over-grant");
            if (plan.strategy() != Strategy.UPSTREAM) {
                List<PlannedRegion> a = c.part(Part.A);
                if (firstPartA == null) firstPartA = a;
                else if (!firstPartA.equals(a)) out.add(c.name() + ": PART_A differs from the hypervisor's");
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).index() != i) out.add(c.name() + ": PART_A not at the low indices");
                }
                if (c.lowerBound() != c.used()) out.add(c.name() + ": partitioned plans reach their bound, used " + c.used() + " bound " + c.lowerBound());
            }
            for (PlannedRegion r : c.regions()) {
                if (r.part() == Part.A && r.attributes().el1Access()) out.add(c.name() + ": PART_A grants EL1 " + r);
            }
            if (!ownership) continue;
            if (c.isDomain()) {
                Domain d = design.domain(c.domainName()).orElseThrow();
                List<AddressRange> foreign = foreignTo(design, d);
                for (PlannedRegion r : c.regions()) {
                    if (!r.attributes().el1Access()) continue;
                    for (AddressRange f : foreign) {
                        if (f.overlaps(r.range())) out.add(c.name() + ": region " + r + " grants foreign memory " + f);
                    }
                }
                if (plan.strategy() != Strategy.UPSTREAM) {
                    for (AddressRange bank : d.staticMem()) {
                        if (!coveredByEl1(c, bank)) out.add(c.name() + ": its static memory " + bank + " is not mapped");
                    }
                }
            } else {
                for (PlannedRegion r : c.regions()) {
                    if (r.attributes().el1Access()) out.add("hypervisor context grants EL1 " + r);
                }
            }
        }
        if (attrIndexes.size() > 8) out.add("more than 8 memory attributes: " + attrIndexes);
        return out;
    }

    /** Everything a domain must not reach: other owners' blocks, devices not passed to it, reservations. */
    static List<AddressRange> foreignTo(Design design, Domain d) {
        Set<String> ownShm = new HashSet<>();
        for (SharedMemory s : d.sharedMemory()) ownShm.add(s.id());
        List<AddressRange> out = new ArrayList<>();
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.blockClass() == BlockClass.SECTION || b.range().isEmpty()) continue;
            boolean own = switch (b.blockClass()) {
                case GUEST_RAM -> b.owner().equals(d.name());
                case DEVICE -> d.passthrough().contains(b.subject().segments().get(2));
                case SHARED_MEMORY -> ownShm.contains(b.subject().segments().get(1));
                default -> false;
            };
            if (!own) out.add(b.range());
        }
        for (ReservedRange r : design.board().reserved()) out.add(r.range());
        return out;
    }

    private static boolean coveredByEl1(ContextPlan c, AddressRange bank) {
        long cursor = bank.base();
        List<PlannedRegion> sorted = new ArrayList<>(c.regions());
        sorted.sort(Comparator.comparing(PlannedRegion::range));
        for (PlannedRegion r : sorted) {
            if (r.attributes().el1Access() && r.range().contains(cursor)) cursor = r.range().end();
        }
        return cursor >= bank.end();
    }
}

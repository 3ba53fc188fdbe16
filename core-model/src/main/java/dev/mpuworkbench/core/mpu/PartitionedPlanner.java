package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partitioned and compact strategies: PART_A planned once at indices 0.., in its fixed order; each
 * context's PART_B after it, in address order.
 */
final class PartitionedPlanner {
    private final Design design;
    private final boolean compact;
    private final RegionEncoding encoding;
    private final FreeSpace free;

    private PartitionedPlanner(Design design, boolean compact) {
        this.design = design;
        this.compact = compact;
        this.encoding = RegionEncoding.forCpu(design.board().cpu());
        this.free = compact ? FreeSpace.of(design) : null;
    }

    static MpuPlan plan(Design design, boolean compact) {
        return new PartitionedPlanner(design, compact).plan();
    }

    private MpuPlan plan() {
        List<MappingRequest> aRequests = ContextRequests.partA(design);
        List<Run> aSegments = RegionBuilder.segments(aRequests);
        GapPolicy aGaps = compact ? free.policy(List.of()) : GapPolicy.NEVER;
        List<Run> aByAddress = merge(aSegments, aGaps);
        int aBound = LowerBounds.count(aSegments, aGaps);
        List<Run> aInOrder = new ArrayList<>(aByAddress);
        aInOrder.sort(Comparator.comparingInt(Run::order).thenComparingLong(r -> r.range().base()));
        List<PlannedRegion> partA = new ArrayList<>(aInOrder.size());
        for (Run r : aInOrder) partA.add(r.toRegion(partA.size(), Part.A, encoding));
        GapPolicy bGaps = compact ? free.policy(aByAddress) : GapPolicy.NEVER;
        List<AddressRange> aAsked = aRequests.stream().map(MappingRequest::asked).toList();

        Map<String, Device> devices = new HashMap<>();
        for (Device d : design.board().devices()) devices.putIfAbsent(d.name(), d);
        List<ContextPlan> contexts = new ArrayList<>(design.domains().size() + 1);
        contexts.add(context(ContextPlan.HYPERVISOR, ContextRequests.hypervisorB(design), new ArrayList<>(), partA,
            aByAddress, aBound, aAsked, bGaps));
        for (Domain d : design.domains()) {
            List<PlanNote> notes = new ArrayList<>();
            if (d.staticMem().isEmpty()) {
                notes.add(new PlanNote(PlanNote.Kind.NO_STATIC_MEMORY, SubjectPath.domain(d.name()), null,
                    d.name() + " has no xen,static-mem, so its RAM has no fixed address and no region is planned "
                        + "for it; give it static memory."));
            }
            contexts.add(context(ContextPlan.domainContext(d.name()), ContextRequests.domainB(design, d, devices), notes,
                partA, aByAddress, aBound, aAsked, bGaps));
        }
        return new MpuPlan(compact ? Strategy.COMPACT : Strategy.PARTITIONED, design.board().el2MpuRegions(), contexts);
    }

    private ContextPlan context(String name, List<MappingRequest> bRequests, List<PlanNote> notes,
                                List<PlannedRegion> partA, List<Run> aByAddress, int aBound, List<AddressRange> aAsked,
                                GapPolicy bGaps) {
        List<MappingRequest> clipped = RegionBuilder.clipAgainst(bRequests, aByAddress, name, notes);
        List<Run> bSegments = RegionBuilder.segments(clipped);
        List<Run> bRuns = merge(bSegments, bGaps);
        List<PlannedRegion> regions = new ArrayList<>(partA.size() + bRuns.size());
        regions.addAll(partA);
        for (Run r : bRuns) regions.add(r.toRegion(regions.size(), Part.B, encoding));
        List<AddressRange> asked = new ArrayList<>(aAsked.size() + bRequests.size());
        asked.addAll(aAsked);
        for (MappingRequest r : bRequests) asked.add(r.asked());
        long overGrant = OverGrant.bytes(regions.stream().map(PlannedRegion::range).toList(), asked);
        int bound = aBound + LowerBounds.count(bSegments, bGaps);
        return new ContextPlan(name, regions, regions.size(), bound, overGrant, regions.size(), notes);
    }

    private List<Run> merge(List<Run> segments, GapPolicy gaps) {
        List<Run> merged = RegionBuilder.mergeAdjacent(segments);
        return compact ? RegionBuilder.mergeAcrossGaps(merged, gaps) : merged;
    }
}

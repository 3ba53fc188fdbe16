package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A contiguous stretch of memory with one set of attributes and the requests that asked for it. */
record Run(AddressRange range, RegionAttributes attributes, List<MappingRequest> members) {
    Run {
        members = List.copyOf(members);
    }

    /** The lowest fixed-order position among the members (PART_A orders its regions by it). */
    int order() {
        int min = Integer.MAX_VALUE;
        for (MappingRequest m : members) min = Math.min(min, m.order());
        return min;
    }

    /** This run and a later one as one run covering both and everything between. */
    Run extendTo(Run later) {
        Set<MappingRequest> all = new LinkedHashSet<>(members);
        all.addAll(later.members);
        return new Run(AddressRange.between(range.base(), Math.max(range.end(), later.range.end())), attributes,
            new ArrayList<>(all));
    }

    String owner() {
        Set<String> owners = new LinkedHashSet<>();
        for (MappingRequest m : members) owners.add(m.owner());
        return String.join("+", owners);
    }

    List<SubjectPath> covers() {
        Set<SubjectPath> subjects = new LinkedHashSet<>();
        for (MappingRequest m : members) subjects.add(m.subject());
        return new ArrayList<>(subjects);
    }

    /** The region as the hardware sees it: its attributes are decoded back from the register values. */
    PlannedRegion toRegion(int index, Part part, RegionEncoding encoding) {
        long prbar = encoding.prbar(range, attributes);
        long prlar = encoding.prlar(range, attributes);
        return new PlannedRegion(index, part, range, prbar, prlar, owner(), encoding.decode(prbar, prlar), covers());
    }
}

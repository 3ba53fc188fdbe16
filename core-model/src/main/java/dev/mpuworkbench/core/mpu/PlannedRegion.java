package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import java.util.Objects;

/**
 * One enabled EL2 MPU region of a context.
 *
 * @param index      the region number (PRSELR value)
 * @param range      the bytes it covers; {@code range.last()} is the inclusive limit PRLAR holds
 * @param owner      who the memory belongs to: {@code xen}, a domain name, {@code shared}, or several joined by {@code +}
 * @param attributes PRBAR/PRLAR decoded
 * @param covers     the design subjects whose memory lies in the region
 */
public record PlannedRegion(int index, Part part, AddressRange range, long prbar, long prlar, String owner,
                            RegionAttributes attributes, List<SubjectPath> covers) {
    public PlannedRegion {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(attributes, "attributes");
        covers = List.copyOf(covers);
    }

    public PlannedRegion withIndex(int newIndex) {
        return new PlannedRegion(newIndex, part, range, prbar, prlar, owner, attributes, covers);
    }
}

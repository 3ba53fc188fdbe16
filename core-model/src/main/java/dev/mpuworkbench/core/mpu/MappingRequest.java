package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.Objects;

/**
 * One thing a context needs mapped.
 *
 * @param asked the bytes as the design gives them (for the over-grant)
 * @param range the bytes a region must cover, rounded as Xen rounds that kind of mapping
 * @param order position in PART_A's fixed order (lower first); unused in PART_B, which is ordered by address
 */
public record MappingRequest(AddressRange asked, AddressRange range, RegionAttributes attributes, String owner,
                             SubjectPath subject, int order) {
    public MappingRequest {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(subject, "subject");
    }

    public MappingRequest withRange(AddressRange r) {
        return new MappingRequest(asked, r, attributes, owner, subject, order);
    }
}

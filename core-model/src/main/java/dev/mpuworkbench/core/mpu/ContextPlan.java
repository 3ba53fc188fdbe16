package dev.mpuworkbench.core.mpu;

import java.util.List;
import java.util.Objects;

/**
 * The EL2 MPU regions live while one context runs.
 *
 * @param name           {@code hypervisor} or {@code domain:<name>}
 * @param regions        the enabled regions in index order
 * @param used           how many regions are enabled
 * @param lowerBound     the fewest regions any valid plan under the same strategy can use for this context
 * @param overGrantBytes bytes the regions cover beyond what the context asked for
 * @param peakUsed       the most regions live at once on the way to this state (upstream's transient boot
 *                       mappings); equal to {@code used} for the partitioned strategies
 * @param notes          decisions and refusals worth telling the user
 */
public record ContextPlan(String name, List<PlannedRegion> regions, int used, int lowerBound, long overGrantBytes,
                          int peakUsed, List<PlanNote> notes) {
    public static final String HYPERVISOR = "hypervisor";
    public static final String DOMAIN_PREFIX = "domain:";

    public ContextPlan {
        Objects.requireNonNull(name, "name");
        regions = List.copyOf(regions);
        notes = List.copyOf(notes);
    }

    public static String domainContext(String domainName) {
        return DOMAIN_PREFIX + domainName;
    }

    public boolean isDomain() {
        return name.startsWith(DOMAIN_PREFIX);
    }

    /** The domain's name for a domain context, else empty. */
    public String domainName() {
        return isDomain() ? name.substring(DOMAIN_PREFIX.length()) : "";
    }

    public List<PlannedRegion> part(Part part) {
        return regions.stream().filter(r -> r.part() == part).toList();
    }
}

package dev.mpuworkbench.core.model;

/** Which Xen the design targets (DOMAIN.md §3). */
public enum XenMode {
    /** Upstream Xen 4.22: boot regions from head.S, lowest-free allocator, no guests yet. */
    UPSTREAM,
    /** The seed design: PART_A fixed, PART_B swapped per context, merged runtime configuration. */
    PARTITIONED
}

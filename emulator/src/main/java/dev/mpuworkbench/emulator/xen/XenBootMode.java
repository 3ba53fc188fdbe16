package dev.mpuworkbench.emulator.xen;

import java.util.Locale;

/** Which Xen boots (DOMAIN.md §3). */
public enum XenBootMode {
    /** Upstream Xen 4.22: boot regions, lowest-free allocator, stops at domain construction. */
    UPSTREAM,
    /** The partitioned design: PART_A fixed, per-domain PART_B, runtime configuration, scheduler. */
    PARTITIONED;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static XenBootMode fromCli(String text) {
        for (XenBootMode m : values()) {
            if (m.cliName().equals(text.trim().toLowerCase(Locale.ROOT))) return m;
        }
        throw new IllegalArgumentException("unknown mode '" + text + "'; use upstream or partitioned");
    }
}

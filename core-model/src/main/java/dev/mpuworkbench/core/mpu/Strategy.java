package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.XenMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the EL2 MPU regions of each context are chosen. */
public enum Strategy {
    /** What upstream Xen's allocator does: head.S boot regions, lowest free index, no merging, no guests. */
    UPSTREAM,
    /** PART_A fixed for every context, PART_B per context, adjacent equal-attribute ranges merged. */
    PARTITIONED,
    /** Partitioned, and a region may also span free memory between two ranges with equal attributes. */
    COMPACT;

    /** The name the CLI and the JSON use ({@code upstream}, {@code partitioned}, {@code compact}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Strategy fromCli(String name) {
        for (Strategy s : values()) {
            if (s.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) return s;
        }
        throw new IllegalArgumentException("unknown strategy '" + name + "'; use one of "
            + Arrays.stream(values()).map(Strategy::cliName).collect(Collectors.joining(", ")));
    }

    /** The strategy that describes the Xen a design targets. */
    public static Strategy forMode(XenMode mode) {
        return mode == XenMode.UPSTREAM ? UPSTREAM : PARTITIONED;
    }
}

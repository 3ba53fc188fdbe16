package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.Objects;

/**
 * Something the planner had to decide or could not do for a context, said in words with its place.
 *
 * @param range the addresses concerned, or null
 */
public record PlanNote(Kind kind, SubjectPath subject, AddressRange range, String message) {
    public enum Kind {
        /** A PART_B mapping overlaps a PART_A region; the overlapping bytes keep PART_A's attributes. */
        PART_A_CONFLICT,
        /** Upstream's allocator refuses a map call (partial overlap, unaligned range, changed attributes). */
        UPSTREAM_MAP_FAILED,
        /** Upstream cannot build or run guests; the domain context holds only Xen's own regions. */
        UPSTREAM_NO_GUESTS,
        /** A domain has no static memory, so its RAM cannot be planned. */
        NO_STATIC_MEMORY,
        /** Xen needs a host device tree and the design has none. */
        NO_HOST_DEVICE_TREE
    }

    public PlanNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }
}

package dev.mpuworkbench.core.model;

import java.util.Objects;

/**
 * A static shared-memory region as one domain sees it ({@code xen,domain-shared-memory-v1}).
 *
 * @param id           {@code xen,shm-id}; domains sharing a region use the same id and host range
 * @param host         host physical range
 * @param guestAddress where the domain sees it (equal to the host base for direct-mapped domains)
 * @param role         owner or borrower
 */
public record SharedMemory(String id, AddressRange host, long guestAddress, Role role) {
    public enum Role { OWNER, BORROWER }

    public SharedMemory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(role, "role");
    }

    public SharedMemory withHost(AddressRange r) {
        return new SharedMemory(id, r, guestAddress == host.base() ? r.base() : guestAddress, role);
    }
}

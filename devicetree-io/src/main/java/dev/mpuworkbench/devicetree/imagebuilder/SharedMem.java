package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * {@code DOMU_SHARED_MEM[i]="ID [HPA] GPA size"}: a static shared-memory region. ImageBuilder writes no
 * {@code role}, so every domain is a borrower and Xen's DOMID_IO owns the region.
 *
 * @param hostAddress empty when omitted (then Xen chooses the host memory)
 */
public record SharedMem(String id, OptionalLong hostAddress, long guestAddress, long size) {
    public SharedMem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hostAddress, "hostAddress");
    }
}

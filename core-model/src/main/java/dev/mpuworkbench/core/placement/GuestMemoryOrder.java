package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which guest memory is packed so that MPU regions merge: each domain's banks back to back
 * (one stage-2 region per domain), and a shared region between the two domains that share it, so it joins
 * both neighbours' regions: domU1 banks, shm(domU1, domU2), domU2 banks, shm(domU2, domU3), ...
 */
final class GuestMemoryOrder {
    private GuestMemoryOrder() {
    }

    /** Subjects of static-memory banks ({@code domains/<d>/staticMem/<i>}) and shared regions ({@code sharedMemory/<id>}). */
    static List<SubjectPath> of(Design design) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Domain d : design.domains()) {
            for (SharedMemory s : d.sharedMemory()) users.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(d.name());
        }
        Set<String> placedDomains = new HashSet<>();
        Set<String> placedShm = new HashSet<>();
        List<SubjectPath> out = new ArrayList<>();
        for (Domain start : design.domains()) {
            Domain cur = placedDomains.contains(start.name()) ? null : start;
            while (cur != null) {
                placedDomains.add(cur.name());
                for (int i = 0; i < cur.staticMem().size(); i++) out.add(SubjectPath.staticMem(cur.name(), i));
                Domain next = null;
                String link = null;
                for (SharedMemory s : cur.sharedMemory()) {
                    if (placedShm.contains(s.id())) continue;
                    for (String user : users.get(s.id())) {
                        if (!placedDomains.contains(user)) {
                            next = design.domain(user).orElseThrow();
                            link = s.id();
                            break;
                        }
                    }
                    if (next != null) break;
                }
                if (next == null) {
                    for (SharedMemory s : cur.sharedMemory()) {
                        if (placedShm.add(s.id())) out.add(shm(s.id()));
                    }
                } else {
                    placedShm.add(link);
                    out.add(shm(link));
                }
                cur = next;
            }
        }
        for (String id : DesignBlocks.sharedRegions(design).keySet()) {
            if (placedShm.add(id)) out.add(shm(id));
        }
        return out;
    }

    private static SubjectPath shm(String id) {
        return SubjectPath.of("sharedMemory", id);
    }
}

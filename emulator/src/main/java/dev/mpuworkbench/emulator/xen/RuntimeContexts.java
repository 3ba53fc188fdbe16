package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BuildInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EL2 MPU content of every context of the partitioned runtime configuration, as the emulator's Xen works it out
 * from its inputs: {@code hypervisor} and {@code domain:<name>}, each PART_A then that context's PART_B in index
 * order. This is what the boot programs; it can be had without booting, e.g. to compare with the planner.
 */
public final class RuntimeContexts {
    private RuntimeContexts() {
    }

    /**
     * @param dtb where the firmware put the DTB and its size (Xen registers it as a boot module)
     */
    public static Map<String, List<MpuRegion>> of(BuildInputs build, BootInfo info, AddressRange dtb) {
        RuntimeLayout layout = RuntimeLayout.compute(info, build, dtb);
        Map<String, List<MpuRegion>> out = new LinkedHashMap<>();
        out.put("hypervisor", concat(layout.partA(), layout.hypervisorB()));
        for (BootInfo.DomainNode d : info.domains()) {
            out.put("domain:" + d.name(), concat(layout.partA(), layout.domainPartB(info, d)));
        }
        return out;
    }

    private static List<MpuRegion> concat(List<MpuRegion> a, List<MpuRegion> b) {
        List<MpuRegion> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

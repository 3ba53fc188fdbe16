package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.validation.Rule;
import java.util.List;

/** Xen's and the MPU's own rules (DOMAIN.md §5), on top of the structural rules. */
public final class XenRules {
    private XenRules() {
    }

    public static List<Rule> all() {
        return List.of(new BuildRule(), new HeapRule(), new DomainRule(), new ModuleRule(), new SharedMemoryRule(),
            new DeviceRule(), new SectionRule(), new Aarch32Rule(), new MpuPlanRule());
    }
}

package dev.mpuworkbench.core.mpu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The EL2 MPU regions of every context of a design under one strategy. */
public record MpuPlan(Strategy strategy, int regionsAvailable, List<ContextPlan> contexts) {
    public MpuPlan {
        Objects.requireNonNull(strategy, "strategy");
        contexts = List.copyOf(contexts);
    }

    public Optional<ContextPlan> context(String name) {
        return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public ContextPlan hypervisor() {
        return context(ContextPlan.HYPERVISOR).orElseThrow();
    }
}

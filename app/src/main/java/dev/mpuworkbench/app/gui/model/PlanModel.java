package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The MPU plan of the current design, re-planned on every change (each drag step too), the strategy it
 * is planned with and the context the views show. The strategy follows the Xen mode of the design until
 * the user picks another; selecting something of a domain shows that domain's context.
 */
public final class PlanModel {
    private final WorkbenchModel model;
    private final ObjectProperty<Strategy> strategy = new SimpleObjectProperty<>(this, "strategy");
    private final ReadOnlyObjectWrapper<MpuPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final StringProperty context = new SimpleStringProperty(this, "context", ContextPlan.HYPERVISOR);
    private final ReadOnlyObjectWrapper<ContextPlan> contextPlan = new ReadOnlyObjectWrapper<>(this, "contextPlan");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private XenMode lastMode;

    public PlanModel(WorkbenchModel model) {
        this.model = model;
        lastMode = model.design().xen().mode();
        strategy.set(Strategy.forMode(lastMode));
        model.designProperty().addListener((o, a, b) -> designChanged(b));
        model.documentProperty().addListener((o, a, b) -> {
            lastMode = model.design().xen().mode();
            strategy.set(Strategy.forMode(lastMode));
            context.set(ContextPlan.HYPERVISOR);
        });
        model.selectionProperty().addListener((o, a, b) -> followSelection(b));
        strategy.addListener((o, a, b) -> replan());
        context.addListener((o, a, b) -> pickContext());
        replan();
    }

    private void designChanged(Design design) {
        XenMode mode = design.xen().mode();
        if (mode != lastMode) {
            lastMode = mode;
            if (strategy.get() != Strategy.forMode(mode)) {
                strategy.set(Strategy.forMode(mode));
                return;
            }
        }
        replan();
    }

    private void replan() {
        try {
            plan.set(MpuPlanner.plan(model.design(), Objects.requireNonNull(strategy.get())));
            error.set("");
        } catch (RuntimeException e) {
            plan.set(null);
            error.set("The plan cannot be made: " + e.getMessage());
        }
        pickContext();
    }

    private void pickContext() {
        MpuPlan p = plan.get();
        if (p == null) {
            contextPlan.set(null);
            return;
        }
        ContextPlan chosen = p.context(context.get()).orElse(null);
        if (chosen == null) {
            chosen = p.hypervisor();
            context.set(chosen.name());
        }
        contextPlan.set(chosen);
    }

    private void followSelection(SubjectPath selection) {
        if (selection == null) return;
        List<String> s = selection.segments();
        if (s.size() >= 2 && s.get(0).equals("domains")) {
            String name = ContextPlan.domainContext(s.get(1));
            if (plan.get() != null && plan.get().context(name).isPresent()) context.set(name);
        }
    }

    /** Regions of the shown context whose memory holds {@code subject} (or part of it). */
    public List<PlannedRegion> regionsCovering(SubjectPath subject) {
        ContextPlan c = contextPlan.get();
        if (c == null || subject == null) return List.of();
        return c.regions().stream().filter(r -> r.covers().stream().anyMatch(x -> Subjects.related(x, subject))).toList();
    }

    public ObjectProperty<Strategy> strategyProperty() {
        return strategy;
    }

    public ReadOnlyObjectProperty<MpuPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public MpuPlan plan() {
        return plan.get();
    }

    /** {@code hypervisor} or {@code domain:NAME}. */
    public StringProperty contextProperty() {
        return context;
    }

    public ReadOnlyObjectProperty<ContextPlan> contextPlanProperty() {
        return contextPlan.getReadOnlyProperty();
    }

    public ContextPlan contextPlan() {
        return contextPlan.get();
    }

    /** Why there is no plan, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

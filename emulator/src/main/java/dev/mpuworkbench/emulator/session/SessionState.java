package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.PendingWrite;
import dev.mpuworkbench.emulator.xen.Phase;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenState;
import java.util.List;
import java.util.Map;

/**
 * Everything a boot view shows at one step, immutable.
 *
 * @param step      events seen so far (0 = before the first)
 * @param context   {@code hypervisor} or {@code domain:<name>}: whose EL2 MPU configuration is live
 * @param running   {@code idle} or {@code <domain>.vcpu<n>}
 * @param controls  the control registers by name (architectural values)
 * @param pending   register writes not yet effective
 * @param shadow    Xen's software copy of the EL2 MPU ({@code xen_mpumap}) with refcounts
 * @param outcome   how the boot ended, or null while it runs
 */
public record SessionState(int step, Phase phase, XenStateSummary xen, ExceptionLevel level, String context,
                           String running, MpuView el2, MpuView el1, Map<String, Long> controls,
                           List<PendingWrite> pending, List<XenState.DomainView> domains,
                           List<XenState.ShadowRegion> shadow, StopOutcome outcome, String stopReason) {
    public SessionState {
        controls = Map.copyOf(controls);
        pending = List.copyOf(pending);
        domains = List.copyOf(domains);
        shadow = List.copyOf(shadow);
    }

    /** Scheduler and probe counters. */
    public record XenStateSummary(int switches, int probes, int probesFailed, String firstProbeFailure) {
    }
}

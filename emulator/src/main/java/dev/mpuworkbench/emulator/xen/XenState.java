package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.boot.BootInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Xen's state besides the machine's registers: the phase, what it parsed, its MPU shadow, its domains and the
 * scheduler. Mutable while ops run; {@link #copy()} makes the independent copy a snapshot keeps.
 */
public final class XenState {
    static final int IDLE = -1;

    final XenInputs inputs;
    Phase phase = Phase.P0;
    BootInfo info;
    long fdtAddress;
    int fdtSize;
    XenMpuMap mpumap;
    int rodataRegion = -1;
    int dataRegion = -1;
    int initTextRegion = -1;
    int bssRegion = -1;
    List<XenDomain> domains = new ArrayList<>();
    RuntimeLayout runtime;
    /** The vCPU running (its index in {@link #vcpus()}), or {@link #IDLE}. */
    int current = IDLE;
    /** The vCPU whose EL1 MPU regions the hardware holds, or -1. */
    int el1Owner = -1;
    /** The domain whose stage-2 regions PART_B holds, {@link #IDLE} for the hypervisor's, -2 before R1. */
    int partBOwner = -2;
    int switches;
    int stopAfter = -1;
    int probes;
    int probesFailed;
    String firstProbeFailure;
    StopOutcome outcome;
    String stopReason;

    XenState(XenInputs inputs) {
        this.inputs = inputs;
    }

    XenState copy() {
        XenState s = new XenState(inputs);
        s.phase = phase;
        s.info = info;
        s.fdtAddress = fdtAddress;
        s.fdtSize = fdtSize;
        s.mpumap = mpumap == null ? null : mpumap.copy();
        s.rodataRegion = rodataRegion;
        s.dataRegion = dataRegion;
        s.initTextRegion = initTextRegion;
        s.bssRegion = bssRegion;
        for (XenDomain d : domains) s.domains.add(d.copy());
        s.runtime = runtime;
        s.current = current;
        s.el1Owner = el1Owner;
        s.partBOwner = partBOwner;
        s.switches = switches;
        s.stopAfter = stopAfter;
        s.probes = probes;
        s.probesFailed = probesFailed;
        s.firstProbeFailure = firstProbeFailure;
        s.outcome = outcome;
        s.stopReason = stopReason;
        return s;
    }

    void stopped(StopOutcome o, String reason) {
        outcome = o;
        stopReason = reason;
    }

    /** Every vCPU of every domain, domain by domain. */
    List<XenDomain.Vcpu> vcpus() {
        List<XenDomain.Vcpu> out = new ArrayList<>();
        for (XenDomain d : domains) out.addAll(d.vcpus);
        return out;
    }

    /** The vCPU at a flat index (as {@link #vcpus()} numbers them). */
    XenDomain.Vcpu vcpu(int index) {
        int i = index;
        for (XenDomain d : domains) {
            if (i < d.vcpus.size()) return d.vcpus.get(i);
            i -= d.vcpus.size();
        }
        throw new IndexOutOfBoundsException("no vCPU " + index);
    }

    String vcpuName(int index) {
        if (index == IDLE) return "idle";
        XenDomain.Vcpu v = vcpu(index);
        return domains.get(v.domain).name() + ".vcpu" + v.index;
    }

    // ---- read-only views for sessions and tests ----

    public Phase phase() {
        return phase;
    }

    public XenBootMode mode() {
        return inputs.mode();
    }

    /** The boot's end, or null while it runs. */
    public StopOutcome outcome() {
        return outcome;
    }

    public String stopReason() {
        return stopReason;
    }

    /** The context the CPU is in: {@code hypervisor} or {@code domain:<name>}. */
    public String context() {
        if (current == IDLE) return "hypervisor";
        return "domain:" + domains.get(vcpu(current).domain).name();
    }

    /** The vCPU running: {@code idle} or {@code <domain>.vcpu<n>}. */
    public String running() {
        return vcpuName(current);
    }

    /** Context switches since the scheduler started. */
    public int switches() {
        return switches;
    }

    public int probes() {
        return probes;
    }

    public int probesFailed() {
        return probesFailed;
    }

    /** The first probe that did not go as expected, or null. */
    public String firstProbeFailure() {
        return firstProbeFailure;
    }

    /** Whether every vCPU of every live domain has run its whole script. */
    public boolean scriptsDone() {
        for (XenDomain d : domains) {
            if (d.state != DomainState.RUNNING) continue;
            for (XenDomain.Vcpu v : d.vcpus) if (!v.script.doneAfter(v.slicesRun)) return false;
        }
        return true;
    }

    public List<DomainView> domains() {
        List<DomainView> out = new ArrayList<>();
        for (XenDomain d : domains) out.add(new DomainView(d.name(), d.state, d.vmid, d.vcpus.size(), d.stage2));
        return out;
    }

    /** Xen's shadow of the EL2 MPU ({@code xen_mpumap}): the regions it believes are in use. */
    public List<ShadowRegion> shadow() {
        List<ShadowRegion> out = new ArrayList<>();
        if (mpumap == null) return out;
        for (int i = 0; i < mpumap.maxRegions(); i++) {
            if (mpumap.used(i)) out.add(new ShadowRegion(i, mpumap.prbar(i), mpumap.prlar(i), mpumap.refcount(i)));
        }
        return out;
    }

    /** PART_A of the runtime configuration, empty before R1 (and in upstream mode). */
    public List<MpuRegion> partA() {
        return runtime == null ? List.of() : runtime.partA();
    }

    /** A domain as a view shows it. */
    public record DomainView(String name, DomainState state, int vmid, int vcpus, List<MpuRegion> stage2) {
        public DomainView {
            stage2 = List.copyOf(stage2);
        }
    }

    /** One entry of {@code xen_mpumap}. */
    public record ShadowRegion(int index, long prbar, long prlar, int refcount) {
    }
}

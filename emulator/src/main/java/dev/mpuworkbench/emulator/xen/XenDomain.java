package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.guest.GuestScript;
import java.util.ArrayList;
import java.util.List;

/** A domain as Xen keeps it: VMID, state, stage-2 regions (PART_B of its context) and vCPUs. Mutable; copyable. */
final class XenDomain {
    final DomainNode node;
    final int vmid;
    DomainState state = DomainState.CONSTRUCTING;
    List<MpuRegion> stage2 = List.of();
    final List<Vcpu> vcpus;

    XenDomain(DomainNode node, int vmid, List<Vcpu> vcpus) {
        this.node = node;
        this.vmid = vmid;
        this.vcpus = vcpus;
    }

    XenDomain copy() {
        List<Vcpu> v = new ArrayList<>(vcpus.size());
        for (Vcpu x : vcpus) v.add(x.copy());
        XenDomain d = new XenDomain(node, vmid, v);
        d.state = state;
        d.stage2 = stage2;
        return d;
    }

    String name() {
        return node.name();
    }

    /** One vCPU's saved EL1 context and where it is in its script. */
    static final class Vcpu {
        final int domain;
        final int index;
        final long[] el1Prbar;
        final long[] el1Prlar;
        long sctlrEl1;
        long mairEl1;
        int slicesRun;
        final GuestScript script;
        final long entry;
        final long stack;

        Vcpu(int domain, int index, int el1Regions, GuestScript script, long entry, long stack) {
            this.domain = domain;
            this.index = index;
            this.el1Prbar = new long[el1Regions];
            this.el1Prlar = new long[el1Regions];
            this.script = script;
            this.entry = entry;
            this.stack = stack;
        }

        Vcpu copy() {
            Vcpu v = new Vcpu(domain, index, el1Prbar.length, script, entry, stack);
            System.arraycopy(el1Prbar, 0, v.el1Prbar, 0, el1Prbar.length);
            System.arraycopy(el1Prlar, 0, v.el1Prlar, 0, el1Prlar.length);
            v.sctlrEl1 = sctlrEl1;
            v.mairEl1 = mairEl1;
            v.slicesRun = slicesRun;
            return v;
        }
    }
}

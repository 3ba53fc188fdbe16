package dev.mpuworkbench.emulator.xen;

import static dev.mpuworkbench.emulator.xen.MachineOps.EL1;
import static dev.mpuworkbench.emulator.xen.MachineOps.EL2;

import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;

/**
 * The partitioned design's round-robin scheduler on the one physical CPU: every vCPU of every running domain in
 * turn, then the idle vCPU (Xen's own context), one timer slice each. A context switch saves the outgoing guest's EL1
 * MPU and SCTLR_EL1; rewrites PART_B when the domain changes (disable the old regions, DSB + ISB, write the new ones,
 * DSB + ISB, so no region is rewritten while enabled); then writes VSCTLR_EL2 (VMID), VTCR_EL2 (the guest's EL1
 * memory system) and SCTLR_EL1, restores the EL1 regions that differ from what the hardware holds, and returns to
 * the guest.
 */
final class Scheduler {
    private static final SysReg PRENR = SysRegs.prenr(EL2);
    private static final SysReg VSCTLR = SysRegs.control(ControlRegister.VSCTLR_EL2);
    private static final SysReg VTCR = SysRegs.control(ControlRegister.VTCR_EL2);
    private static final SysReg SCTLR_EL1 = SysRegs.control(ControlRegister.SCTLR_EL1);
    private static final SysReg MAIR_EL1 = SysRegs.control(ControlRegister.MAIR_EL1);

    private Scheduler() {
    }

    /** Picks the next vCPU at a timer tick (or after a crash), or ends the run. */
    static Op schedule() {
        return Scheduler::pick;
    }

    private static void pick(XenCpu c) {
        XenState s = c.state();
        int limit = s.inputs.switches();
        if (limit < 0 && s.stopAfter < 0 && s.scriptsDone()) s.stopAfter = s.switches + roundLength(s);
        int stopAt = limit >= 0 ? limit : s.stopAfter;
        if (stopAt >= 0 && s.switches >= stopAt) {
            c.stop(StopOutcome.STEADY_STATE, String.format("%d context switches; running: %s", s.switches, running(s)));
            return;
        }
        List<XenDomain.Vcpu> all = s.vcpus();
        int slots = all.size() + 1;
        int from = s.current == XenState.IDLE ? all.size() : s.current;
        int next = XenState.IDLE;
        for (int step = 1; step <= slots; step++) {
            int slot = (from + step) % slots;
            if (slot == all.size()) break;
            if (s.domains.get(all.get(slot).domain).state == DomainState.RUNNING) {
                next = slot;
                break;
            }
        }
        if (next == XenState.IDLE && s.current == XenState.IDLE) {
            c.stop(StopOutcome.STEADY_STATE, s.switches + " context switches; no domain is left running");
            return;
        }
        c.push(switchTo(s, next));
    }

    private static int roundLength(XenState s) {
        int n = 1;
        for (XenDomain d : s.domains) if (d.state == DomainState.RUNNING) n += d.vcpus.size();
        return n;
    }

    private static String running(XenState s) {
        List<String> names = new ArrayList<>();
        for (XenDomain d : s.domains) if (d.state == DomainState.RUNNING) names.add(d.name());
        return names.isEmpty() ? "no domain" : String.join(", ", names);
    }

    private static List<Op> switchTo(XenState s, int next) {
        List<Op> ops = new ArrayList<>();
        int prev = s.current;
        String from = s.vcpuName(prev);
        String to = s.vcpuName(next);
        ops.add(c -> {
            c.state().switches++;
            c.emit(new XenEvent.ContextSwitch(from, to));
        });
        List<XenDomain.Vcpu> all = s.vcpus();
        if (prev != XenState.IDLE) {
            XenDomain.Vcpu v = all.get(prev);
            XenDomain d = s.domains.get(v.domain);
            if (d.state != DomainState.CRASHED) ops.add(c -> saveEl1(c, prev));
        }
        int nextDomain = next == XenState.IDLE ? XenState.IDLE : all.get(next).domain;
        ops.add(c -> {
            if (c.state().partBOwner != nextDomain) c.push(rewritePartB(c, nextDomain));
        });
        ops.add(c -> c.state().current = next);
        if (next == XenState.IDLE) {
            ops.add(schedule());
            return ops;
        }
        XenDomain.Vcpu v = all.get(next);
        XenDomain d = s.domains.get(v.domain);
        long entry = v.entry;
        long stack = v.stack;
        boolean mmu = d.node.el1Mmu();
        ops.add(MachineOps.write(VSCTLR, (long) d.vmid << XenRegs.VMID_SHIFT));
        ops.add(MachineOps.write(VTCR, XenRegs.VTCR_PMSA | (mmu ? XenRegs.VTCR_MSA : 0)));
        ops.add(c -> c.push(MachineOps.write(SCTLR_EL1, c.state().vcpu(next).sctlrEl1)));
        if (!mmu) ops.add(c -> restoreEl1(c, next));
        ops.add(MachineOps.dsb());
        ops.add(c -> {
            c.machine().setPc(EL1, entry);
            c.machine().setSp(EL1, stack);
        });
        ops.add(MachineOps.enter(EL1));
        ops.add(GuestRunner.slice(next));
        return ops;
    }

    /** Xen reads the outgoing guest's EL1 context into its vCPU (reads make no events). */
    private static void saveEl1(XenCpu c, int index) {
        XenDomain.Vcpu v = c.state().vcpu(index);
        RegisterBank arch = c.machine().registers().architectural();
        v.sctlrEl1 = arch.control(ControlRegister.SCTLR_EL1);
        if (c.state().domains.get(v.domain).node.el1Mmu()) return;
        v.mairEl1 = arch.control(ControlRegister.MAIR_EL1);
        int enabled = 0;
        for (int i = 0; i < v.el1Prbar.length; i++) {
            v.el1Prbar[i] = arch.prbar(EL1, i);
            v.el1Prlar[i] = arch.prlar(EL1, i);
            if ((v.el1Prlar[i] & 1) != 0) enabled++;
        }
        c.state().el1Owner = index;
        c.decide("saved " + c.state().vcpuName(index) + ": SCTLR_EL1 0x" + Long.toHexString(v.sctlrEl1).toUpperCase()
            + ", " + enabled + " enabled EL1 MPU region(s)");
    }

    /** Writes the EL1 regions (and MAIR_EL1) of the incoming vCPU that differ from what the hardware holds. */
    private static void restoreEl1(XenCpu c, int index) {
        XenDomain.Vcpu v = c.state().vcpu(index);
        RegisterBank arch = c.machine().registers().architectural();
        List<Op> ops = new ArrayList<>();
        if (arch.control(ControlRegister.MAIR_EL1) != v.mairEl1) ops.add(MachineOps.write(MAIR_EL1, v.mairEl1));
        int written = 0;
        for (int i = 0; i < v.el1Prbar.length; i++) {
            if (arch.prbar(EL1, i) != v.el1Prbar[i] || arch.prlar(EL1, i) != v.el1Prlar[i]) {
                ops.add(MachineOps.writeRegion(EL1, i, v.el1Prbar[i], v.el1Prlar[i]));
                written++;
            }
        }
        c.state().el1Owner = index;
        if (written > 0) {
            String name = c.state().vcpuName(index);
            int n = written;
            ops.add(0, cpu -> cpu.decide("restore " + name + ": " + n + " EL1 MPU region(s) differ from the hardware"));
        }
        c.push(ops);
    }

    /**
     * PART_B of the incoming context: the old regions off (one PRENR write below 32), DSB + ISB, the new ones written
     * enabled, DSB + ISB.
     */
    private static List<Op> rewritePartB(XenCpu c, int domain) {
        XenState s = c.state();
        int a = s.runtime.partA().size();
        int count = s.mpumap.maxRegions();
        List<MpuRegion> old = partB(s, s.partBOwner);
        List<MpuRegion> fresh = partB(s, domain);
        List<Op> ops = new ArrayList<>();
        if (a + fresh.size() > count) {
            ops.add(cpu -> cpu.panic("PART_A + PART_B of " + s.vcpuName(s.current) + " exceed MPUIR_EL2"));
            return ops;
        }
        long mask = 0;
        for (int i = a; i < a + old.size(); i++) {
            if (i < 32) mask |= 1L << i;
            else ops.add(MachineOps.writeRegion(EL2, i, old.get(i - a).prbar(), old.get(i - a).prlar() & ~1L));
        }
        long clear = mask;
        if (clear != 0) ops.add(0, cpu -> cpu.machine().write(PRENR, cpu.machine().read(PRENR) & ~clear));
        ops.addAll(MachineOps.contextSync());
        for (int i = 0; i < fresh.size(); i++) {
            ops.add(MachineOps.writeRegion(EL2, a + i, fresh.get(i).prbar(), fresh.get(i).prlar()));
        }
        ops.addAll(MachineOps.contextSync());
        String text = "PART_B: " + old.size() + " region(s) of " + owner(s, s.partBOwner) + " off, " + fresh.size()
            + " of " + owner(s, domain) + " on at " + a + "-" + (a + fresh.size() - 1);
        ops.add(0, cpu -> cpu.decide(text));
        ops.add(cpu -> {
            cpu.state().partBOwner = domain;
            List<long[]> table = new ArrayList<>();
            for (MpuRegion r : cpu.state().runtime.partA()) table.add(new long[] {r.prbar(), r.prlar()});
            for (MpuRegion r : fresh) table.add(new long[] {r.prbar(), r.prlar()});
            cpu.state().mpumap.replaceAll(table);
        });
        return ops;
    }

    private static String owner(XenState s, int domain) {
        return domain == XenState.IDLE ? "hypervisor" : domain < 0 ? "none" : s.domains.get(domain).name();
    }

    private static List<MpuRegion> partB(XenState s, int domain) {
        if (domain == XenState.IDLE) return s.runtime.hypervisorB();
        if (domain < 0) return List.of();
        return s.domains.get(domain).stage2;
    }
}

package dev.mpuworkbench.emulator.xen;

import static dev.mpuworkbench.emulator.xen.MachineOps.EL1;
import static dev.mpuworkbench.emulator.xen.MachineOps.EL2;

import dev.mpuworkbench.emulator.guest.Expectation;
import dev.mpuworkbench.emulator.guest.GuestAction;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.List;

/**
 * Runs a guest vCPU's slice one action at a time at EL1, and Xen's handling of its stage-2 aborts: an access to the
 * GIC distributor is emulated by the vGIC and the guest resumes; any other stage-2 abort crashes the domain.
 */
final class GuestRunner {
    private static final long GICD_SIZE = 64 * 1024;

    private GuestRunner() {
    }

    static Op slice(int vcpu) {
        return c -> {
            XenDomain.Vcpu v = c.state().vcpu(vcpu);
            c.push(step(vcpu, v.slicesRun, 0));
        };
    }

    private static Op step(int vcpu, int slice, int action) {
        return c -> {
            XenDomain.Vcpu v = c.state().vcpu(vcpu);
            List<GuestAction> actions = v.script.slice(slice);
            if (action >= actions.size()) {
                v.slicesRun = slice + 1;
                c.push(List.of(MachineOps.enter(EL2), Scheduler.schedule()));
                return;
            }
            Op next = step(vcpu, slice, action + 1);
            GuestAction a = actions.get(action);
            if (a instanceof GuestAction.WriteRegister w) {
                c.machine().write(SysRegs.parse(w.register()), w.value());
                c.push(next);
            } else if (a instanceof GuestAction.Barrier b) {
                if (b.dsb()) c.machine().dsb();
                else c.machine().isb();
                c.push(next);
            } else if (a instanceof GuestAction.Touch t) {
                touch(c, vcpu, t, next);
            }
        };
    }

    private static void touch(XenCpu c, int vcpu, GuestAction.Touch t, Op next) {
        AccessOutcome o = c.machine().access(EL1, t.access(), t.address());
        if (o.allowed()) {
            probe(c, vcpu, t, Expectation.ALLOWED);
            c.push(next);
        } else if (o.targetLevel() == EL1) {
            probe(c, vcpu, t, Expectation.STAGE1_FAULT);
            c.push(next);
        } else {
            c.push(List.of(MachineOps.enter(EL2), cpu -> stage2Abort(cpu, vcpu, t, next)));
        }
    }

    /** Xen's guest data abort handler: reads the syndrome, emulates the vGIC distributor or crashes the domain. */
    private static void stage2Abort(XenCpu c, int vcpu, GuestAction.Touch t, Op next) {
        XenState s = c.state();
        XenDomain.Vcpu v = s.vcpu(vcpu);
        XenDomain d = s.domains.get(v.domain);
        long far = c.machine().read(SysRegs.control(ControlRegister.FAR_EL2));
        long esr = c.machine().read(SysRegs.control(ControlRegister.ESR_EL2));
        long gicd = vgicBase(s);
        if (gicd >= 0 && far >= gicd && far < gicd + GICD_SIZE) {
            c.emit(new XenEvent.MmioEmulated(d.name(), v.index, t.access(), far, gicdRegister(far - gicd)));
            probe(c, vcpu, t, Expectation.EMULATED);
            c.push(List.of(MachineOps.enter(EL1), next));
            return;
        }
        d.state = DomainState.CRASHED;
        c.emit(new XenEvent.DomainCrashed(d.name(), v.index, t.access(), far, String.format(
            "unhandled stage-2 %s abort (ESR_EL2 0x%X): no region of its context maps 0x%X for it",
            t.access().label(), esr, far)));
        probe(c, vcpu, t, Expectation.CRASH);
        c.push(Scheduler.schedule());
    }

    /** The vGIC distributor: a direct-mapped guest sees the host's GIC layout; on the MPU every guest does. */
    private static long vgicBase(XenState s) {
        return s.info.gics().stream().filter(g -> !g.mmio().isEmpty()).mapToLong(g -> g.mmio().get(0).base())
            .findFirst().orElse(-1);
    }

    private static String gicdRegister(long offset) {
        if (offset == 0) return "GICD_CTLR";
        if (offset == 4) return "GICD_TYPER";
        if (offset == 8) return "GICD_IIDR";
        return String.format("GICD+0x%X", offset);
    }

    private static void probe(XenCpu c, int vcpu, GuestAction.Touch t, Expectation actual) {
        XenState s = c.state();
        XenDomain.Vcpu v = s.vcpu(vcpu);
        XenEvent.Probe p = new XenEvent.Probe(s.domains.get(v.domain).name(), v.index, t.what(), t.access(),
            t.address(), t.expected(), actual);
        s.probes++;
        if (!p.asExpected()) {
            s.probesFailed++;
            if (s.firstProbeFailure == null) s.firstProbeFailure = p.summary();
        }
        c.emit(p);
    }
}

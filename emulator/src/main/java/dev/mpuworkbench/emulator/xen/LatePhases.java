package dev.mpuworkbench.emulator.xen;

import static dev.mpuworkbench.emulator.xen.MachineOps.EL2;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.XenImage;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.RegionBits;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;

/** P24–P31 and the partitioned design's R1 (runtime MPU configuration) and R2 (deferred unpause). */
final class LatePhases {
    /** Where the idle vCPU's stack is taken from the heap, past the frame table and the DTB copy. */
    private static final long IDLE_STACK = 0x8000;

    private LatePhases() {
    }

    /** P24 discard_initial_modules: remove_early_mappings (with a static heap the modules stay reserved). */
    static void discardInitialModules(XenCpu c) {
        XenState s = c.state();
        long base = AddressRange.alignDown(s.fdtAddress, AddressRange.PAGE);
        long end = AddressRange.alignUp(s.fdtAddress + s.fdtSize, AddressRange.PAGE);
        DomainBuild.unmap(c, base, end, "remove_early_mappings: DTB");
    }

    /** P26: upstream unpauses every domain here; the partitioned design defers it to R2. */
    static void unpause(XenCpu c) {
        XenState s = c.state();
        if (s.mode() == XenBootMode.PARTITIONED) {
            c.decide("unpause deferred: the domains stay paused until the runtime MPU configuration is in place (R2)");
            return;
        }
        unpauseAll(c);
    }

    static void unpauseAll(XenCpu c) {
        List<String> names = new ArrayList<>();
        for (XenDomain d : c.state().domains) {
            if (d.state == DomainState.PAUSED) {
                d.state = DomainState.RUNNING;
                names.add(d.name());
            }
        }
        c.decide(names.isEmpty() ? "no domain to unpause" : "domain_unpause_by_systemcontroller: " + String.join(", ", names));
    }

    /** P27: init_done runs on the idle vCPU's stack (from the heap), in .text. */
    static void switchStack(XenCpu c) {
        XenState s = c.state();
        AddressRange heap = StartXen.heap(s.info);
        long top = Math.min(heap.end(), heap.base() + StartXen.frameTableBytes(s.info)
            + AddressRange.alignUp(s.fdtSize, AddressRange.PAGE) + IDLE_STACK);
        c.machine().setSp(EL2, top);
        c.machine().setPc(EL2, s.inputs.build().image().stext());
    }

    /** P29 modify_after_init_mappings (upstream): rodata grows over ro_after_init, data starts after it. */
    static void modifyAfterInitMappings(XenCpu c) {
        XenState s = c.state();
        if (s.mode() == XenBootMode.PARTITIONED) {
            c.decide("folded into R1: the runtime configuration maps rodata + ro_after_init read-only");
            return;
        }
        XenImage x = s.inputs.build().image();
        List<Op> ops = new ArrayList<>();
        if (s.rodataRegion >= 0) addOutcome(ops, s.mpumap.resize(s.rodataRegion, x.srodata(), x.roAfterInitEnd(),
            "rodata + ro_after_init"));
        if (s.dataRegion >= 0) addOutcome(ops, s.mpumap.resize(s.dataRegion, x.roAfterInitEnd(), x.initBegin(), "data"));
        c.push(ops);
    }

    /** P30 free_init_memory (upstream): init text made RW, zeroed, destroyed; init data + bss shrinks to bss. */
    static void freeInitMemory(XenCpu c) {
        XenState s = c.state();
        if (s.mode() == XenBootMode.PARTITIONED) {
            c.decide("folded into R1: the runtime configuration keeps no init text region");
            return;
        }
        XenImage x = s.inputs.build().image();
        List<Op> ops = new ArrayList<>();
        if (s.initTextRegion >= 0) {
            int initText = s.initTextRegion;
            ops.add(cpu -> push(cpu, cpu.state().mpumap.modify(initText, RegionPerm.HYPERVISOR_RW, "init text")));
        }
        ops.add(XenAccess.range(AccessType.WRITE, x.initBegin(), x.initEnd(), "the init sections (memset 0)"));
        if (s.initTextRegion >= 0) {
            int initText = s.initTextRegion;
            ops.add(cpu -> push(cpu, cpu.state().mpumap.resize(initText, 0, 0, "init text")));
        }
        if (s.bssRegion >= 0) {
            int bss = s.bssRegion;
            ops.add(cpu -> push(cpu, cpu.state().mpumap.resize(bss, x.bssStart(), x.bssEnd(), "init data + bss")));
        }
        c.push(ops);
    }

    /**
     * R1: the runtime configuration. The MPU is switched off (Xen runs on the default map for a moment, as the
     * downstream {@code reorder_xen_mpumap} does), PART_A and the hypervisor's PART_B are written from index 0,
     * every other region is disabled, and the MPU is switched back on.
     */
    static void runtimeConfig(XenCpu c) {
        XenState s = c.state();
        if (s.runtime == null) s.runtime = RuntimeLayout.compute(s.info, s.inputs.build(),
            AddressRange.of(s.fdtAddress, s.fdtSize));
        RuntimeLayout layout = s.runtime;
        int count = s.mpumap.maxRegions();
        int a = layout.partA().size();
        int h = layout.hypervisorB().size();
        if (a + h > count) {
            c.panic(String.format("the runtime configuration needs %d regions (PART_A %d + hypervisor PART_B %d) but "
                + "MPUIR_EL2 has %d", a + h, a, h, count));
            return;
        }
        for (XenDomain d : s.domains) {
            if (a + d.stage2.size() > count) {
                c.panic(String.format("%s's context needs %d regions (PART_A %d + its PART_B %d) but MPUIR_EL2 has %d",
                    d.name(), a + d.stage2.size(), a, d.stage2.size(), count));
                return;
            }
        }
        List<MpuRegion> all = new ArrayList<>(layout.partA());
        all.addAll(layout.hypervisorB());
        SysReg sctlr = SysRegs.control(ControlRegister.SCTLR_EL2);
        List<Op> ops = new ArrayList<>();
        ops.add(cpu -> cpu.decide(String.format("runtime configuration: PART_A regions 0-%d, hypervisor PART_B "
            + "regions %d-%d", a - 1, a, a + h - 1)));
        ops.add(cpu -> cpu.machine().write(sctlr, cpu.machine().read(sctlr) & ~ControlRegister.SCTLR_M));
        ops.add(MachineOps.dsb());
        ops.add(MachineOps.isb());
        for (int i = 0; i < all.size(); i++) ops.add(MachineOps.writeRegion(EL2, i, all.get(i).prbar(), all.get(i).prlar()));
        ops.add(cpu -> disableFrom(cpu, all.size()));
        ops.add(MachineOps.dsb());
        ops.add(cpu -> cpu.machine().write(sctlr, cpu.machine().read(sctlr) | ControlRegister.SCTLR_M));
        ops.add(MachineOps.isb());
        ops.add(cpu -> {
            List<long[]> table = new ArrayList<>();
            for (MpuRegion r : all) table.add(new long[] {r.prbar(), r.prlar()});
            cpu.state().mpumap.replaceAll(table);
            cpu.state().partBOwner = XenState.IDLE;
        });
        c.push(ops);
    }

    /** Disables every enabled region from {@code first} on: PRENR for those below 32, PRLAR for the rest. */
    private static void disableFrom(XenCpu c, int first) {
        int count = c.state().mpumap.maxRegions();
        List<Op> ops = new ArrayList<>();
        SysReg prenr = SysRegs.prenr(EL2);
        if (first < Math.min(32, count)) {
            long keep = first >= 64 ? -1L : (1L << first) - 1;
            ops.add(cpu -> cpu.machine().write(prenr, cpu.machine().read(prenr) & keep));
        }
        for (int i = Math.max(32, first); i < count; i++) {
            if (RegionBits.enabled(c.machine().registers().architectural().prlar(EL2, i))) {
                ops.add(MachineOps.writeRegion(EL2, i, 0, 0));
            }
        }
        c.push(ops);
    }

    /** R2: the deferred unpause. */
    static void deferredUnpause(XenCpu c) {
        unpauseAll(c);
    }

    /** P31: upstream idles (it only gets here without domains); the partitioned design starts the scheduler. */
    static void idleLoop(XenCpu c) {
        XenState s = c.state();
        if (s.mode() == XenBootMode.UPSTREAM || s.domains.isEmpty()) {
            c.stop(StopOutcome.STEADY_STATE, "startup_cpu_idle_loop: Xen idles" + (s.domains.isEmpty()
                ? " (no domains)" : ""));
            return;
        }
        c.push(Scheduler.schedule());
    }

    private static void addOutcome(List<Op> ops, XenMpuMap.Outcome o) {
        ops.add(cpu -> cpu.decide(o.text()));
        ops.addAll(o.ops());
    }

    private static void push(XenCpu c, XenMpuMap.Outcome o) {
        if (!o.ok()) {
            c.panic(o.text());
            return;
        }
        List<Op> ops = new ArrayList<>();
        addOutcome(ops, o);
        c.push(ops);
    }
}

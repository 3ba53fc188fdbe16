package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.Module;
import dev.mpuworkbench.emulator.boot.BootInfo.ModuleKind;
import dev.mpuworkbench.emulator.boot.BootInfo.SharedMem;
import dev.mpuworkbench.emulator.guest.GuestScript;
import dev.mpuworkbench.emulator.guest.GuestWorkload;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P22 create_domUs. Both modes check the node, create the domain (VMID) and probe the kernel through a transient
 * {@code copy_from_paddr} mapping. Upstream then stops: assigning static memory reaches {@code p2m_set_entry}, which
 * is {@code BUG_ON("unimplemented")}. The partitioned design first maps the {@code mpu,guest-memory-section} for
 * Xen in one region (so each domain's RAM is then only a refcount on it), then for each domain assigns the static
 * memory, works out the stage-2 regions (its PART_B), copies the kernel (and ramdisk) into the domain's RAM through
 * the MPU and leaves the domain paused.
 */
final class DomainBuild {
    private static final long PAGE = AddressRange.PAGE;
    /** What kernel_probe copies to look at the image header. */
    private static final long KERNEL_HEADER = 64;
    private static final long MODULE_ALIGN = 2L << 20;

    private DomainBuild() {
    }

    static void createDomUs(XenCpu c) {
        XenState s = c.state();
        BootInfo info = s.info;
        if (info.domains().isEmpty()) return;
        if (s.mode() == XenBootMode.PARTITIONED) {
            s.runtime = RuntimeLayout.compute(info, s.inputs.build(), AddressRange.of(s.fdtAddress, s.fdtSize));
        }
        List<Op> ops = new ArrayList<>();
        AddressRange guestSection = info.sections().guestMemory();
        if (s.mode() == XenBootMode.PARTITIONED && guestSection != null) {
            AddressRange r = guestSection.alignOutward(PAGE);
            ops.add(StartXen.mapOp(r.base(), r.end(), RegionPerm.HYPERVISOR_RW, "mpu,guest-memory-section for Xen"));
        }
        for (int i = 0; i < info.domains().size(); i++) {
            int index = i;
            ops.add(cpu -> build(cpu, index));
        }
        c.push(ops);
    }

    private static void build(XenCpu c, int index) {
        XenState s = c.state();
        DomainNode d = s.info.domains().get(index);
        Optional<String> refused = parseCheck(c, d);
        if (refused.isPresent()) {
            c.panic(refused.get());
            return;
        }
        int vmid = index + 1;
        s.domains.add(new XenDomain(d, vmid, new ArrayList<>()));
        c.decide(String.format("domain_create(%s): VMID %d (VSCTLR_EL2 0x%X), p2m root table from the heap", d.name(),
            vmid, (long) vmid << XenRegs.VMID_SHIFT));
        Optional<Module> kernel = d.module(ModuleKind.KERNEL);
        if (kernel.isEmpty()) {
            c.panic(d.name() + ": no kernel module (multiboot,kernel) to boot");
            return;
        }
        Module k = kernel.get();
        if (s.inputs.script().loads().stream().noneMatch(l -> l.address() == k.range().base())) {
            c.panic(String.format("kernel_probe(%s): no image at 0x%X: the boot script loads nothing there", d.name(),
                k.range().base()));
            return;
        }
        long headerEnd = k.range().base() + Math.min(KERNEL_HEADER, k.range().size());
        List<Op> ops = new ArrayList<>(copyFromPaddr(k.range().base(), headerEnd, "kernel_probe(" + d.name() + ")"));
        if (s.mode() == XenBootMode.UPSTREAM) {
            String assign = d.staticMem().isEmpty() ? "allocate_memory" : "allocate_static_memory";
            ops.add(cpu -> cpu.stop(StopOutcome.UPSTREAM_LIMIT, String.format("P22 create_domUs: construct_domU(%s): "
                + "%s -> guest_physmap_add_pages -> p2m_set_entry is BUG_ON(\"unimplemented\") in "
                + "xen/arch/arm/mpu/p2m.c: upstream Xen cannot build guests on the MPU yet", d.name(), assign)));
        } else {
            ops.add(cpu -> construct(cpu, index));
        }
        c.push(ops);
    }

    /** What {@code parse_dom0less_node} and {@code domain_create} refuse. */
    private static Optional<String> parseCheck(XenCpu c, DomainNode d) {
        if (d.cpus() < 1) return Optional.of(d.path() + ": \"cpus\" is missing or 0");
        if (d.memoryKib() < 0) return Optional.of(d.path() + ": cannot read \"memory\" (a 64-bit number of KiB)");
        if (d.directMap() && d.staticMem().isEmpty()) {
            return Optional.of("direct-map is not valid for domain " + d.name() + " without static allocation");
        }
        if (!d.el1Mmu() && (d.staticMem().isEmpty() || !d.directMap())) {
            return Optional.of(d.name() + ": v8r_el1_msa \"mpu\" (the default) needs xen,static-mem and direct-map");
        }
        long frac = (c.machine().read(SysRegs.idAa64mmfr0()) >>> 52) & 0xF;
        if (d.el1Mmu() && frac != 2) {
            return Optional.of(d.name() + ": v8r_el1_msa \"mmu\" needs VMSAv8-64 at EL1, which this CPU does not have");
        }
        return Optional.empty();
    }

    /** Partitioned: static memory, shared memory, stage-2 regions, kernel and ramdisk copies, vCPUs. */
    private static void construct(XenCpu c, int index) {
        XenState s = c.state();
        DomainNode d = s.info.domains().get(index);
        if (d.staticMem().isEmpty()) {
            c.panic(d.name() + " has no xen,static-mem: on the MPU guest memory must be allocated statically (Xen "
                + "cannot map heap pages for a guest at stage 2)");
            return;
        }
        long sum = 0;
        for (AddressRange bank : d.staticMem()) {
            if (!bank.isAligned(PAGE)) {
                c.panic(d.name() + ": xen,static-mem bank " + bank + " is not 4 KiB aligned");
                return;
            }
            sum += bank.size();
        }
        if (sum != d.memoryKib() * 1024) {
            c.panic(String.format("%s: Size of \"memory\" property (0x%X KiB) doesn't match up with the sum-up of "
                + "\"xen,static-mem\" (0x%X KiB)", d.name(), d.memoryKib(), sum / 1024));
            return;
        }
        for (SharedMem shm : d.sharedMemory()) {
            if (!shm.host().isAligned(PAGE) || (shm.guestAddress() & (PAGE - 1)) != 0 || shm.host().isEmpty()) {
                c.panic(d.name() + ": shared memory " + shm.id() + " " + shm.host() + " is not 4 KiB aligned");
                return;
            }
            if (d.directMap() && shm.guestAddress() != shm.host().base()) {
                c.panic(String.format("%s: shared memory %s is not direct-mapped (host 0x%X, guest 0x%X) in a "
                    + "direct-mapped domain", d.name(), shm.id(), shm.host().base(), shm.guestAddress()));
                return;
            }
        }
        XenDomain xd = s.domains.get(index);
        xd.stage2 = s.runtime.domainPartB(s.info, d);
        c.decide(d.name() + " stage-2 regions: " + xd.stage2.size() + " (" + String.join("; ",
            xd.stage2.stream().map(MpuRegion::toString).toList()) + ")");
        AddressRange bank = d.staticMem().get(0);
        List<Op> ops = new ArrayList<>();
        for (AddressRange b : d.staticMem()) {
            ops.add(cpu -> StartXen.map(cpu, b.base(), b.end(), RegionPerm.HYPERVISOR_RW, d.name() + " RAM for Xen"));
        }
        Module k = d.module(ModuleKind.KERNEL).orElseThrow();
        if (k.range().size() > bank.size()) {
            c.panic(String.format("%s: the kernel (0x%X bytes) does not fit the first RAM bank %s", d.name(),
                k.range().size(), bank));
            return;
        }
        long kernelEnd = bank.base() + k.range().size();
        ops.addAll(copy(k.range(), bank.base(), "the kernel of " + d.name()));
        Optional<Module> ramdisk = d.module(ModuleKind.RAMDISK);
        if (ramdisk.isPresent()) {
            long at = AddressRange.alignDown(bank.end() - ramdisk.get().range().size(), MODULE_ALIGN);
            if (at < kernelEnd) {
                c.panic(d.name() + ": no room for the ramdisk above the kernel in " + bank);
                return;
            }
            ops.addAll(copy(ramdisk.get().range(), at, "the ramdisk of " + d.name()));
        }
        ops.add(cpu -> vcpus(cpu, index));
        c.push(ops);
    }

    /** A module copied to guest RAM: mapped Normal-NC for the copy, read, written, unmapped. */
    private static List<Op> copy(AddressRange source, long destination, String what) {
        List<Op> ops = new ArrayList<>();
        long base = AddressRange.alignDown(source.base(), PAGE);
        long end = AddressRange.alignUp(source.end(), PAGE);
        ops.add(cpu -> StartXen.map(cpu, base, end, RegionPerm.HYPERVISOR_WC, "copy " + what + " from"));
        ops.add(XenAccess.range(AccessType.READ, source.base(), source.end(), what));
        ops.add(XenAccess.range(AccessType.WRITE, destination, destination + source.size(), what + " in guest RAM"));
        ops.add(cpu -> unmap(cpu, base, end, "copy " + what + " from"));
        return ops;
    }

    /** {@code copy_from_paddr}: a transient Normal-NC mapping around one read. */
    private static List<Op> copyFromPaddr(long from, long to, String what) {
        long base = AddressRange.alignDown(from, PAGE);
        long end = AddressRange.alignUp(to, PAGE);
        return List.of(
            cpu -> StartXen.map(cpu, base, end, RegionPerm.HYPERVISOR_WC, what + ": copy_from_paddr"),
            XenAccess.range(AccessType.READ, from, to, "the kernel header"),
            cpu -> unmap(cpu, base, end, what + ": copy_from_paddr done"));
    }

    static void unmap(XenCpu c, long base, long end, String what) {
        XenMpuMap.Outcome o = c.state().mpumap.unmap(base, end, what);
        if (!o.ok()) {
            c.panic(o.text());
            return;
        }
        List<Op> ops = new ArrayList<>();
        ops.add(cpu -> cpu.decide(o.text()));
        ops.addAll(o.ops());
        c.push(ops);
    }

    /** The vCPUs with their workloads; the rogue (the last of two or more domains) probes the first domain's RAM. */
    private static void vcpus(XenCpu c, int index) {
        XenState s = c.state();
        List<DomainNode> all = s.info.domains();
        DomainNode d = all.get(index);
        Optional<DomainNode> victim = all.size() >= 2 && index == all.size() - 1 ? Optional.of(all.get(0))
            : Optional.empty();
        AddressRange bank = d.staticMem().get(0);
        XenDomain xd = s.domains.get(index);
        for (int v = 0; v < d.cpus(); v++) {
            GuestScript script = GuestWorkload.script(s.info, d, v, s.inputs.el1Regions(), victim);
            xd.vcpus.add(new XenDomain.Vcpu(index, v, s.inputs.el1Regions(), script, bank.base(), bank.end()));
        }
        xd.state = DomainState.PAUSED;
        c.decide(String.format("%s constructed: %d vCPU(s), EL1 %s, paused%s", d.name(), d.cpus(),
            d.el1Mmu() ? "MMU (VMSA, stage 1 not modelled)" : "MPU (PMSA)",
            victim.map(v -> "; its vCPU 0 will probe " + v.name() + "'s RAM (isolation)").orElse("")));
    }
}

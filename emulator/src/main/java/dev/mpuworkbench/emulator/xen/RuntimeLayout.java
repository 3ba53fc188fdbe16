package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.DtDevice;
import dev.mpuworkbench.emulator.boot.BootInfo.Module;
import dev.mpuworkbench.emulator.boot.BootInfo.SharedMem;
import dev.mpuworkbench.emulator.boot.BuildInputs;
import dev.mpuworkbench.emulator.boot.XenImage;
import dev.mpuworkbench.emulator.xen.RegionSweep.Request;
import dev.mpuworkbench.emulator.xen.RegionSweep.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partitioned design's runtime EL2 MPU configuration (DOMAIN.md §2, xen_mpu.md §3.6), worked out by Xen from
 * what it booted with: PART_A, fixed for the life of the system at the low indices, in a fixed order (text, rodata
 * with ro_after_init, data through bss, the boot-module section, the static heap, the early UART, Xen's console UART
 * and the GIC); PART_B after it, per context in address order: every domain's RAM and shared memory for the
 * hypervisor, a domain's RAM, passed-through devices and shared memory (stage 2) for that domain. Device windows and
 * RAM are rounded out to 4 KiB, the heap in to 4 KiB, the sections and the early UART out to the 64-byte granule.
 *
 * @param partA       PART_A in index order
 * @param hypervisorB PART_B while Xen's idle vCPU runs
 * @param partARuns   PART_A by address, for clipping PART_B
 */
record RuntimeLayout(List<MpuRegion> partA, List<MpuRegion> hypervisorB, List<Run> partARuns) {
    private static final long PAGE = AddressRange.PAGE;
    private static final long GRANULE = AddressRange.MPU_GRANULE;

    static RuntimeLayout compute(BootInfo info, BuildInputs build, AddressRange dtb) {
        List<Request> a = new ArrayList<>();
        XenImage x = build.image();
        add(a, x.stext(), AddressRange.alignUp(x.etext(), PAGE), RegionPerm.HYPERVISOR_RX, "xen text");
        add(a, x.srodata(), x.roAfterInitEnd(), RegionPerm.HYPERVISOR_RO, "xen rodata");
        add(a, x.dataStart(), x.end(), RegionPerm.HYPERVISOR_RW, "xen data+bss");
        AddressRange section = info.sections().bootModules();
        if (section != null) {
            addOut(a, section, GRANULE, RegionPerm.HYPERVISOR_RO, "mpu,boot-module-section");
        } else {
            if (dtb != null) addOut(a, dtb, PAGE, RegionPerm.HYPERVISOR_RO, "host dtb");
            for (Module m : info.hostModules()) addOut(a, m.range(), PAGE, RegionPerm.HYPERVISOR_RO, m.path());
            for (DomainNode d : info.domains()) {
                for (Module m : d.modules()) addOut(a, m.range(), PAGE, RegionPerm.HYPERVISOR_RO, m.path());
            }
        }
        for (AddressRange heap : info.staticHeap()) {
            AddressRange in = heap.alignInward(PAGE);
            add(a, in.base(), in.end(), RegionPerm.HYPERVISOR_RW, "static heap");
        }
        build.earlyUart().ifPresent(u -> addOut(a, u, GRANULE, RegionPerm.HYPERVISOR_NOCACHE, "early uart"));
        for (DtDevice d : xenDevices(info)) {
            for (AddressRange w : d.mmio()) addOut(a, w, PAGE, RegionPerm.HYPERVISOR_NOCACHE, d.name());
        }
        List<Run> aRuns = RegionSweep.runs(a);
        List<Request> b = new ArrayList<>();
        for (DomainNode d : info.domains()) {
            for (AddressRange bank : d.staticMem()) addOut(b, bank, PAGE, RegionPerm.HYPERVISOR_RW, d.name() + " RAM");
        }
        for (Map.Entry<String, AddressRange> shm : sharedRegions(info).entrySet()) {
            addOut(b, shm.getValue(), PAGE, RegionPerm.HYPERVISOR_RW, "shm " + shm.getKey());
        }
        return new RuntimeLayout(RegionSweep.fixedOrder(aRuns), partB(b, aRuns), aRuns);
    }

    /** A domain's stage-2 regions: its RAM, its passed-through device windows and its shared memory. */
    List<MpuRegion> domainPartB(BootInfo info, DomainNode d) {
        List<Request> b = new ArrayList<>();
        for (AddressRange bank : d.staticMem()) addOut(b, bank, PAGE, RegionPerm.GUEST_RAM, d.name() + " RAM");
        for (String path : d.passthrough()) {
            Optional<DtDevice> dev = info.device(path);
            if (dev.isEmpty()) continue;
            for (AddressRange w : dev.get().mmio()) {
                addOut(b, w, PAGE, RegionPerm.guestDevice(dev.get().attrIndex()), dev.get().name());
            }
        }
        for (SharedMem s : d.sharedMemory()) addOut(b, s.host(), PAGE, RegionPerm.GUEST_RAM, "shm " + s.id());
        return partB(b, partARuns);
    }

    /** The devices Xen maps for itself: its console UART, then every GIC. */
    static List<DtDevice> xenDevices(BootInfo info) {
        List<DtDevice> out = new ArrayList<>();
        consoleUart(info).ifPresent(out::add);
        for (DtDevice g : info.gics()) if (!out.contains(g)) out.add(g);
        return out;
    }

    /**
     * The UART Xen drives: the one its {@code dtuart} option or {@code stdout-path} names; without either, the
     * first UART no domain is given.
     */
    static Optional<DtDevice> consoleUart(BootInfo info) {
        if (info.console().isPresent()) return info.console();
        List<String> passedThrough = info.domains().stream().flatMap(d -> d.passthrough().stream()).toList();
        return info.devices().stream()
            .filter(d -> d.kind() == BootInfo.DeviceKind.UART && !passedThrough.contains(d.path())).findFirst();
    }

    /** Each shared-memory id's host range, from the first domain that names it. */
    static Map<String, AddressRange> sharedRegions(BootInfo info) {
        Map<String, AddressRange> out = new LinkedHashMap<>();
        for (DomainNode d : info.domains()) for (SharedMem s : d.sharedMemory()) out.putIfAbsent(s.id(), s.host());
        return out;
    }

    private static List<MpuRegion> partB(List<Request> requests, List<Run> partA) {
        return RegionSweep.runs(RegionSweep.without(requests, partA)).stream().map(Run::region).toList();
    }

    private static void addOut(List<Request> out, AddressRange r, long alignment, RegionPerm perm, String what) {
        AddressRange o = r.alignOutward(alignment);
        add(out, o.base(), o.end(), perm, what);
    }

    private static void add(List<Request> out, long base, long end, RegionPerm perm, String what) {
        if (end > base) out.add(new Request(base, end, perm, out.size(), what));
    }
}

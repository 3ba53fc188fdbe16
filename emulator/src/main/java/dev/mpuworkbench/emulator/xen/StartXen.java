package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.devicetree.dtb.DtbFormatException;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.emulator.boot.BootFdt;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.DtDevice;
import dev.mpuworkbench.emulator.boot.BootInfo.Module;
import dev.mpuworkbench.emulator.boot.BootInputException;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** P7–P21 of {@code start_xen}: the DTB, the heap, the console, the GIC and the stage-2 set-up. */
final class StartXen {
    static final long PAGE = AddressRange.PAGE;
    /** sizeof(struct fdt_header). */
    static final long FDT_HEADER = 40;
    static final long MAX_FDT_SIZE = 2L << 20;
    /** sizeof(struct page_info) on arm64: the frame table's cost per 4 KiB page. */
    static final long PAGE_INFO_SIZE = 56;
    static final long GICD_SIZE = 64 * 1024;

    private StartXen() {
    }

    /** P7 early_fdt_map: the header page first, then the whole blob once its size is known. */
    static void earlyFdtMap(XenCpu c) {
        XenState s = c.state();
        long fdt = s.fdtAddress;
        if (fdt == 0 || (fdt & 7) != 0) {
            c.panic(String.format("Invalid device tree blob at physical address 0x%X: it must be 8-byte aligned", fdt));
            return;
        }
        long base = AddressRange.alignDown(fdt, PAGE);
        long end = AddressRange.alignUp(fdt + FDT_HEADER, PAGE);
        c.push(List.of(mapOp(base, end, RegionPerm.HYPERVISOR_RO, "early_fdt_map: DTB header"),
            XenAccess.touch(AccessType.READ, fdt, "the DTB header"), cpu -> checkFdtSize(cpu, base, end)));
    }

    private static void checkFdtSize(XenCpu c, long base, long mappedEnd) {
        XenState s = c.state();
        byte[] dtb = s.inputs.dtb();
        if (dtb.length < FDT_HEADER || be32(dtb, 0) != 0xD00DFEEDL) {
            c.panic(String.format("No valid device tree at 0x%X (bad magic)", s.fdtAddress));
            return;
        }
        long size = be32(dtb, 4);
        s.fdtSize = (int) Math.min(size, Integer.MAX_VALUE);
        if (size > MAX_FDT_SIZE) {
            c.panic("the device tree is " + size + " bytes; Xen accepts at most 2 MiB");
            return;
        }
        long end = AddressRange.alignUp(s.fdtAddress + size, PAGE);
        if (end <= mappedEnd) return;
        XenMpuMap.Outcome gone = s.mpumap.unmap(base, mappedEnd, "early_fdt_map: header mapping");
        List<Op> ops = new ArrayList<>();
        ops.add(cpu -> cpu.decide(gone.text()));
        ops.addAll(gone.ops());
        ops.add(cpu -> map(cpu, base, end, RegionPerm.HYPERVISOR_RO, "early_fdt_map: whole DTB"));
        c.push(ops);
    }

    /** P8 boot_fdt_info: read the blob (every byte through the MPU), interpret it, register the boot modules. */
    static void bootFdtInfo(XenCpu c) {
        XenState s = c.state();
        c.push(List.of(XenAccess.range(AccessType.READ, s.fdtAddress, s.fdtAddress + s.fdtSize, "the DTB"),
            StartXen::parse));
    }

    private static void parse(XenCpu c) {
        XenState s = c.state();
        BootInfo info;
        try {
            info = BootFdt.read(DtbReader.read(s.inputs.dtb()));
        } catch (DtbFormatException | BootInputException e) {
            c.panic("Early FDT parsing failed: " + e.getMessage());
            return;
        }
        s.info = info;
        Optional<String> clash = BootModules.firstOverlap(info, s.inputs.build().image().whole(),
            AddressRange.of(s.fdtAddress, s.fdtSize));
        if (clash.isPresent()) {
            c.panic(clash.get());
            return;
        }
        c.decide(String.format("boot info: %d RAM bank(s), %d reserved range(s), %d static heap bank(s), %d host "
                + "module(s), %d domain(s)%s", info.memory().size(), info.reserved().size(), info.staticHeap().size(),
            info.hostModules().size(), info.domains().size(),
            info.sections().bootModules() == null ? "" : ", mpu,boot-module-section " + info.sections().bootModules()));
    }

    /** P10 setup_mm: the first static heap bank in one region, and the frame table carved from it. */
    static void setupMm(XenCpu c) {
        BootInfo info = c.state().info;
        if (info.staticHeap().isEmpty()) {
            c.panic("No static heap memory bank found (/chosen/xen,static-heap is mandatory on the MPU)");
            return;
        }
        if (info.memory().isEmpty()) {
            c.panic("no RAM: the device tree has no /memory bank");
            return;
        }
        AddressRange heap = heap(info);
        if (heap.isEmpty()) {
            c.panic("the static heap " + info.staticHeap().get(0) + " holds no whole 4 KiB page");
            return;
        }
        long frametable = frameTableBytes(info);
        if (frametable > heap.size()) {
            c.panic(String.format("the frame table needs 0x%X bytes (56 per 4 KiB page of RAM) but the static heap "
                + "has 0x%X", frametable, heap.size()));
            return;
        }
        c.push(List.of(mapOp(heap.base(), heap.end(), RegionPerm.HYPERVISOR_RW, "setup_mm: static heap"),
            cpu -> cpu.decide(String.format("init_frametable: 0x%X bytes at 0x%X (RAM 0x%X-0x%X, holes included)",
                frametable, heap.base(), ramStart(info), ramEnd(info))),
            XenAccess.range(AccessType.WRITE, heap.base(), heap.base() + frametable, "the frame table")));
    }

    /** P12 relocate_fdt: the DTB is copied into the heap, after the frame table. */
    static void relocateFdt(XenCpu c) {
        XenState s = c.state();
        AddressRange heap = heap(s.info);
        long at = heap.base() + frameTableBytes(s.info);
        long end = at + AddressRange.alignUp(s.fdtSize, 8);
        if (end > heap.end()) {
            c.panic("the static heap has no room left for the copy of the DTB");
            return;
        }
        c.push(List.of(
            XenAccess.range(AccessType.READ, s.fdtAddress, s.fdtAddress + s.fdtSize, "the DTB"),
            XenAccess.range(AccessType.WRITE, at, end, "the DTB copy in the heap")));
    }

    /** P14: the console UART driver ioremaps its first register window. */
    static void uartInit(XenCpu c) {
        Optional<DtDevice> uart = RuntimeLayout.consoleUart(c.state().info);
        if (uart.isEmpty() || uart.get().mmio().isEmpty()) {
            c.decide("no console UART: dtuart and stdout-path name none and every UART is passed through");
            return;
        }
        AddressRange w = uart.get().mmio().get(0).alignOutward(PAGE);
        XenMpuMap.Outcome o = c.state().mpumap.map(w.base(), w.end(), RegionPerm.HYPERVISOR_NOCACHE,
            "ioremap_nocache " + uart.get().name());
        if (!o.ok()) {
            c.decide(o.text());
            c.panic("Unable to map the UART memory (" + uart.get().name() + ")");
            return;
        }
        List<Op> ops = new ArrayList<>();
        ops.add(cpu -> cpu.decide(o.text()));
        ops.addAll(o.ops());
        ops.add(XenAccess.touch(AccessType.WRITE, uart.get().mmio().get(0).base(), "the console UART"));
        c.push(ops);
    }

    /** P16 gic_init: the distributor (64 KiB, as the GICv3 driver maps it) and every redistributor window. */
    static void gicInit(XenCpu c) {
        List<DtDevice> gics = c.state().info.gics();
        if (gics.isEmpty() || gics.get(0).mmio().isEmpty()) {
            c.panic("Unable to find compatible GIC in the device tree");
            return;
        }
        List<Op> ops = new ArrayList<>();
        long gicd = gics.get(0).mmio().get(0).base();
        addMap(ops, gicd, gicd + GICD_SIZE, "ioremap_nocache GICD");
        for (DtDevice g : gics) {
            for (int i = g == gics.get(0) ? 1 : 0; i < g.mmio().size(); i++) {
                AddressRange w = g.mmio().get(i).alignOutward(PAGE);
                addMap(ops, w.base(), w.end(), "ioremap_nocache GICR " + w);
            }
        }
        ops.add(XenAccess.touch(AccessType.READ, gicd + 4, "GICD_TYPER"));
        c.push(ops);
    }

    private static void addMap(List<Op> ops, long base, long end, String what) {
        ops.add(mapOp(base, end, RegionPerm.HYPERVISOR_NOCACHE, what));
    }

    /** P19 setup_virt_paging: PMSA at EL1 must exist; VTCR_EL2 and VSTCR_EL2 for the guests. */
    static void setupVirtPaging(XenCpu c) {
        long mmfr0 = c.machine().read(SysRegs.idAa64mmfr0());
        long msa = (mmfr0 >>> 48) & 0xF;
        long frac = (mmfr0 >>> 52) & 0xF;
        if (msa != 0xF || (frac != 1 && frac != 2)) {
            c.panic("Hardware with no PMSAv8-64 support in any translation regime");
            return;
        }
        c.decide("P2M: 48-bit IPA with 48-bit PA and 8-bit VMID; VMSA at EL1 " + (frac == 2 ? "available" : "not available"));
        c.push(List.of(MachineOps.write("VTCR_EL2", XenRegs.VTCR_PMSA), MachineOps.write("VSTCR_EL2", XenRegs.VSTCR),
            MachineOps.isb()));
    }

    /** P21: dom0less mode (no dom0 kernel), or nothing to build. */
    static void dom0less(XenCpu c) {
        BootInfo info = c.state().info;
        Optional<Module> dom0 = info.hostModules().stream().filter(m -> m.kind() == BootInfo.ModuleKind.KERNEL)
            .findFirst();
        if (dom0.isPresent()) {
            c.panic("a dom0 kernel is given (" + dom0.get().path() + "): create_dom0 is not modelled on the MPU, "
                + "only dom0less guests");
            return;
        }
        c.decide(info.domains().isEmpty() ? "no xen,domain nodes: no guest to build"
            : "Xen dom0less mode detected: " + String.join(", ", info.domains().stream().map(DomainNode::name).toList()));
    }

    /** An op that maps through the allocator when it runs (so it sees the allocator as the ops before left it). */
    static Op mapOp(long base, long end, RegionPerm perm, String what) {
        return c -> map(c, base, end, perm, what);
    }

    /**
     * Maps through the allocator and queues its writes to run next; false (after a panic) when Xen's allocator
     * refuses. Queue nothing else from the same op after calling it, or that would run before these writes.
     */
    static boolean map(XenCpu c, long base, long end, RegionPerm perm, String what) {
        XenMpuMap.Outcome o = c.state().mpumap.map(base, end, perm, what);
        if (!o.ok()) {
            c.panic(o.text());
            return false;
        }
        List<Op> ops = new ArrayList<>();
        ops.add(cpu -> cpu.decide(o.text()));
        ops.addAll(o.ops());
        c.push(ops);
        return true;
    }

    static AddressRange heap(BootInfo info) {
        AddressRange h = info.staticHeap().get(0);
        long start = AddressRange.alignUp(h.base(), PAGE);
        return AddressRange.of(start, AddressRange.alignDown(h.size(), PAGE));
    }

    static long frameTableBytes(BootInfo info) {
        long pages = (ramEnd(info) - ramStart(info)) / PAGE;
        return AddressRange.alignUp(pages * PAGE_INFO_SIZE, PAGE);
    }

    private static long ramStart(BootInfo info) {
        return info.memory().stream().mapToLong(AddressRange::base).min().orElse(0);
    }

    private static long ramEnd(BootInfo info) {
        return info.memory().stream().mapToLong(AddressRange::end).max().orElse(0);
    }

    private static long be32(byte[] b, int off) {
        return ((b[off] & 0xFFL) << 24) | ((b[off + 1] & 0xFFL) << 16) | ((b[off + 2] & 0xFFL) << 8) | (b[off + 3] & 0xFFL);
    }
}

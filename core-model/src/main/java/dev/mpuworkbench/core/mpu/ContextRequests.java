package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each context of the partitioned design needs mapped (DOMAIN.md §2, xen_mpu.md §3.6).
 * Rounding follows Xen: device windows and RAM outward to 4 KiB (runtime maps are page granular), the static
 * heap inward to 4 KiB (as {@code setup_mm_helper} maps it), the MPU sections and the Kconfig early UART
 * outward to the 64-byte MPU granule.
 */
final class ContextRequests {
    static final String XEN = DesignBlocks.XEN_OWNER;
    static final String SHARED = DesignBlocks.SHARED_OWNER;

    private ContextRequests() {
    }

    /**
     * PART_A in its fixed order: text (RX), rodata with ro_after_init (RO), data through bss (RW; the init
     * sections between them are freed but stay Xen's), the boot-module section (RO), the static heap (RW),
     * then Xen's devices: the early UART, the console UART and every GIC window (Device-nGnRE).
     */
    static List<MappingRequest> partA(Design design) {
        List<MappingRequest> out = new ArrayList<>();
        List<XenSection> s = design.xen().sections();
        AddressRange text = s.get(XenSection.Kind.TEXT.ordinal()).range();
        AddressRange rodata = AddressRange.between(s.get(XenSection.Kind.RODATA.ordinal()).range().base(),
            s.get(XenSection.Kind.RO_AFTER_INIT.ordinal()).range().end());
        AddressRange data = AddressRange.between(s.get(XenSection.Kind.DATA.ordinal()).range().base(),
            s.get(XenSection.Kind.BSS.ordinal()).range().end());
        add(out, text, text, RegionAttributes.XEN_TEXT, XEN, SubjectPath.XEN_IMAGE);
        add(out, rodata, rodata, RegionAttributes.XEN_READ_ONLY, XEN, SubjectPath.XEN_IMAGE);
        add(out, data, data, RegionAttributes.XEN_READ_WRITE, XEN, SubjectPath.XEN_IMAGE);
        AddressRange bootSection = design.sections().bootModules();
        if (bootSection != null) {
            add(out, bootSection, granule(bootSection), RegionAttributes.XEN_READ_ONLY, XEN,
                SubjectPath.section("bootModules"));
        } else {
            for (BootModule m : design.modules()) {
                add(out, m.range(), page(m.range()), RegionAttributes.XEN_READ_ONLY, XEN, SubjectPath.hostModule(m.name()));
            }
            for (Domain d : design.domains()) {
                for (BootModule m : d.modules()) {
                    add(out, m.range(), page(m.range()), RegionAttributes.XEN_READ_ONLY, XEN,
                        SubjectPath.domainModule(d.name(), m.name()));
                }
            }
        }
        for (int i = 0; i < design.staticHeap().size(); i++) {
            AddressRange heap = design.staticHeap().get(i);
            add(out, heap, heap.alignInward(AddressRange.PAGE), RegionAttributes.XEN_READ_WRITE, XEN,
                SubjectPath.staticHeap(i));
        }
        AddressRange early = design.xen().earlyUart();
        if (early != null) add(out, early, granule(early), RegionAttributes.XEN_DEVICE, XEN, SubjectPath.EARLY_UART);
        for (Device dev : XenDevices.ownedByXen(design)) {
            for (int i = 0; i < dev.mmio().size(); i++) {
                AddressRange w = dev.mmio().get(i);
                add(out, w, page(w), RegionAttributes.XEN_DEVICE, XEN, deviceWindow(dev, i));
            }
        }
        return out;
    }

    /** Hypervisor PART_B: every domain's static memory and every shared-memory region, RW for EL2 only. */
    static List<MappingRequest> hypervisorB(Design design) {
        List<MappingRequest> out = new ArrayList<>();
        for (Domain d : design.domains()) {
            for (int i = 0; i < d.staticMem().size(); i++) {
                AddressRange bank = d.staticMem().get(i);
                add(out, bank, page(bank), RegionAttributes.XEN_READ_WRITE, d.name(), SubjectPath.staticMem(d.name(), i));
            }
        }
        for (Map.Entry<String, AddressRange> shm : DesignBlocks.sharedRegions(design).entrySet()) {
            add(out, shm.getValue(), page(shm.getValue()), RegionAttributes.XEN_READ_WRITE, SHARED,
                SubjectPath.of("sharedMemory", shm.getKey()));
        }
        return out;
    }

    /** A domain's PART_B: its static memory, its passed-through devices and its shared memory (stage 2). */
    static List<MappingRequest> domainB(Design design, Domain d, Map<String, Device> devicesByName) {
        List<MappingRequest> out = new ArrayList<>();
        for (int i = 0; i < d.staticMem().size(); i++) {
            AddressRange bank = d.staticMem().get(i);
            add(out, bank, page(bank), RegionAttributes.GUEST_RAM, d.name(), SubjectPath.staticMem(d.name(), i));
        }
        for (String name : d.passthrough()) {
            Device dev = devicesByName.get(name);
            if (dev == null) continue;
            for (int i = 0; i < dev.mmio().size(); i++) {
                AddressRange w = dev.mmio().get(i);
                add(out, w, page(w), RegionAttributes.guestDevice(dev.memoryType()), d.name(), deviceWindow(dev, i));
            }
        }
        for (SharedMemory shm : d.sharedMemory()) {
            add(out, shm.host(), page(shm.host()), RegionAttributes.GUEST_RAM, SHARED,
                SubjectPath.of("sharedMemory", shm.id()));
        }
        return out;
    }

    static SubjectPath deviceWindow(Device dev, int window) {
        return SubjectPath.of("board", "devices", dev.name(), "mmio", window);
    }

    private static void add(List<MappingRequest> out, AddressRange asked, AddressRange range, RegionAttributes a,
                            String owner, SubjectPath subject) {
        if (range.isEmpty()) return;
        out.add(new MappingRequest(asked, range, a, owner, subject, out.size()));
    }

    static AddressRange page(AddressRange r) {
        return r.alignOutward(AddressRange.PAGE);
    }

    static AddressRange granule(AddressRange r) {
        return r.alignOutward(AddressRange.MPU_GRANULE);
    }
}

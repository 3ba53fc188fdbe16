package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The upstream strategy: replays what upstream Xen maps, in the order it maps it (xen_mpu.md §2.3, §5),
 * through a model of its allocator. Upstream cannot build guests ({@code p2m_set_entry} is unimplemented):
 * with domains in the design the replay stops at domain construction (P22), where the emulator stops too,
 * and every domain context holds only Xen's regions (no stage-2 region exists upstream) with a note saying
 * so. Without domains it runs to the steady state after {@code free_init_memory} (P30).
 */
final class UpstreamPlanner {
    /** Bytes of a kernel header {@code kernel_probe} copies with {@code copy_from_paddr}. */
    private static final long KERNEL_HEADER = 64;

    private final Design design;
    private final RegionEncoding encoding;
    private final UpstreamAllocator mpu;
    private final List<PlanNote> notes = new ArrayList<>();

    private UpstreamPlanner(Design design) {
        this.design = design;
        this.encoding = RegionEncoding.forCpu(design.board().cpu());
        this.mpu = new UpstreamAllocator(encoding);
    }

    static MpuPlan plan(Design design) {
        return new UpstreamPlanner(design).plan();
    }

    private MpuPlan plan() {
        List<XenSection> s = design.xen().sections();
        XenImageSizes sizes = design.xen().sizes();
        AddressRange text = section(s, XenSection.Kind.TEXT);
        AddressRange rodata = section(s, XenSection.Kind.RODATA);
        AddressRange roAfterInit = section(s, XenSection.Kind.RO_AFTER_INIT);
        AddressRange initText = section(s, XenSection.Kind.INIT_TEXT);
        AddressRange initData = section(s, XenSection.Kind.INIT_DATA);
        AddressRange bss = section(s, XenSection.Kind.BSS);
        long normal = 0x0F;
        long device = 0x09;
        SubjectPath xen = SubjectPath.XEN_IMAGE;
        mpu.boot(AddressRange.of(text.base(), sizes.text()), encoding.bootTextPrbar(), normal, xen);
        int rodataRegion = mpu.boot(AddressRange.of(rodata.base(), sizes.rodata()), encoding.bootReadOnlyPrbar(), normal, xen);
        int dataRegion = mpu.boot(AddressRange.between(roAfterInit.base(), initText.base()), encoding.bootDataPrbar(), normal, xen);
        int initTextRegion = mpu.boot(AddressRange.between(initText.base(), initData.base()), encoding.bootTextPrbar(), normal, xen);
        int bssRegion = mpu.boot(AddressRange.between(initData.base(), bss.base() + sizes.bss()), encoding.bootDataPrbar(), normal, xen);
        AddressRange early = design.xen().earlyUart();
        if (early != null) mpu.boot(early, encoding.bootDevicePrbar(), device, SubjectPath.EARLY_UART);

        Optional<BootModule> dtb = design.modules().stream().filter(m -> m.kind() == ModuleKind.DEVICE_TREE).findFirst();
        AddressRange dtbRange = dtb.map(m -> m.range().alignOutward(AddressRange.PAGE)).orElse(null);
        if (dtb.isPresent()) {
            map("P7 early_fdt_map", dtbRange, RegionAttributes.XEN_READ_ONLY, SubjectPath.hostModule(dtb.get().name()));
        } else {
            notes.add(new PlanNote(PlanNote.Kind.NO_HOST_DEVICE_TREE, SubjectPath.DESIGN, null,
                "no host device-tree module: Xen needs the DTB address in x0; add a DEVICE_TREE module."));
        }
        if (!design.staticHeap().isEmpty()) {
            map("P10 setup_mm", design.staticHeap().get(0).alignInward(AddressRange.PAGE), RegionAttributes.XEN_READ_WRITE,
                SubjectPath.staticHeap(0));
        }
        for (Device d : XenDevices.ownedByXen(design)) {
            for (int i = 0; i < d.mmio().size(); i++) {
                String phase = d.kind().isGic() ? "P16 gic_init" : "P14 uart_init";
                map(phase, d.mmio().get(i).alignOutward(AddressRange.PAGE), RegionAttributes.XEN_DEVICE,
                    ContextRequests.deviceWindow(d, i));
            }
        }
        if (!design.domains().isEmpty()) {
            probeFirstKernel();
        } else {
            if (dtbRange != null) mpu.unmap(dtbRange);
            mpu.resize(rodataRegion, AddressRange.between(rodata.base(), roAfterInit.end()));
            mpu.resize(dataRegion, AddressRange.between(roAfterInit.end(), initText.base()));
            mpu.destroy(initTextRegion);
            mpu.resize(bssRegion, AddressRange.of(bss.base(), sizes.bss()));
        }
        return result();
    }

    /** P22 {@code kernel_probe}: a transient Normal-NC map of the first kernel's header, then the BUG. */
    private void probeFirstKernel() {
        for (Domain d : design.domains()) {
            for (BootModule m : d.modules()) {
                if (m.kind() != ModuleKind.KERNEL) continue;
                AddressRange header = AddressRange.of(m.range().base(), Math.min(KERNEL_HEADER, m.range().size()))
                    .alignOutward(AddressRange.PAGE);
                RegionAttributes wc = new RegionAttributes(MemoryType.NORMAL_NC, false,
                    false, true, false);
                if (map("P22 copy_from_paddr", header, wc, SubjectPath.domainModule(d.name(), m.name()))) mpu.unmap(header);
                return;
            }
        }
    }

    private boolean map(String phase, AddressRange range, RegionAttributes attributes, SubjectPath subject) {
        Optional<String> refused = mpu.map(range, attributes, subject);
        refused.ifPresent(why -> notes.add(new PlanNote(PlanNote.Kind.UPSTREAM_MAP_FAILED, subject, range,
            phase + ": mapping " + subject + " " + range + " fails: " + why + ".")));
        return refused.isEmpty();
    }

    private MpuPlan result() {
        List<PlannedRegion> regions = new ArrayList<>();
        List<AddressRange> asked = new ArrayList<>();
        List<UpstreamAllocator.Entry> slots = mpu.slots();
        for (int i = 0; i < slots.size(); i++) {
            UpstreamAllocator.Entry e = slots.get(i);
            if (e == null) continue;
            asked.addAll(e.asked());
            regions.add(new PlannedRegion(i, Part.A, e.range(), e.prbar(), e.prlar(), ContextRequests.XEN,
                e.attributes(), e.subjects().stream().distinct().toList()));
        }
        long overGrant = OverGrant.bytes(regions.stream().map(PlannedRegion::range).toList(), asked);
        // Upstream never merges and already reuses a region for every exact or inclusive match, so the live
        // set is the fewest regions that sequence of map calls can occupy: the bound equals the count.
        List<ContextPlan> contexts = new ArrayList<>();
        List<PlanNote> hypervisorNotes = new ArrayList<>(notes);
        if (!design.domains().isEmpty()) {
            hypervisorNotes.add(new PlanNote(PlanNote.Kind.UPSTREAM_NO_GUESTS, SubjectPath.XEN, null,
                "upstream Xen stops at domain construction (P22: p2m_set_entry is unimplemented); these are the "
                    + "regions live at that point, with the host DTB still mapped."));
        }
        contexts.add(new ContextPlan(ContextPlan.HYPERVISOR, regions, regions.size(), regions.size(), overGrant,
            mpu.peak(), hypervisorNotes));
        for (Domain d : design.domains()) {
            PlanNote none = new PlanNote(PlanNote.Kind.UPSTREAM_NO_GUESTS, SubjectPath.domain(d.name()), null,
                d.name() + " is not supported upstream: Xen cannot create its stage-2 mappings (p2m_set_entry is "
                    + "unimplemented), so this context has only Xen's regions and grants the guest nothing.");
            contexts.add(new ContextPlan(ContextPlan.domainContext(d.name()), regions, regions.size(), regions.size(),
                overGrant, mpu.peak(), List.of(none)));
        }
        return new MpuPlan(Strategy.UPSTREAM, design.board().el2MpuRegions(), contexts);
    }

    private static AddressRange section(List<XenSection> sections, XenSection.Kind kind) {
        return sections.get(kind.ordinal()).range();
    }
}

package dev.mpuworkbench.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists every placed block of a design, in a stable order: Xen, heap, sections, modules, domains, devices. */
public final class DesignBlocks {
    public static final String XEN_OWNER = "xen";
    public static final String BOARD_OWNER = "board";
    public static final String SHARED_OWNER = "shared";

    private static final LastResult<Design, List<MemoryBlock>> LAST = new LastResult<>(DesignBlocks::list);

    private DesignBlocks() {
    }

    /** The blocks of {@code design}, unmodifiable; asking again for the same design costs nothing. */
    public static List<MemoryBlock> of(Design design) {
        return LAST.apply(design);
    }

    private static List<MemoryBlock> list(Design design) {
        List<MemoryBlock> out = new ArrayList<>();
        out.add(new MemoryBlock(SubjectPath.XEN_IMAGE, "Xen image", BlockClass.XEN_IMAGE, design.xen().imageRange(),
            XEN_OWNER));
        for (int i = 0; i < design.staticHeap().size(); i++) {
            out.add(new MemoryBlock(SubjectPath.staticHeap(i), "static heap", BlockClass.STATIC_HEAP,
                design.staticHeap().get(i), XEN_OWNER));
        }
        addSections(design.sections(), out);
        for (BootModule m : design.modules()) {
            out.add(new MemoryBlock(SubjectPath.hostModule(m.name()), m.name(), BlockClass.BOOT_MODULE, m.range(),
                XEN_OWNER));
        }
        for (Domain d : design.domains()) {
            for (int i = 0; i < d.staticMem().size(); i++) {
                out.add(new MemoryBlock(SubjectPath.staticMem(d.name(), i), d.name() + " RAM" + (i > 0 ? " " + i : ""),
                    BlockClass.GUEST_RAM, d.staticMem().get(i), d.name()));
            }
            for (BootModule m : d.modules()) {
                out.add(new MemoryBlock(SubjectPath.domainModule(d.name(), m.name()), d.name() + " " + m.name(),
                    BlockClass.BOOT_MODULE, m.range(), d.name()));
            }
        }
        for (Map.Entry<String, AddressRange> shm : sharedRegions(design).entrySet()) {
            out.add(new MemoryBlock(SubjectPath.of("sharedMemory", shm.getKey()), "shm " + shm.getKey(),
                BlockClass.SHARED_MEMORY, shm.getValue(), SHARED_OWNER));
        }
        for (Device dev : design.board().devices()) {
            String owner = deviceOwner(design, dev.name());
            for (int i = 0; i < dev.mmio().size(); i++) {
                out.add(new MemoryBlock(SubjectPath.of("board", "devices", dev.name(), "mmio", i), dev.name(),
                    BlockClass.DEVICE, dev.mmio().get(i), owner));
            }
        }
        return List.copyOf(out);
    }

    /** The host range of each shared-memory id, from the first domain that names it. */
    public static Map<String, AddressRange> sharedRegions(Design design) {
        Map<String, AddressRange> out = new LinkedHashMap<>();
        for (Domain d : design.domains()) {
            for (SharedMemory s : d.sharedMemory()) out.putIfAbsent(s.id(), s.host());
        }
        return out;
    }

    /** The domain a device is passed through to, or the board when none. */
    public static String deviceOwner(Design design, String deviceName) {
        for (Domain d : design.domains()) {
            if (d.passthrough().contains(deviceName)) return d.name();
        }
        return BOARD_OWNER;
    }

    private static void addSections(Sections s, List<MemoryBlock> out) {
        if (s.bootModules() != null) {
            out.add(new MemoryBlock(SubjectPath.section("bootModules"), "boot-module section", BlockClass.SECTION,
                s.bootModules(), XEN_OWNER));
        }
        if (s.guestMemory() != null) {
            out.add(new MemoryBlock(SubjectPath.section("guestMemory"), "guest-memory section", BlockClass.SECTION,
                s.guestMemory(), XEN_OWNER));
        }
        if (s.deviceMemory() != null) {
            out.add(new MemoryBlock(SubjectPath.section("deviceMemory"), "device-memory section", BlockClass.SECTION,
                s.deviceMemory(), XEN_OWNER));
        }
    }
}

package dev.mpuworkbench.emulator.boot;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.devicetree.export.EarlyUartDriver;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import dev.mpuworkbench.devicetree.tree.RegEntry;
import dev.mpuworkbench.emulator.boot.BootInfo.DeviceKind;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.DtDevice;
import dev.mpuworkbench.emulator.boot.BootInfo.Module;
import dev.mpuworkbench.emulator.boot.BootInfo.ModuleKind;
import dev.mpuworkbench.emulator.boot.BootInfo.SharedMem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a runtime device tree the way Xen's {@code bootfdt} and drivers do (xen_mpu.md §4): {@code /memory},
 * {@code /reserved-memory}, {@code /memreserve/}, {@code /chosen} (static heap, modules, {@code xen,domain} nodes
 * with static memory, direct map, {@code v8r_el1_msa}, shared memory), the {@code mpu,*} sections, and the device
 * nodes (UART, GIC, timer). Two facts Xen takes from elsewhere come from the workbench's extension properties:
 * which host devices a domain gets ({@code mpuwb,passthrough}, real Xen reads a partial device tree) and a device's
 * memory type when it is not the default for its kind ({@code mpuwb,memory-type}).
 */
public final class BootFdt {
    static final String PASSTHROUGH = "mpuwb,passthrough";
    static final String MEMORY_TYPE = "mpuwb,memory-type";
    static final String DEVICE_KIND = "mpuwb,device-kind";
    static final String NAME = "mpuwb,name";
    private static final Set<String> GICS = Set.of("arm,gic-v3", "arm,gic-400", "arm,cortex-a15-gic", "arm,gic");

    private BootFdt() {
    }

    public static BootInfo read(DeviceTree tree) throws BootInputException {
        Node root = tree.root();
        Node chosen = root.childOrNull("chosen");
        List<AddressRange> memory = new ArrayList<>();
        List<AddressRange> reserved = new ArrayList<>();
        for (Node n : root.children()) {
            if ("memory".equals(n.string("device_type").orElse(null)) || n.baseName().equals("memory")) {
                for (RegEntry e : reg(n)) memory.add(range(e));
            }
        }
        Node reservedMemory = root.childOrNull("reserved-memory");
        if (reservedMemory != null) {
            for (Node n : reservedMemory.children()) for (RegEntry e : reg(n)) reserved.add(range(e));
        }
        for (MemoryReservation r : tree.reservations()) reserved.add(AddressRange.of(r.address(), r.size()));

        List<DtDevice> devices = new ArrayList<>();
        collectDevices(root, devices);
        List<AddressRange> heap = new ArrayList<>();
        List<Module> hostModules = new ArrayList<>();
        List<DomainNode> domains = new ArrayList<>();
        BootInfo.Sections sections = new BootInfo.Sections(null, null, null);
        String bootargs = "";
        Optional<DtDevice> console = Optional.empty();
        if (chosen != null) {
            bootargs = chosen.string("xen,xen-bootargs").orElse("");
            heap.addAll(pairs(chosen, "xen,static-heap", root.addressCells(), root.sizeCells()));
            for (Node n : chosen.children()) {
                if (n.isCompatible("multiboot,module")) hostModules.add(module(n));
                else if (n.isCompatible("xen,domain")) domains.add(domain(chosen, n, devices));
            }
            sections = new BootInfo.Sections(section(chosen, "mpu,boot-module-section"),
                section(chosen, "mpu,guest-memory-section"), section(chosen, "mpu,device-memory-section"));
            console = console(tree, chosen, bootargs, devices);
        }
        Node cpus = root.childOrNull("cpus");
        OptionalInt el2 = cpus == null ? OptionalInt.empty() : count(cpus, "mpu,el2-regions");
        OptionalInt el1 = cpus == null ? OptionalInt.empty() : count(cpus, "mpu,el1-regions");
        boolean aarch32 = cpus != null && cpus.children().stream().anyMatch(c -> c.isCompatible("arm,cortex-r52"));
        return new BootInfo(memory, reserved, heap, hostModules, domains, sections, devices, console, bootargs, el2,
            el1, aarch32);
    }

    private static void collectDevices(Node node, List<DtDevice> out) throws BootInputException {
        for (Node n : node.children()) {
            if (node.isRoot() && (n.name().equals("chosen") || n.name().equals("cpus") || n.name().equals("aliases")
                || n.name().equals("reserved-memory") || "memory".equals(n.string("device_type").orElse(null)))) {
                continue;
            }
            if (n.hasProperty("reg")) {
                List<AddressRange> mmio = new ArrayList<>();
                try {
                    for (RegEntry e : DeviceTree.regInCpuSpace(n)) mmio.add(range(e));
                } catch (IllegalStateException e) {
                    throw new BootInputException(e.getMessage(), e);
                }
                if (!mmio.isEmpty()) out.add(device(n, mmio));
            } else if (n.isCompatible("arm,armv8-timer")) {
                out.add(device(n, List.of()));
            }
            collectDevices(n, out);
        }
    }

    private static DtDevice device(Node n, List<AddressRange> mmio) throws BootInputException {
        List<String> compatibles = n.strings("compatible");
        String compatible = compatibles.isEmpty() ? "" : compatibles.get(0);
        DeviceKind kind = DeviceKind.OTHER;
        boolean normal = false;
        for (String c : compatibles) {
            if (EarlyUartDriver.forCompatible(c).isPresent() || c.equals("arm,sbsa-uart")) kind = DeviceKind.UART;
            else if (GICS.contains(c)) kind = DeviceKind.GIC;
            else if (c.equals("arm,armv8-timer") || c.equals("arm,armv7-timer")) kind = DeviceKind.TIMER;
            else if (c.equals("cfi-flash") || c.equals("jedec-flash") || c.equals("mmio-sram")) normal = true;
            else continue;
            break;
        }
        Optional<String> declared = n.string(DEVICE_KIND);
        if (declared.isPresent()) {
            switch (declared.get()) {
                case "UART" -> kind = DeviceKind.UART;
                case "GIC_DISTRIBUTOR", "GIC_REDISTRIBUTOR" -> kind = DeviceKind.GIC;
                case "TIMER" -> kind = DeviceKind.TIMER;
                case "FLASH", "MMIO_SRAM" -> {
                    kind = DeviceKind.OTHER;
                    normal = true;
                }
                default -> kind = DeviceKind.OTHER;
            }
        }
        int attr = normal ? 1 : 4;
        Optional<String> type = n.string(MEMORY_TYPE);
        if (type.isPresent()) attr = attrIndex(n, type.get());
        return new DtDevice(n.path(), n.name(), compatible, kind, mmio, attr);
    }

    private static int attrIndex(Node n, String type) throws BootInputException {
        return switch (type.toUpperCase(Locale.ROOT).replace("-", "_")) {
            case "DEVICE_NGNRNE" -> 0;
            case "NORMAL_NC" -> 1;
            case "DEVICE_NGNRE" -> 4;
            case "NORMAL_WB", "NORMAL" -> 7;
            default -> throw new BootInputException(n.path() + ": " + MEMORY_TYPE + " \"" + type
                + "\" is not a memory type Xen uses (DEVICE_nGnRnE, NORMAL_NC, DEVICE_nGnRE, NORMAL_WB)");
        };
    }

    private static DomainNode domain(Node chosen, Node n, List<DtDevice> devices) throws BootInputException {
        long cpus = n.u32("cpus").orElse(0);
        Property mem = n.propertyOrNull("memory");
        long memoryKib = mem == null || mem.length() != 8 ? -1 : mem.u64();
        List<AddressRange> staticMem = pairs(n, "xen,static-mem", chosen.addressCells(), chosen.sizeCells());
        String msa = n.string("v8r_el1_msa").orElse("mpu");
        if (!msa.equals("mpu") && !msa.equals("mmu")) {
            throw new BootInputException(n.path() + ": v8r_el1_msa is \"" + msa + "\"; Xen accepts \"mpu\" or \"mmu\"");
        }
        List<Module> modules = new ArrayList<>();
        List<SharedMem> shm = new ArrayList<>();
        for (Node c : n.children()) {
            if (c.isCompatible("multiboot,module")) modules.add(module(c));
            else if (c.isCompatible("xen,domain-shared-memory-v1")) shm.add(sharedMem(n, c));
        }
        List<String> passthrough = new ArrayList<>(n.strings(PASSTHROUGH));
        for (String p : passthrough) {
            if (devices.stream().noneMatch(d -> d.path().equals(p))) {
                throw new BootInputException(n.path() + ": " + PASSTHROUGH + " names " + p
                    + ", which is not a device node with registers");
            }
        }
        return new DomainNode(n.string(NAME).orElse(n.name()), n.path(), (int) cpus, memoryKib, staticMem, n.hasProperty("direct-map"),
            msa.equals("mmu"), modules, shm, passthrough);
    }

    private static SharedMem sharedMem(Node domain, Node n) throws BootInputException {
        String id = n.string("xen,shm-id").orElseThrow(() -> new BootInputException(n.path() + ": no xen,shm-id"));
        Property p = n.propertyOrNull("xen,shared-mem");
        int ac = domain.addressCells();
        int sc = domain.sizeCells();
        int entry = 2 * ac + sc;
        if (p == null || p.length() != entry * 4) {
            throw new BootInputException(n.path() + ": xen,shared-mem must be <host guest size> in " + entry
                + " cells (#address-cells " + ac + ", #size-cells " + sc + ")");
        }
        long host = p.joinedCells(0, ac);
        long guest = p.joinedCells(ac, ac);
        long size = p.joinedCells(2 * ac, sc);
        boolean owner = "owner".equals(n.string("role").orElse("borrower"));
        return new SharedMem(id, AddressRange.of(host, size), guest, owner);
    }

    private static Module module(Node n) throws BootInputException {
        ModuleKind kind = n.isCompatible("multiboot,kernel") ? ModuleKind.KERNEL
            : n.isCompatible("multiboot,ramdisk") ? ModuleKind.RAMDISK
            : n.isCompatible("multiboot,device-tree") ? ModuleKind.DEVICE_TREE
            : n.isCompatible("xen,xsm-policy") ? ModuleKind.XSM_POLICY : ModuleKind.KERNEL;
        List<RegEntry> reg = reg(n);
        if (reg.isEmpty()) throw new BootInputException(n.path() + ": a boot module needs \"reg\"");
        return new Module(n.path(), kind, range(reg.get(0)), n.string("bootargs").orElse(""));
    }

    private static AddressRange section(Node chosen, String name) throws BootInputException {
        List<AddressRange> r = pairs(chosen, name, chosen.addressCells(), chosen.sizeCells());
        return r.isEmpty() ? null : r.get(0);
    }

    /** Xen's dt-uart: {@code dtuart=} of the command line (a path or an alias), else {@code stdout-path}. */
    private static Optional<DtDevice> console(DeviceTree tree, Node chosen, String bootargs, List<DtDevice> devices) {
        String console = option(bootargs, "console").orElse("dtuart");
        if (!List.of(console.split(",")).contains("dtuart")) return Optional.empty();
        String name = option(bootargs, "dtuart").orElse("");
        if (name.isEmpty()) name = chosen.string("stdout-path").orElse("");
        int colon = name.indexOf(':');
        if (colon >= 0) name = name.substring(0, colon);
        if (name.isEmpty()) return Optional.empty();
        Optional<Node> node = tree.resolve(name);
        return node.flatMap(n -> devices.stream().filter(d -> d.path().equals(n.path()) && d.kind() == DeviceKind.UART)
            .findFirst());
    }

    /** The value of {@code key=value} in a Xen command line. */
    static Optional<String> option(String cmdline, String key) {
        for (String word : cmdline.trim().split("\\s+")) {
            if (word.startsWith(key + "=")) return Optional.of(word.substring(key.length() + 1));
        }
        return Optional.empty();
    }

    private static OptionalInt count(Node n, String name) {
        return n.u32(name).stream().mapToInt(v -> (int) Math.min(v, 255)).findFirst();
    }

    private static List<RegEntry> reg(Node n) throws BootInputException {
        try {
            return n.reg();
        } catch (IllegalStateException e) {
            throw new BootInputException(e.getMessage(), e);
        }
    }

    /** A property of (address, size) pairs in the given cells. */
    private static List<AddressRange> pairs(Node n, String name, int ac, int sc) throws BootInputException {
        Property p = n.propertyOrNull(name);
        List<AddressRange> out = new ArrayList<>();
        if (p == null) return out;
        int entry = ac + sc;
        if (entry == 0 || p.length() == 0 || p.length() % (entry * 4) != 0) {
            throw new BootInputException(n.path() + ": " + name + " is " + p.length() + " bytes, not a multiple of "
                + entry + " cells (#address-cells " + ac + ", #size-cells " + sc + ")");
        }
        for (int c = 0; c < p.cellCount(); c += entry) {
            out.add(checked(n, name, p.joinedCells(c, ac), p.joinedCells(c + ac, sc)));
        }
        return out;
    }

    private static AddressRange range(RegEntry e) throws BootInputException {
        return checked(null, "reg", e.address(), e.size());
    }

    private static AddressRange checked(Node n, String what, long base, long size) throws BootInputException {
        if (base < 0 || size < 0 || base + size < base) {
            throw new BootInputException((n == null ? "" : n.path() + ": ") + what + String.format(
                " range 0x%X + 0x%X leaves the 64-bit address space", base, size));
        }
        return AddressRange.of(base, size);
    }
}

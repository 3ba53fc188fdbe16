package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** One {@code xen,domain} node: vCPUs, memory, static memory, modules, shared memory, passthrough devices. */
final class DomainReader {
    private static final Set<String> KNOWN = Set.of("compatible", "#address-cells", "#size-cells", XenNames.CPUS,
        XenNames.MEMORY, XenNames.STATIC_MEM, XenNames.DIRECT_MAP, XenNames.EL1_MSA, "phandle", "linux,phandle");

    private final ImportContext ctx;
    private final Map<String, String> deviceNameByPath;

    DomainReader(ImportContext ctx, Map<String, String> deviceNameByPath) {
        this.ctx = ctx;
        this.deviceNameByPath = deviceNameByPath;
    }

    static boolean isDomain(Node node) {
        return node.isCompatible(XenNames.DOMAIN);
    }

    Domain read(Node node, Cells.Widths chosenWidths) throws BindingException {
        String name = Optional.ofNullable(ctx.cells.string(node, Extensions.NAME)).orElse(node.name());
        int vcpus = vcpus(node);
        long memoryKib = memoryKib(node);
        List<AddressRange> staticMem = Optional.ofNullable(ctx.cells.ranges(node, XenNames.STATIC_MEM, chosenWidths))
            .orElse(List.of());
        boolean directMap = node.hasProperty(XenNames.DIRECT_MAP);
        El1Msa msa = el1Msa(node);
        Cells.Widths own = ctx.cells.widthsOf(node);
        ModuleReader modules = new ModuleReader(ctx, node);
        List<BootModule> mods = new ArrayList<>();
        List<SharedMemory> shm = new ArrayList<>();
        String kernelArgs = null;
        Set<String> ignored = new TreeSet<>();
        for (Node child : node.children()) {
            if (child.isCompatible(XenNames.SHARED_MEMORY)) {
                sharedMemory(child, own).ifPresent(shm::add);
            } else if (ModuleReader.isDomainModule(child)) {
                Optional<BootModule> m = modules.read(child);
                if (m.isEmpty()) continue;
                mods.add(m.get());
                if (m.get().kind() == ModuleKind.KERNEL && kernelArgs == null) {
                    kernelArgs = Optional.ofNullable(ctx.cells.string(child, XenNames.BOOTARGS)).orElse("");
                }
            } else {
                ignored.add(child.name() + " {}");
            }
        }
        for (Property p : node.properties()) {
            if (!KNOWN.contains(p.name()) && !p.name().startsWith(Extensions.PREFIX)) ignored.add(p.name());
        }
        if (!ignored.isEmpty()) ctx.note(node, "not part of the design, left out: " + String.join(", ", ignored));
        String ownArgs = ctx.cells.string(node, Extensions.BOOTARGS);
        String bootargs = ownArgs != null ? ownArgs : kernelArgs != null ? kernelArgs : "";
        try {
            return new Domain(name, vcpus, memoryKib, staticMem, directMap, msa, passthrough(node), shm, mods, bootargs);
        } catch (IllegalArgumentException e) {
            throw ctx.error(node, e.getMessage());
        }
    }

    private int vcpus(Node node) throws BindingException {
        if (!node.hasProperty(XenNames.CPUS)) {
            throw ctx.error(node, "cpus is missing; a xen,domain needs its vCPU count, e.g. cpus = <1>");
        }
        long n = ctx.cells.u32(node, XenNames.CPUS);
        if (n < 1 || n > Integer.MAX_VALUE) throw ctx.error(node, XenNames.CPUS, "cpus is " + n + "; expected 1 or more");
        return (int) n;
    }

    private long memoryKib(Node node) throws BindingException {
        Property p = node.propertyOrNull(XenNames.MEMORY);
        if (p == null) {
            throw ctx.error(node, "memory is missing; expected the guest's RAM in KiB as a 64-bit number, e.g. "
                + "memory = <0 131072>");
        }
        if (p.length() != 8 && p.length() != 4) {
            throw ctx.error(node, XenNames.MEMORY, "memory is " + p.length() + " bytes; expected a 64-bit number of "
                + "KiB in two cells, e.g. memory = <0 131072>");
        }
        long kib = p.joinedCells(0, p.cellCount());
        if (kib < 0) throw ctx.error(node, XenNames.MEMORY, "memory does not fit below 2^63 KiB");
        return kib;
    }

    private El1Msa el1Msa(Node node) throws BindingException {
        String v = ctx.cells.string(node, XenNames.EL1_MSA);
        if (v == null) return El1Msa.MPU;
        for (El1Msa m : El1Msa.values()) {
            if (m.dtValue().equals(v)) return m;
        }
        throw ctx.error(node, XenNames.EL1_MSA, "v8r_el1_msa is \"" + v + "\"; expected \"mpu\" or \"mmu\"");
    }

    private Optional<SharedMemory> sharedMemory(Node node, Cells.Widths own) throws BindingException {
        String id = ctx.cells.string(node, XenNames.SHM_ID);
        if (id == null) throw ctx.error(node, "xen,shm-id is missing; expected the region's name, e.g. \"shm0\"");
        Property p = node.propertyOrNull(XenNames.SHARED_MEM);
        if (p == null) throw ctx.error(node, "xen,shared-mem is missing; expected <host-address guest-address size>");
        int a = own.address();
        int s = own.size();
        if (p.length() == (a + s) * 4) {
            ctx.note(node, "shared memory " + id + " has no host address (Xen would choose one); the design needs "
                + "fixed addresses, so it is left out");
            return Optional.empty();
        }
        if (p.length() != (2 * a + s) * 4) {
            throw ctx.error(node, XenNames.SHARED_MEM, "xen,shared-mem is " + p.length() + " bytes; expected "
                + "<host-address guest-address size> = " + (2 * a + s) + " cells with " + own.describe());
        }
        long[] t = ctx.cells.tuples(node, p, "<host guest size>", a, a, s).get(0);
        AddressRange host = ctx.cells.range(node, p, t[0], t[2]);
        return Optional.of(new SharedMemory(id, host, t[1], role(node)));
    }

    private SharedMemory.Role role(Node node) throws BindingException {
        String role = ctx.cells.string(node, XenNames.ROLE);
        if (role == null || role.equals("borrower")) return SharedMemory.Role.BORROWER;
        if (role.equals("owner")) return SharedMemory.Role.OWNER;
        throw ctx.error(node, XenNames.ROLE, "role is \"" + role + "\"; expected \"owner\" or \"borrower\"");
    }

    private List<String> passthrough(Node node) {
        List<String> out = new ArrayList<>();
        for (String path : node.strings(Extensions.PASSTHROUGH)) {
            String device = deviceNameByPath.get(path);
            if (device == null) {
                device = path.startsWith("/") ? path.substring(1) : path;
                ctx.note(node, Extensions.PASSTHROUGH + " names " + path + ", which is no board device; kept as "
                    + "the device name \"" + device + "\"");
            }
            out.add(device);
        }
        return out;
    }
}

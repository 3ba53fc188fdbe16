package dev.mpuworkbench.emulator.boot;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What Xen learns from the runtime DTB (its {@code bootfdt} scan plus the device nodes it uses), in DTB order.
 *
 * @param memory        {@code /memory} banks
 * @param reserved      {@code /reserved-memory} children and {@code /memreserve/} entries
 * @param staticHeap    {@code /chosen/xen,static-heap} banks
 * @param hostModules   {@code multiboot,module} nodes directly under {@code /chosen}
 * @param domains       {@code xen,domain} nodes under {@code /chosen}
 * @param sections      the {@code mpu,*-section}s of {@code /chosen} (each may be null)
 * @param devices       every node with a CPU-visible {@code reg} outside memory, cpus, reserved-memory and chosen
 * @param console       the UART Xen's {@code dtuart} driver picks, if any
 * @param xenBootargs   {@code xen,xen-bootargs}
 * @param el2Regions    {@code /cpus/mpu,el2-regions}, if present
 * @param el1Regions    {@code /cpus/mpu,el1-regions}, if present
 * @param aarch32       the CPUs are Armv8-R AArch32 (Cortex-R52 class)
 */
public record BootInfo(List<AddressRange> memory, List<AddressRange> reserved, List<AddressRange> staticHeap,
                       List<Module> hostModules, List<DomainNode> domains, Sections sections,
                       List<DtDevice> devices, Optional<DtDevice> console, String xenBootargs,
                       OptionalInt el2Regions, OptionalInt el1Regions, boolean aarch32) {
    public BootInfo {
        memory = List.copyOf(memory);
        reserved = List.copyOf(reserved);
        staticHeap = List.copyOf(staticHeap);
        hostModules = List.copyOf(hostModules);
        domains = List.copyOf(domains);
        Objects.requireNonNull(sections, "sections");
        devices = List.copyOf(devices);
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(xenBootargs, "xenBootargs");
    }

    public enum ModuleKind { KERNEL, RAMDISK, DEVICE_TREE, XSM_POLICY }

    /** A boot module node ({@code reg} in its parent's cells). */
    public record Module(String path, ModuleKind kind, AddressRange range, String bootargs) {
    }

    /** A {@code xen,domain-shared-memory-v1} node: {@code xen,shared-mem = <host guest size>}. */
    public record SharedMem(String id, AddressRange host, long guestAddress, boolean owner) {
    }

    /**
     * A {@code xen,domain} node.
     *
     * @param cpus        {@code cpus}; 0 when missing (domain construction refuses it)
     * @param memoryKib   {@code memory}, in KiB; -1 when missing or not 64 bits (domain construction refuses it)
     * @param el1Mmu      {@code v8r_el1_msa = "mmu"} (VMSA at EL1) rather than the default {@code "mpu"}
     * @param passthrough paths of the host device nodes assigned to the domain
     */
    public record DomainNode(String name, String path, int cpus, long memoryKib, List<AddressRange> staticMem,
                             boolean directMap, boolean el1Mmu, List<Module> modules, List<SharedMem> sharedMemory,
                             List<String> passthrough) {
        public DomainNode {
            staticMem = List.copyOf(staticMem);
            modules = List.copyOf(modules);
            sharedMemory = List.copyOf(sharedMemory);
            passthrough = List.copyOf(passthrough);
        }

        public Optional<Module> module(ModuleKind kind) {
            return modules.stream().filter(m -> m.kind() == kind).findFirst();
        }
    }

    /** The {@code mpu,*-section} properties of {@code /chosen}; null when absent. */
    public record Sections(AddressRange bootModules, AddressRange guestMemory, AddressRange deviceMemory) {
    }

    public enum DeviceKind { UART, GIC, TIMER, OTHER }

    /**
     * A device node.
     *
     * @param mmio      its {@code reg} windows in CPU addresses (for the GIC: the distributor, then redistributors)
     * @param attrIndex the MAIR index its memory type selects (4 Device-nGnRE, 0 Device-nGnRnE, 1 Normal-NC, 7 Normal)
     */
    public record DtDevice(String path, String name, String compatible, DeviceKind kind, List<AddressRange> mmio,
                           int attrIndex) {
        public DtDevice {
            mmio = List.copyOf(mmio);
        }
    }

    public Optional<DtDevice> device(String path) {
        return devices.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    public List<DtDevice> gics() {
        return devices.stream().filter(d -> d.kind() == DeviceKind.GIC).toList();
    }
}

package dev.mpuworkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dom0less guest ({@code xen,domain} node under {@code /chosen}).
 *
 * @param name         node name, unique in the design (e.g. {@code domU1})
 * @param vcpus        {@code cpus}
 * @param memoryKib    {@code memory}, in KiB; must equal the sum of the static-mem banks
 * @param staticMem    {@code xen,static-mem} banks (host physical)
 * @param directMap    {@code direct-map}
 * @param el1Msa       {@code v8r_el1_msa}
 * @param passthrough  names of board devices assigned to the domain
 * @param sharedMemory static shared-memory regions the domain maps
 * @param modules      kernel, ramdisk and partial device tree of the domain
 * @param bootargs     the kernel command line ({@code bootargs} of the kernel module)
 */
public record Domain(String name, int vcpus, long memoryKib, List<AddressRange> staticMem, boolean directMap,
                     El1Msa el1Msa, List<String> passthrough, List<SharedMemory> sharedMemory,
                     List<BootModule> modules, String bootargs) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(el1Msa, "el1Msa");
        Objects.requireNonNull(bootargs, "bootargs");
        if (vcpus < 1) throw new IllegalArgumentException("vcpus must be at least 1");
        if (memoryKib < 0) throw new IllegalArgumentException("memoryKib must not be negative");
        staticMem = List.copyOf(staticMem);
        passthrough = List.copyOf(passthrough);
        sharedMemory = List.copyOf(sharedMemory);
        modules = List.copyOf(modules);
    }

    public long staticMemBytes() {
        return staticMem.stream().mapToLong(AddressRange::size).sum();
    }

    public Optional<BootModule> module(String moduleName) {
        return modules.stream().filter(m -> m.name().equals(moduleName)).findFirst();
    }

    public Domain withStaticMem(List<AddressRange> banks) {
        return new Domain(name, vcpus, memoryKib, banks, directMap, el1Msa, passthrough, sharedMemory, modules,
            bootargs);
    }

    /** Replaces the banks and sets {@code memory} to their sum, as a resize in the editor does. */
    public Domain withStaticMemAndMatchingMemory(List<AddressRange> banks) {
        long kib = banks.stream().mapToLong(AddressRange::size).sum() / 1024;
        return new Domain(name, vcpus, kib, banks, directMap, el1Msa, passthrough, sharedMemory, modules, bootargs);
    }

    public Domain withModules(List<BootModule> newModules) {
        return new Domain(name, vcpus, memoryKib, staticMem, directMap, el1Msa, passthrough, sharedMemory,
            newModules, bootargs);
    }

    public Domain withSharedMemory(List<SharedMemory> shm) {
        return new Domain(name, vcpus, memoryKib, staticMem, directMap, el1Msa, passthrough, shm, modules,
            bootargs);
    }

    public Domain withName(String newName) {
        return new Domain(newName, vcpus, memoryKib, staticMem, directMap, el1Msa, passthrough, sharedMemory,
            modules, bootargs);
    }

    public Domain withMemoryKib(long kib) {
        return new Domain(name, vcpus, kib, staticMem, directMap, el1Msa, passthrough, sharedMemory, modules,
            bootargs);
    }
}

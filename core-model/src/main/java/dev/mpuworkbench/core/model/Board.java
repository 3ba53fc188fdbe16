package dev.mpuworkbench.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hardware: processor, MPU sizes, RAM, reservations and devices.
 *
 * @param name           a short name such as {@code fvp-baser-aemv8r}
 * @param cpu            processor class
 * @param cpuCount       number of physical cores
 * @param el2MpuRegions  regions of the EL2 MPU (MPUIR_EL2.REGION)
 * @param el1MpuRegions  regions of the EL1 MPU (MPUIR_EL1.REGION)
 */
public record Board(String name, CpuKind cpu, int cpuCount, int el2MpuRegions, int el1MpuRegions,
                    List<MemoryBank> memory, List<ReservedRange> reserved, List<Device> devices) {
    public Board {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cpu, "cpu");
        if (cpuCount < 1) throw new IllegalArgumentException("cpuCount must be at least 1");
        if (el2MpuRegions < 0 || el2MpuRegions > 255) throw new IllegalArgumentException("el2MpuRegions must be 0..255");
        if (el1MpuRegions < 0 || el1MpuRegions > 255) throw new IllegalArgumentException("el1MpuRegions must be 0..255");
        memory = List.copyOf(memory);
        reserved = List.copyOf(reserved);
        devices = List.copyOf(devices);
    }

    public Optional<Device> device(String deviceName) {
        return devices.stream().filter(d -> d.name().equals(deviceName)).findFirst();
    }

    public Optional<MemoryBank> bankContaining(AddressRange range) {
        return memory.stream().filter(b -> b.range().contains(range)).findFirst();
    }

    public Board withDevices(List<Device> newDevices) {
        return new Board(name, cpu, cpuCount, el2MpuRegions, el1MpuRegions, memory, reserved, newDevices);
    }

    public Board withMemory(List<MemoryBank> newMemory) {
        return new Board(name, cpu, cpuCount, el2MpuRegions, el1MpuRegions, newMemory, reserved, devices);
    }

    public Board withReserved(List<ReservedRange> newReserved) {
        return new Board(name, cpu, cpuCount, el2MpuRegions, el1MpuRegions, memory, newReserved, devices);
    }

    public Board withMpuRegions(int el2, int el1) {
        return new Board(name, cpu, cpuCount, el2, el1, memory, reserved, devices);
    }
}

package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.XenBuild;
import java.util.ArrayList;
import java.util.List;

/** The small design changes the rules' fixes make. */
final class DesignEdits {
    private DesignEdits() {
    }

    static Domain withDirectMap(Domain d, boolean directMap) {
        List<SharedMemory> shm = new ArrayList<>();
        for (SharedMemory s : d.sharedMemory()) {
            shm.add(directMap ? new SharedMemory(s.id(), s.host(), s.host().base(), s.role()) : s);
        }
        return new Domain(d.name(), d.vcpus(), d.memoryKib(), d.staticMem(), directMap, d.el1Msa(), d.passthrough(), shm,
            d.modules(), d.bootargs());
    }

    static Domain withEl1Msa(Domain d, El1Msa msa) {
        return new Domain(d.name(), d.vcpus(), d.memoryKib(), d.staticMem(), d.directMap(), msa, d.passthrough(),
            d.sharedMemory(), d.modules(), d.bootargs());
    }

    static Domain withoutPassthrough(Domain d, String device) {
        List<String> kept = d.passthrough().stream().filter(n -> !n.equals(device)).toList();
        return new Domain(d.name(), d.vcpus(), d.memoryKib(), d.staticMem(), d.directMap(), d.el1Msa(), kept,
            d.sharedMemory(), d.modules(), d.bootargs());
    }

    static Domain withSharedMemory(Domain d, String id, SharedMemory replacement) {
        List<SharedMemory> shm = new ArrayList<>();
        for (SharedMemory s : d.sharedMemory()) shm.add(s.id().equals(id) ? replacement : s);
        return d.withSharedMemory(shm);
    }

    static Design withDeviceType(Design design, String device, MemoryType type) {
        List<Device> devices = new ArrayList<>();
        for (Device d : design.board().devices()) {
            devices.add(d.name().equals(device)
                ? new Device(d.name(), d.compatible(), d.kind(), d.mmio(), type, d.interrupts()) : d);
        }
        return design.withBoard(design.board().withDevices(devices));
    }

    static XenBuild withEfiBoot(XenBuild x, boolean efi) {
        return new XenBuild(x.startAddress(), x.sizes(), x.earlyUart(), x.mode(), efi, x.bootargs());
    }
}

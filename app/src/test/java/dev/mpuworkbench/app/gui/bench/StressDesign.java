package dev.mpuworkbench.app.gui.bench;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.Sections;
import java.util.ArrayList;
import java.util.List;

/**
 * A large design for benchmarks: the default FVP design with {@code domains} extra RTOS guests (8 MiB of
 * RAM, a kernel and a device tree each) and {@code devices} extra MMIO windows, packed without overlaps.
 */
public final class StressDesign {
    private StressDesign() {
    }

    public static Design of(int domains, int devices) {
        Design base = DesignLoader.defaultDesign();
        List<Domain> all = new ArrayList<>(base.domains());
        long ram = 0x4000_0000L;
        long module = 0x1200_0000L;
        for (int i = 0; i < domains; i++) {
            String name = "rtos" + i;
            List<BootModule> modules = List.of(
                new BootModule("kernel", ModuleKind.KERNEL, name + ".bin", AddressRange.of(module, 0x8_0000), ""),
                new BootModule("dtb", ModuleKind.DEVICE_TREE, name + ".dtb", AddressRange.of(module + 0x8_0000, 0x1_0000), ""));
            module += 0x10_0000;
            all.add(new Domain(name, 1, 8 * 1024, List.of(AddressRange.of(ram, 0x80_0000)), true, El1Msa.MPU, List.of(),
                List.of(), modules, ""));
            ram += 0x80_0000;
        }
        List<Device> devs = new ArrayList<>(base.board().devices());
        for (int i = 0; i < devices; i++) {
            devs.add(new Device("timer@" + Long.toHexString(0xA000_0000L + i * 0x1_0000L), "arm,sp804", DeviceKind.TIMER,
                List.of(AddressRange.of(0xA000_0000L + i * 0x1_0000L, 0x1000)), MemoryType.DEVICE_nGnRE, List.of(40 + i)));
        }
        Sections s = base.sections();
        return base.withName("Stress: " + domains + " extra guests")
            .withBoard(base.board().withDevices(devs))
            .withSections(new Sections(s.bootModules(), AddressRange.between(0x2000_0000L, 0x6000_0000L), s.deviceMemory()))
            .withDomains(all);
    }

    /** The design with about 300 blocks the brief's drag target is measured on. */
    public static Design about300Blocks() {
        return of(80, 45);
    }

    public static void main(String[] args) {
        System.out.println(DesignBlocks.of(about300Blocks()).size() + " blocks");
    }
}

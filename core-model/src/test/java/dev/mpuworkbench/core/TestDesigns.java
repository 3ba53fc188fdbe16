package dev.mpuworkbench.core;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import java.util.List;

/** Small, valid designs for tests; each test changes one thing and looks at the effect. */
public final class TestDesigns {
    public static final long MIB = 1024 * 1024;

    private TestDesigns() {
    }

    public static Board board() {
        return new Board("test-board", CpuKind.CORTEX_R82, 2, 32, 32,
            List.of(new MemoryBank("memory@0", AddressRange.of(0, 0x8000_0000L))),
            List.of(new ReservedRange("secure", AddressRange.of(0x7F00_0000L, 16 * MIB),
                ReservedRange.Source.RESERVED_MEMORY_NODE)),
            List.of(
                new Device("uart@9c090000", "arm,pl011", DeviceKind.UART, List.of(AddressRange.of(0x9C09_0000L, 0x1_0000)),
                    MemoryType.DEVICE_nGnRE, List.of(5)),
                new Device("uart@9c0a0000", "arm,pl011", DeviceKind.UART, List.of(AddressRange.of(0x9C0A_0000L, 0x1_0000)),
                    MemoryType.DEVICE_nGnRE, List.of(6)),
                new Device("gic@af000000", "arm,gic-v3", DeviceKind.GIC_DISTRIBUTOR,
                    List.of(AddressRange.of(0xAF00_0000L, 0x1_0000), AddressRange.of(0xAF10_0000L, 0x20_0000)),
                    MemoryType.DEVICE_nGnRE, List.of())));
    }

    public static XenBuild xen() {
        return new XenBuild(0x20_0000, new XenImageSizes(0xC_0000, 0x4_0000, 0x2000, 0x2_0000, 0x1_0000, 0x2_0000,
            0x4_0000), AddressRange.of(0x9C09_0000L, 0x1_0000), XenMode.PARTITIONED, false, "console=dtuart");
    }

    public static Domain rtos() {
        return new Domain("domU1", 1, 128 * 1024, List.of(AddressRange.of(0x2000_0000, 128 * MIB)), true, El1Msa.MPU,
            List.of("uart@9c0a0000"),
            List.of(new SharedMemory("shm0", AddressRange.of(0x3FE0_0000, 2 * MIB), 0x3FE0_0000, SharedMemory.Role.OWNER)),
            List.of(new BootModule("kernel", ModuleKind.KERNEL, "zephyr.bin", AddressRange.of(0x1000_0000, 0x8_0000), "")),
            "");
    }

    public static Domain linux() {
        return new Domain("domU2", 2, 256 * 1024, List.of(AddressRange.of(0x2800_0000, 256 * MIB)), false, El1Msa.MMU,
            List.of(),
            List.of(new SharedMemory("shm0", AddressRange.of(0x3FE0_0000, 2 * MIB), 0x7FE0_0000L,
                SharedMemory.Role.BORROWER)),
            List.of(new BootModule("kernel", ModuleKind.KERNEL, "Image", AddressRange.of(0x1020_0000, 0x156_0000), ""),
                new BootModule("ramdisk", ModuleKind.RAMDISK, "initrd", AddressRange.of(0x1180_0000, 0x35_67E0), "")),
            "console=ttyAMA0");
    }

    /** A valid two-guest design with no diagnostics. */
    public static Design valid() {
        return new Design("test", board(), xen(),
            new Sections(AddressRange.of(0x1000_0000, 256 * MIB), AddressRange.of(0x2000_0000, 512 * MIB),
                AddressRange.of(0x8000_0000L, 0x3000_0000)),
            List.of(AddressRange.of(0x6000_0000, 256 * MIB)), List.of(rtos(), linux()),
            List.of(new BootModule("dtb", ModuleKind.DEVICE_TREE, "system.dtb", AddressRange.of(0x1FE0_0000, 0x2_0000), "")),
            List.of());
    }
}

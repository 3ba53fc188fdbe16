package dev.mpuworkbench.core.mpu;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random designs for property tests and benchmarks. Every design is structurally sound: nothing
 * overlaps, everything in RAM sits in a bank clear of reservations, static memory and shared memory are
 * page aligned, and the MPU sections (when present) hold exactly their members. The same seed always
 * gives the same design.
 */
public final class RandomDesigns {
    public static final long KIB = 1024;
    public static final long MIB = 1024 * KIB;

    private final Random random;

    private RandomDesigns(long seed) {
        this.random = new Random(seed);
    }

    public static Design generate(long seed) {
        return new RandomDesigns(seed).design();
    }

    /**
     * The benchmark's design: {@code domains} domains with {@code banksPerDomain} static-memory banks each,
     * {@code devices} devices, and a board with 255 EL2 regions (Xen's cap).
     */
    public static Design stress(int domains, int banksPerDomain, int devices) {
        List<Device> boardDevices = new ArrayList<>();
        boardDevices.add(device("uart@9c000000", DeviceKind.UART, 0x9C00_0000L, 0x1_0000, MemoryType.DEVICE_nGnRE));
        boardDevices.add(new Device("gic@af000000", "arm,gic-v3", DeviceKind.GIC_DISTRIBUTOR,
            List.of(AddressRange.of(0xAF00_0000L, 0x1_0000), AddressRange.of(0xAF10_0000L, 0x20_0000)),
            MemoryType.DEVICE_nGnRE, List.of()));
        for (int i = 2; i < devices; i++) {
            long base = 0x9000_0000L + i * 0x2_0000L;
            boardDevices.add(device("dev@" + Long.toHexString(base), DeviceKind.OTHER, base, 0x1_0000, MemoryType.DEVICE_nGnRE));
        }
        Board board = new Board("stress", CpuKind.CORTEX_R82, 4, 255, 32,
            List.of(new MemoryBank("memory@0", AddressRange.of(0, 0x8000_0000L))),
            List.of(new ReservedRange("secure", AddressRange.of(0x7F00_0000L, 16 * MIB), ReservedRange.Source.RESERVED_MEMORY_NODE)),
            boardDevices);
        XenBuild xen = new XenBuild(0x20_0000, new XenImageSizes(0xC_0000, 0x4_0000, 0x2000, 0x2_0000, 0x1_0000,
            0x2_0000, 0x4_0000), AddressRange.of(0x9C00_0000L, 0x1_0000), XenMode.PARTITIONED, false, "console=dtuart");
        List<Domain> doms = new ArrayList<>();
        List<BootModule> hostModules = List.of(new BootModule("dtb", ModuleKind.DEVICE_TREE, "system.dtb",
            AddressRange.of(0x0800_0000, 0x2_0000), ""));
        long moduleCursor = 0x0810_0000;
        long ramCursor = 0x1000_0000;
        long bank = 4 * MIB;
        for (int d = 0; d < domains; d++) {
            List<AddressRange> banks = new ArrayList<>();
            for (int b = 0; b < banksPerDomain; b++) {
                banks.add(AddressRange.of(ramCursor, bank));
                ramCursor += bank + 64 * KIB;
            }
            List<SharedMemory> shm = new ArrayList<>();
            if (d % 2 == 1) {
                AddressRange host = AddressRange.of(0x5800_0000L + (d / 2) * 2 * MIB, 2 * MIB);
                shm.add(new SharedMemory("shm" + (d / 2), host, host.base(), SharedMemory.Role.BORROWER));
                Domain previous = doms.get(d - 1);
                doms.set(d - 1, previous.withSharedMemory(List.of(new SharedMemory("shm" + (d / 2), host, host.base(),
                    SharedMemory.Role.OWNER))));
            }
            List<String> passthrough = d + 2 < devices ? List.of(boardDevices.get(d + 2).name()) : List.of();
            BootModule kernel = new BootModule("kernel", ModuleKind.KERNEL, "zephyr" + d + ".bin",
                AddressRange.of(moduleCursor, 256 * KIB), "");
            moduleCursor += 256 * KIB;
            doms.add(new Domain("domU" + d, 1, bank * banksPerDomain / KIB, banks, true, El1Msa.MPU, passthrough, shm,
                List.of(kernel), ""));
        }
        Sections sections = new Sections(AddressRange.of(0x0800_0000, 0x0800_0000), AddressRange.of(0x1000_0000, 0x5000_0000L),
            AddressRange.of(0x9000_0000L, 0x2000_0000));
        return new Design("stress", board, xen, sections, List.of(AddressRange.of(0x0400_0000, 64 * MIB)), doms,
            hostModules, List.of());
    }

    private static Device device(String name, DeviceKind kind, long base, long size, MemoryType type) {
        return new Device(name, "test", kind, List.of(AddressRange.of(base, size)), type, List.of());
    }

    private Design design() {
        boolean r52 = random.nextInt(6) == 0;
        long ramTop = r52 ? 0x8000_0000L : 0x8000_0000L;
        List<MemoryBank> banks = new ArrayList<>();
        List<ReservedRange> reserved = new ArrayList<>();
        boolean split = random.nextBoolean();
        if (split) {
            banks.add(new MemoryBank("memory@0", AddressRange.of(0, 0x4000_0000L)));
            banks.add(new MemoryBank("memory@60000000", AddressRange.of(0x6000_0000L, ramTop - 0x6000_0000L)));
        } else {
            banks.add(new MemoryBank("memory@0", AddressRange.of(0, ramTop)));
        }
        if (random.nextBoolean()) {
            reserved.add(new ReservedRange("secure", AddressRange.of(ramTop - 16 * MIB, 16 * MIB),
                random.nextBoolean() ? ReservedRange.Source.RESERVED_MEMORY_NODE : ReservedRange.Source.MEMRESERVE));
        }
        List<Device> devices = devices();
        int el2 = 16 + random.nextInt(240);
        Board board = new Board("random", r52 ? CpuKind.CORTEX_R52 : CpuKind.CORTEX_R82, 1 + random.nextInt(4), el2,
            16 + random.nextInt(17), banks, reserved, devices);

        long xenStart = (1 + random.nextInt(4)) * 2 * MIB;
        XenImageSizes sizes = new XenImageSizes(pages(16, 256), pages(4, 64), pages(0, 4), pages(4, 64), pages(1, 16),
            pages(1, 32), pages(1, 64));
        Device console = devices.get(0);
        AddressRange early = random.nextInt(4) == 0 ? null : console.mmio().get(0);
        XenMode mode = random.nextBoolean() ? XenMode.PARTITIONED : XenMode.UPSTREAM;
        XenBuild xen = new XenBuild(xenStart, sizes, early, mode, false, "console=dtuart");
        long cursor = AddressRange.alignUp(xen.imageRange().end() + gap(), 64 * KIB);

        List<AddressRange> heap = new ArrayList<>();
        long heapSize = (1 + random.nextInt(16)) * 4 * MIB;
        heap.add(AddressRange.of(cursor, heapSize));
        cursor = AddressRange.alignUp(cursor + heapSize + gap(), 2 * MIB);

        int domainCount = random.nextInt(7);
        long moduleStart = cursor;
        List<BootModule> hostModules = new ArrayList<>();
        hostModules.add(new BootModule("dtb", ModuleKind.DEVICE_TREE, "system.dtb", AddressRange.of(cursor, 0x1_0000 + 8L * random.nextInt(4096)), ""));
        cursor = AddressRange.alignUp(hostModules.get(0).range().end(), AddressRange.PAGE) + gap();
        List<List<BootModule>> domainModules = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) {
            List<BootModule> mods = new ArrayList<>();
            long kernelSize = 64 * KIB + random.nextInt(8 * 1024 * 1024);
            mods.add(new BootModule("kernel", ModuleKind.KERNEL, "k" + d, AddressRange.of(cursor, kernelSize), ""));
            cursor = AddressRange.alignUp(cursor + kernelSize, AddressRange.PAGE) + gap();
            if (random.nextBoolean()) {
                long rd = 64 * KIB + random.nextInt(4 * 1024 * 1024);
                mods.add(new BootModule("ramdisk", ModuleKind.RAMDISK, "r" + d, AddressRange.of(cursor, rd), ""));
                cursor = AddressRange.alignUp(cursor + rd, AddressRange.PAGE) + gap();
            }
            domainModules.add(mods);
        }
        AddressRange bootSection = AddressRange.between(moduleStart, AddressRange.alignUp(cursor, 64));
        cursor = AddressRange.alignUp(cursor + gap(), 2 * MIB);

        long guestStart = cursor;
        List<List<AddressRange>> domainBanks = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) {
            List<AddressRange> mem = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int b = 0; b < n; b++) {
                long size = pages(16, 4096);
                mem.add(AddressRange.of(cursor, size));
                cursor += size + (random.nextInt(3) == 0 ? 0 : gap());
            }
            domainBanks.add(mem);
        }
        List<List<SharedMemory>> shm = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) shm.add(new ArrayList<>());
        if (domainCount >= 2) {
            int regions = random.nextInt(3);
            for (int s = 0; s < regions; s++) {
                int a = random.nextInt(domainCount);
                int b = (a + 1 + random.nextInt(domainCount - 1)) % domainCount;
                AddressRange host = AddressRange.of(cursor, pages(1, 512));
                cursor = host.end() + (random.nextBoolean() ? 0 : gap());
                shm.get(a).add(new SharedMemory("shm" + s, host, host.base(), SharedMemory.Role.OWNER));
                shm.get(b).add(new SharedMemory("shm" + s, host, host.base(), SharedMemory.Role.BORROWER));
            }
        }
        AddressRange guestSection = AddressRange.between(guestStart, AddressRange.alignUp(Math.max(cursor, guestStart + 64), 64));
        if (split && cursor > 0x4000_0000L) return generate(random.nextLong());
        if (cursor > ramTop - 16 * MIB) return generate(random.nextLong());

        List<String> free = new ArrayList<>();
        for (Device dev : devices) {
            if (dev != console && !dev.kind().isGic()) free.add(dev.name());
        }
        List<Domain> domains = new ArrayList<>();
        for (int d = 0; d < domainCount; d++) {
            boolean direct = random.nextInt(4) != 0;
            List<String> pass = new ArrayList<>();
            if (!free.isEmpty() && random.nextBoolean()) pass.add(free.remove(random.nextInt(free.size())));
            long kib = domainBanks.get(d).stream().mapToLong(AddressRange::size).sum() / KIB;
            List<SharedMemory> mine = shm.get(d);
            if (!direct) {
                List<SharedMemory> moved = new ArrayList<>();
                for (SharedMemory m : mine) moved.add(new SharedMemory(m.id(), m.host(), 0x7000_0000L, m.role()));
                mine = moved;
            }
            domains.add(new Domain("domU" + d, 1 + random.nextInt(2), kib, domainBanks.get(d), direct,
                direct ? El1Msa.MPU : El1Msa.MMU, pass, mine, domainModules.get(d), ""));
        }
        Sections sections = random.nextInt(5) == 0 ? Sections.NONE
            : new Sections(bootSection, domainCount == 0 ? null : guestSection, deviceSection(devices));
        return new Design("random", board, xen, sections, heap, domains, hostModules, List.of());
    }

    private List<Device> devices() {
        List<Device> out = new ArrayList<>();
        long cursor = 0x9000_0000L;
        out.add(device("uart@" + Long.toHexString(cursor), DeviceKind.UART, cursor, 0x1_0000, MemoryType.DEVICE_nGnRE));
        cursor += 0x1_0000 + devGap();
        int uarts = random.nextInt(4);
        for (int i = 0; i < uarts; i++) {
            out.add(device("uart@" + Long.toHexString(cursor), DeviceKind.UART, cursor, 0x1_0000, MemoryType.DEVICE_nGnRE));
            cursor += 0x1_0000 + devGap();
        }
        int others = random.nextInt(6);
        for (int i = 0; i < others; i++) {
            long size = pages(1, 64);
            DeviceKind kind = random.nextInt(4) == 0 ? DeviceKind.MMIO_SRAM : DeviceKind.OTHER;
            MemoryType type = kind == DeviceKind.MMIO_SRAM ? MemoryType.NORMAL_NC
                : random.nextInt(5) == 0 ? MemoryType.DEVICE_nGnRnE : MemoryType.DEVICE_nGnRE;
            out.add(device("dev@" + Long.toHexString(cursor), kind, cursor, size, type));
            cursor += size + devGap();
        }
        cursor = AddressRange.alignUp(cursor, 0x10_0000);
        out.add(new Device("gic@" + Long.toHexString(cursor), "arm,gic-v3", DeviceKind.GIC_DISTRIBUTOR,
            List.of(AddressRange.of(cursor, 0x1_0000), AddressRange.of(cursor + 0x10_0000, 0x20_0000)),
            MemoryType.DEVICE_nGnRE, List.of()));
        return out;
    }

    private static AddressRange deviceSection(List<Device> devices) {
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (Device d : devices) {
            for (AddressRange w : d.mmio()) {
                lo = Math.min(lo, w.base());
                hi = Math.max(hi, w.end());
            }
        }
        return AddressRange.between(lo, hi).alignOutward(64);
    }

    private long pages(int min, int max) {
        return (min + random.nextInt(max - min + 1)) * AddressRange.PAGE;
    }

    private long gap() {
        return random.nextInt(3) == 0 ? 0 : pages(1, 64);
    }

    private long devGap() {
        return random.nextBoolean() ? 0 : pages(1, 16);
    }
}

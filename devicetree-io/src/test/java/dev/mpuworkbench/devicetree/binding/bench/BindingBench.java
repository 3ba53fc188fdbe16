package dev.mpuworkbench.devicetree.binding.bench;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.devicetree.binding.DesignImporter;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run on demand, not a unit test: prints median times to export a design to a DTB and to import it back, for
 * the default sample and for a large design (many domains and devices).
 * {@code java -cp <test classpath> dev.mpuworkbench.devicetree.binding.bench.BindingBench [repoRoot] [domains]}
 */
public final class BindingBench {
    private BindingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int domains = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Design sample = ProjectFile.read(root.resolve(
            "sample-boards/src/main/resources/dev/mpuworkbench/samples/designs/fvp-default.json"));
        measure("fvp-default", sample);
        measure(domains + " domains, " + (domains * 4 + 6) + " devices", large(sample, domains));
    }

    private static void measure(String label, Design design) throws Exception {
        byte[] dtb = RuntimeTreeExporter.toDtb(design);
        long[] export = new long[200];
        long[] read = new long[200];
        for (int round = 0; round < 50; round++) {
            RuntimeTreeExporter.toDtb(design);
            DesignImporter.fromDtbBytes(dtb, "bench.dtb", null);
        }
        for (int round = 0; round < export.length; round++) {
            long t0 = System.nanoTime();
            RuntimeTreeExporter.toDtb(design);
            long t1 = System.nanoTime();
            Design back = DesignImporter.fromDtbBytes(dtb, "bench.dtb", null).design();
            read[round] = System.nanoTime() - t1;
            export[round] = t1 - t0;
            if (!back.equals(design)) throw new IllegalStateException("round trip differs for " + label);
        }
        Arrays.sort(export);
        Arrays.sort(read);
        System.out.printf("%s (DTB %d bytes): export median %.1f us (p90 %.1f), import median %.1f us (p90 %.1f)%n",
            label, dtb.length, export[100] / 1e3, export[180] / 1e3, read[100] / 1e3, read[180] / 1e3);
    }

    /** The sample with {@code count} direct-mapped guests, each with kernel, ramdisk, shared memory and 4 devices. */
    private static Design large(Design sample, int count) {
        List<Device> devices = new ArrayList<>(sample.board().devices());
        List<Domain> domains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> passthrough = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                String name = "dev" + i + "-" + j + "@" + Long.toHexString(0xC000_0000L + (i * 4L + j) * 0x1000);
                devices.add(new Device(name, "vendor,block", DeviceKind.OTHER,
                    List.of(AddressRange.of(0xC000_0000L + (i * 4L + j) * 0x1000, 0x1000)), MemoryType.DEVICE_nGnRE,
                    List.of(100 + i * 4 + j)));
                passthrough.add(name);
            }
            long ram = 0x1_0000_0000L + i * 0x400_0000L;
            long mods = 0x8000_0000L + i * 0x20_0000L;
            domains.add(new Domain("domU" + i, 1, 0x10000, List.of(AddressRange.of(ram, 0x400_0000L)), true, El1Msa.MPU,
                passthrough, List.of(new SharedMemory("shm" + i, AddressRange.of(ram + 0x3F0_0000L, 0x1000),
                ram + 0x3F0_0000L, SharedMemory.Role.OWNER)),
                List.of(new BootModule("kernel", ModuleKind.KERNEL, "k" + i, AddressRange.of(mods, 0x10_0000L), ""),
                    new BootModule("ramdisk", ModuleKind.RAMDISK, "r" + i, AddressRange.of(mods + 0x10_0000L, 0x8_0000L), "")),
                "console=hvc0"));
        }
        return sample.withBoard(sample.board().withDevices(devices)).withDomains(domains);
    }
}

package dev.mpuworkbench.devicetree.bench;

import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.TreeBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Child process of {@link DtcBenchmark}: reads a DTB, writes it back, checks the bytes are equal and prints the
 * peak heap used while doing so (sum of the heap pools' peaks, reset after start-up) and the heap still live
 * with the tree loaded.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] blob = Files.readAllBytes(Path.of(args[0]));
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        DeviceTree tree = DtbReader.read(blob);
        byte[] again = DtbWriter.write(tree);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("read + write: output %s input; peak heap %.1f MiB; live heap with the tree %.1f MiB%n",
            Arrays.equals(blob, again) ? "identical to" : "DIFFERS from", peak / 1048576.0, live / 1048576.0);
        if (tree.root() == null || !Arrays.equals(blob, again)) {
            System.exit(3);
        }
    }

    /** A realistic tree (SoC-like nodes with reg, compatible, interrupts, clocks, status) of about {@code bytes}. */
    static DeviceTree generate(int bytes) {
        TreeBuilder b = TreeBuilder.create().cells("#address-cells", 2).cells("#size-cells", 2)
            .string("compatible", "vendor,big-board").string("model", "Generated 1 MiB board");
        int i = 0;
        while (DtbWriter.write(b.build()).length < bytes) {
            b.node("bus@" + Integer.toHexString(i)).cells("#address-cells", 1).cells("#size-cells", 1)
                .string("compatible", "simple-bus").empty("ranges");
            for (int k = 0; k < 64; k++) {
                long addr = 0x10000000L + k * 0x1000L;
                b.node("device@" + Long.toHexString(addr)).string("compatible", "vendor,device-" + (k % 7), "generic")
                    .cells("reg", addr, 0x1000).cells("interrupts", 0, 32 + k, 4).cells("clocks", 1, k)
                    .string("status", k % 3 == 0 ? "disabled" : "okay").end();
            }
            b.end();
            i++;
        }
        return b.build();
    }

    static int countNodes(Node n) {
        int c = 1;
        for (Node child : n.children()) {
            c += countNodes(child);
        }
        return c;
    }
}

package dev.mpuworkbench.devicetree.imagebuilder.bench;

import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderConfig;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderPlacement;
import dev.mpuworkbench.devicetree.imagebuilder.PlacementFlavour;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Run on demand: prints the median time to read and place a config with many guests. Not a unit test.
 * {@code java -cp <test classpath> dev.mpuworkbench.devicetree.imagebuilder.bench.ImageBuilderBench [domUs]}
 */
public final class ImageBuilderBench {
    private ImageBuilderBench() {
    }

    public static void main(String[] args) throws Exception {
        int domUs = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        StringBuilder cfg = new StringBuilder("MEMORY_START=0x0\nMEMORY_END=0x800000000\nXEN=xen\nDEVICE_TREE=d.dtb\n"
            + "XEN_CMD=\"console=dtuart sched=null\"\nNUM_DOMUS=" + domUs + "\n");
        Map<String, Long> sizes = new HashMap<>(Map.of("xen", 0x12_4000L, "d.dtb", 0x2_0000L));
        for (int i = 0; i < domUs; i++) {
            cfg.append("DOMU_KERNEL[").append(i).append("]=\"k").append(i).append("\"\n");
            cfg.append("DOMU_RAMDISK[").append(i).append("]=\"r").append(i).append("\"\n");
            cfg.append("DOMU_STATIC_MEM[").append(i).append("]=\"0x").append(Long.toHexString(0x1_0000_0000L + i * 0x100_0000L))
                .append(" 0x1000000\"\nDOMU_CMD[").append(i).append("]=\"console=ttyAMA0 \\\n  root=/dev/ram0\"\n");
            sizes.put("k" + i, 0x134_0200L);
            sizes.put("r" + i, 3_500_000L);
        }
        String text = cfg.toString();
        long[] nanos = new long[200];
        for (int round = 0; round < 50; round++) run(text, sizes);
        for (int round = 0; round < nanos.length; round++) {
            long t0 = System.nanoTime();
            run(text, sizes);
            nanos[round] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("ImageBuilder config with %d domUs (%d lines, %d bytes): parse + place median %.1f us, p90 %.1f us%n",
            domUs, text.split("\n").length, text.length(), nanos[nanos.length / 2] / 1e3, nanos[nanos.length * 9 / 10] / 1e3);
    }

    private static void run(String text, Map<String, Long> sizes) throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse(text, "bench.cfg");
        if (!ImageBuilderPlacement.place(c, sizes, PlacementFlavour.FILE_SIZE_2023_2).fits()) throw new IllegalStateException();
    }
}

package dev.mpuworkbench.devicetree.imagebuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageBuilderWriterTest {
    private static final String FULL = """
        MEMORY_START=0x0
        MEMORY_END=0x80000000
        LOAD_CMD="load mmc 0:1"
        BOOT_CMD=booti
        DEVICE_TREE=host.dtb
        XEN=xen
        XEN_CMD="console=dtuart \\"q\\" $ sign"
        XEN_POLICY=policy
        XEN_STATIC_HEAP="0x60000000 0x10000000"
        NUM_DT_OVERLAY=1
        DT_OVERLAY[0]=o.dtbo
        BITSTREAM=fpga.bit
        NUM_DOMUS=2
        DOMU_KERNEL[0]=zephyr.bin
        DOMU_PASSTHROUGH_DTB[0]=pt.dtb
        DOMU_PASSTHROUGH_PATHS[0]="/soc/uart@9c0a0000 /soc/timer"
        DOMU_VCPUS[0]=2
        DOMU_MEM[0]=128
        DOMU_STATIC_MEM[0]="0x20000000 0x8000000"
        DOMU_DIRECT_MAP[0]=1
        DOMU_SHARED_MEM[0]="shm0 0x3FE00000 0x3FE00000 0x200000"
        DOMU_COLORS[0]="0-3"
        DOMU_KERNEL[1]=Image
        DOMU_RAMDISK[1]=initrd
        DOMU_CMD[1]="console=ttyAMA0 earlycon"
        DOMU_SHARED_MEM[1]="shm0 0x7FE00000 0x200000"
        DOMU_NOBOOT[1]=1
        declare -A DOMU_VCPU_HARD_AFFINITY
        DOMU_VCPU_HARD_AFFINITY[0,1]="1"
        GPT=1
        UBOOT_SOURCE=boot.source
        UBOOT_SCRIPT=boot.scr
        """;

    @Test
    void writtenConfigsReadBackToTheSameValues() throws Exception {
        ImageBuilderConfig original = ImageBuilderConfig.parse(FULL, "a.cfg");
        String written = ImageBuilderWriter.write(original, List.of("a comment", "", "with\nnewline"));
        ImageBuilderConfig again = ImageBuilderConfig.parse(written, "b.cfg");
        assertEquals(same(original), same(again));
        assertEquals(written, ImageBuilderWriter.write(again, List.of("a comment", "", "with\nnewline")));
        assertTrue(written.startsWith("# a comment\n#\n# with newline\n"), written);
        assertTrue(written.contains("XEN_CMD=\"console=dtuart \\\"q\\\" \\$ sign\"\n"), written);
        assertTrue(written.contains("declare -A DOMU_VCPU_HARD_AFFINITY\nDOMU_VCPU_HARD_AFFINITY[0,1]=\"1\"\n"), written);
    }

    /** The config without the parts that depend on where it was read from. */
    private static ImageBuilderConfig same(ImageBuilderConfig c) {
        return new ImageBuilderConfig("x", c.memoryStart(), c.memoryEnd(), c.loadCmd(), c.bootCmd(), c.deviceTree(), c.xen(),
            c.xenCmd(), c.xenPolicy(), c.staticHeap(), c.dom0Kernel(), c.dom0Ramdisk(), c.dtOverlays(), c.bitstream(), c.fit(),
            c.domUs(), c.ubootSource(), c.ubootScript(), c.otherVariables(), java.util.Map.of(), List.of());
    }

    @Test
    void quotingEscapesWhatBashWouldExpand() {
        assertEquals("\"a\\\\b \\\"c\\\" \\$d \\`e\\`\"", ImageBuilderWriter.quote("a\\b \"c\" $d `e`"));
    }
}

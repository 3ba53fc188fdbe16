package dev.mpuworkbench.devicetree.imagebuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.export.TestSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ImageBuilderConfigTest {
    static final String WORKED_EXAMPLE = "dev/mpuworkbench/devicetree/imagebuilder/worked-example.cfg";

    static ImageBuilderConfig workedExample() throws ImageBuilderException {
        return ImageBuilderConfig.parse(TestSupport.resource(WORKED_EXAMPLE), "worked-example.cfg");
    }

    private static List<String> errors(String text) {
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> ImageBuilderConfig.parse(text, "c.cfg"));
        return e.problems().stream().map(ImageBuilderProblem::toString).toList();
    }

    @Test
    void theWorkedExampleReadsIntoTypedValues() throws Exception {
        ImageBuilderConfig c = workedExample();
        assertEquals(OptionalLong.of(0x4000_0000L), c.memoryStart());
        assertEquals(OptionalLong.of(0x8000_0000L), c.memoryEnd());
        assertEquals(Optional.of("tftpb"), c.loadCmd());
        assertEquals(Optional.of("virt.dtb"), c.deviceTree());
        assertEquals(Optional.of("xen"), c.xen());
        assertEquals(2, c.domUs().size());
        DomU d0 = c.domUs().get(0);
        assertEquals(Optional.of("Image"), d0.kernel());
        assertEquals(Optional.of("initrd"), d0.ramdisk());
        assertEquals(OptionalLong.of(256), d0.memMib());
        assertEquals(256 * 1024, d0.effectiveMemKib());
        assertEquals(1, d0.effectiveVcpus());
        assertFalse(d0.effectiveDirectMap());
        assertEquals("console=ttyAMA0", d0.effectiveCmd());
        DomU d1 = c.domUs().get(1);
        assertEquals(List.of(new AddressSize(0x6000_0000L, 0x1000_0000L)), d1.staticMem());
        assertTrue(d1.effectiveDirectMap());
        assertEquals(0x1000_0000L >> 10, d1.effectiveMemKib());
        assertEquals(Optional.of("boot.scr"), c.ubootScript());
        assertEquals(new SourcePosition(7, 16), c.positionOf("DOMU_KERNEL[0]"));
        assertTrue(c.warnings().isEmpty());
        assertTrue(c.otherVariables().isEmpty());
    }

    @Test
    void everyModelledVariableIsRead() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("""
            MEMORY_START=0
            MEMORY_END=0x80000000
            BOOT_CMD=booti
            DEVICE_TREE=host.dtb
            XEN=xen
            XEN_CMD="console=dtuart sched=null"
            XEN_POLICY=xenpolicy
            XEN_STATIC_HEAP="0x60000000 0x10000000"
            NUM_DT_OVERLAY=1
            DT_OVERLAY[0]=o.dtbo
            BITSTREAM=fpga.bit
            NUM_DOMUS=1
            DOMU_KERNEL[0]=zephyr.bin
            DOMU_PASSTHROUGH_DTB[0]=pt.dtb
            DOMU_PASSTHROUGH_PATHS[0]="/soc/uart@9c0a0000  /soc/timer"
            DOMU_VCPUS[0]=2
            DOMU_STATIC_MEM[0]="0x20000000 0x4000000 0x30000000 0x4000000"
            DOMU_DIRECT_MAP[0]=0
            DOMU_CMD[0]=""
            DOMU_SHARED_MEM[0]="shm0 0x3FE00000 0x7FE00000 0x200000"
            DOMU_COLORS[0]="0-3"
            GPT=1
            """, "c.cfg");
        assertEquals(List.of(new AddressSize(0x6000_0000L, 0x1000_0000L)), c.staticHeap());
        assertEquals(List.of("o.dtbo"), c.dtOverlays());
        assertEquals(Optional.of("xenpolicy"), c.xenPolicy());
        DomU d = c.domUs().get(0);
        assertEquals(List.of("/soc/uart@9c0a0000", "/soc/timer"), d.passthroughPaths());
        assertEquals(OptionalInt.of(2), d.vcpus());
        assertEquals(2, d.staticMem().size());
        assertFalse(d.effectiveDirectMap());
        assertEquals(Optional.empty(), d.cmd());
        assertEquals(new SharedMem("shm0", OptionalLong.of(0x3FE0_0000L), 0x7FE0_0000L, 0x20_0000), d.sharedMem().orElseThrow());
        assertEquals(Map.of("DOMU_COLORS", "0-3"), d.other());
        assertEquals(Map.of("GPT", "1"), c.otherVariables());
    }

    @Test
    void aSharedRegionMayOmitTheHostAddress() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse(
            "XEN=xen\nDEVICE_TREE=d\nNUM_DOMUS=1\nDOMU_KERNEL[0]=k\nDOMU_SHARED_MEM[0]=\"id 0x7FE00000 0x200000\"\n", "c.cfg");
        assertEquals(new SharedMem("id", OptionalLong.empty(), 0x7FE0_0000L, 0x20_0000), c.domUs().get(0).sharedMem().orElseThrow());
    }

    @Test
    void wrongValuesAreErrorsAtTheirValue() {
        assertEquals(List.of(
                "c.cfg:1:14: MEMORY_START: 'forty' is not a number (write decimal or 0x hex)",
                "c.cfg:2:12: MEMORY_END: '010' has a leading zero, which bash reads as octal; write it in decimal or with 0x",
                "c.cfg:3:10: BOOT_CMD must be one of booti, bootm, bootefi, bootz, none, not 'go'",
                "c.cfg:8:20: DOMU_STATIC_MEM[0] must list \"base size\" pairs, but has 3 numbers",
                "c.cfg:9:20: DOMU_DIRECT_MAP[0] must be 0 or 1, not 2",
                "c.cfg:10:20: DOMU_SHARED_MEM[0] must be \"ID [HOST-ADDRESS] GUEST-ADDRESS SIZE\", not 'a b'",
                "c.cfg:11:15: DOMU_VCPUS[0] must be at least 1",
                "c.cfg:12:20: DOMU_SHARED_MEM[1]: the id 'a-very-long-shm-id' is longer than 15 characters (xen,shm-id)"),
            errors("""
                MEMORY_START=forty
                MEMORY_END=010
                BOOT_CMD=go
                XEN=xen
                DEVICE_TREE=d.dtb
                NUM_DOMUS=2
                DOMU_KERNEL[0]=k
                DOMU_STATIC_MEM[0]="1 2 3"
                DOMU_DIRECT_MAP[0]=2
                DOMU_SHARED_MEM[0]="a b"
                DOMU_VCPUS[0]=0
                DOMU_SHARED_MEM[1]="a-very-long-shm-id 0x1 0x2 0x3"
                DOMU_KERNEL[1]=k
                """));
    }

    @Test
    void whatImageBuilderRefusesIsAnError() {
        assertEquals(List.of(
                "c.cfg:1:1: XEN is not set: only Xen configurations can be read (not ImageBuilder's LINUX mode)",
                "c.cfg:1:10: DOM0_MEM is set without DOM0_KERNEL; ImageBuilder refuses dom0 settings in a dom0less configuration",
                "c.cfg:3:11: DOMU_KERNEL[1] is not defined but NUM_DOMUS is 2"),
            errors("DOM0_MEM=1024\nDEVICE_TREE=d\nNUM_DOMUS=2\nDOMU_KERNEL[0]=k\n"));
        assertEquals(List.of("c.cfg:1:1: DEVICE_TREE is not set: Xen needs the host DTB",
                "c.cfg:1:1: neither a dom0 (DOM0_KERNEL) nor domUs (NUM_DOMUS) are specified"),
            errors("XEN=xen\n"));
    }

    @Test
    void settingsImageBuilderIgnoresAreWarnings() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("""
            XEN=xen
            DEVICE_TREE=d
            NUM_DOMUS=1
            DOMU_KERNEL[0]=k
            DOMU_DIRECT_MAP[0]=1
            DOMU_KERNEL[1]=k1
            DOMU_MEM[0]=64
            XEN[1]=other
            """, "c.cfg");
        assertEquals(List.of(
                "c.cfg:5:20: DOMU_DIRECT_MAP[0] is ignored without DOMU_STATIC_MEM[0]",
                "c.cfg:6:1: DOMU_KERNEL[1] is ignored: NUM_DOMUS is 1",
                "c.cfg:8:1: XEN[1] is not read: XEN is not an array"),
            c.warnings().stream().map(ImageBuilderProblem::toString).toList());
        ImageBuilderConfig mismatch = ImageBuilderConfig.parse(
            "XEN=xen\nDEVICE_TREE=d\nNUM_DOMUS=1\nDOMU_KERNEL[0]=k\nDOMU_MEM[0]=64\nDOMU_STATIC_MEM[0]=\"0x0 0x8000000\"\n", "c.cfg");
        assertEquals(List.of("c.cfg:5:13: DOMU_MEM[0] does not match the sum of DOMU_STATIC_MEM[0]; ImageBuilder ignores DOMU_MEM"),
            mismatch.warnings().stream().map(ImageBuilderProblem::toString).toList());
    }

    @Test
    void xenCiStyleConfigWithDom0AndStaticMemoryReads() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("""
            MEMORY_START="0x40000000"
            MEMORY_END="0x50000000"

            DEVICE_TREE="virt-gicv2.dtb"
            XEN="xen"
            DOM0_KERNEL="Image"
            DOM0_RAMDISK="dom0-rootfs.cpio.gz"
            XEN_CMD="console=dtuart dom0_mem=512M"

            NUM_DOMUS=1
            DOMU_KERNEL[0]="Image"
            DOMU_RAMDISK[0]="initrd"
            DOMU_MEM[0]="256"
            DOMU_KERNEL[1]="Image"
            DOMU_RAMDISK[1]="initrd"
            DOMU_MEM[1]="256"

            LOAD_CMD="tftpb"
            UBOOT_SOURCE="boot.source"
            UBOOT_SCRIPT="boot.scr"

            DOMU_STATIC_MEM[0]="0x50000000 0x10000000"
            """, "config");
        assertEquals(Optional.of("Image"), c.dom0Kernel());
        assertEquals(Optional.of("dom0-rootfs.cpio.gz"), c.dom0Ramdisk());
        assertEquals(1, c.domUs().size());
        assertEquals(3, c.warnings().size());
    }
}

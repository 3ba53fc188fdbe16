package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.imagebuilder.AddressSize;
import dev.mpuworkbench.devicetree.imagebuilder.DomU;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderConfig;
import dev.mpuworkbench.devicetree.imagebuilder.SharedMem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ImageBuilderExportTest {
    private final Design fvp = TestSupport.fvpDefault();

    @Test
    void theDefaultDesignGivesTheGoldenConfig() throws ExportException {
        TestSupport.assertGolden("fvp-default-imagebuilder.cfg", ImageBuilderExport.of(fvp, ImageBuilderExportOptions.defaults()));
    }

    @Test
    void theExportIsAConfigImageBuilderAndOurReaderAccept() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse(ImageBuilderExport.of(fvp, ImageBuilderExportOptions.defaults()), "x.cfg");
        assertEquals(OptionalLong.of(0), c.memoryStart());
        assertEquals(OptionalLong.of(0x8000_0000L), c.memoryEnd());
        assertEquals(Optional.of("system.dtb"), c.deviceTree());
        assertEquals(Optional.of("xen"), c.xen());
        assertEquals(Optional.of(fvp.xen().bootargs()), c.xenCmd());
        assertEquals(List.of(new AddressSize(0x6000_0000L, 0x1000_0000L)), c.staticHeap());
        DomU zephyr = c.domUs().get(0);
        assertEquals(Optional.of("zephyr.bin"), zephyr.kernel());
        assertEquals(128 * 1024, zephyr.effectiveMemKib());
        assertEquals(List.of(new AddressSize(0x2000_0000L, 0x800_0000L)), zephyr.staticMem());
        assertTrue(zephyr.effectiveDirectMap());
        assertEquals(new SharedMem("shm0", OptionalLong.of(0x3FE0_0000L), 0x3FE0_0000L, 0x20_0000), zephyr.sharedMem().orElseThrow());
        DomU linux = c.domUs().get(1);
        assertEquals(Optional.of("initrd"), linux.ramdisk());
        assertEquals(2, linux.effectiveVcpus());
        assertTrue(linux.effectiveDirectMap());
        assertEquals("console=ttyAMA0 earlycon", linux.effectiveCmd());
        assertEquals(new SharedMem("shm0", OptionalLong.of(0x3FE0_0000L), 0x3FE0_0000L, 0x20_0000), linux.sharedMem().orElseThrow());
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
    }

    @Test
    void whatImageBuilderCannotExpressIsNamedInTheHeader() throws ExportException {
        String text = ImageBuilderExport.of(fvp, ImageBuilderExportOptions.defaults());
        for (String expected : List.of(
            "# - fixed load addresses: ImageBuilder computes its own (2 MiB steps from MEMORY_START); the design loads domU1 kernel zephyr.bin at 0x10000000,",
            "Xen (xen) is linked at XEN_START_ADDRESS 0x200000 and must be loaded there",
            "# - domU1 v8r_el1_msa \"mpu\"\n",
            "# - domU2 v8r_el1_msa \"mmu\"\n",
            "# - domU1 passthrough devices uart@9c0a0000: DOMU_PASSTHROUGH_PATHS needs their full host device tree paths\n",
            "# - domU1 owns shm0: ImageBuilder writes no role, so every domain is a borrower\n",
            "# - the MPU sections: mpu,boot-module-section [0x10000000-0x1FFFFFFF], mpu,guest-memory-section [0x20000000-0x3FFFFFFF],"
                + " mpu,device-memory-section [0x80000000-0xAFFFFFFF]\n")) {
            assertTrue(text.contains(expected), expected + "\n--- in ---\n" + text);
        }
    }

    @Test
    void optionsChooseTheLoadCommandAndXenFile() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse(ImageBuilderExport.of(fvp,
            ImageBuilderExportOptions.defaults().withLoadCommand("load mmc 0:1").withXenFile("xen-mpu")), "x.cfg");
        assertEquals(Optional.of("load mmc 0:1"), c.loadCmd());
        assertEquals(Optional.of("xen-mpu"), c.xen());
    }

    @Test
    void aDesignWithoutHostDtbCannotBeExported() {
        ExportException e = assertThrows(ExportException.class,
            () -> ImageBuilderExport.of(fvp.withModules(List.of()), ImageBuilderExportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("the design has no host device tree module"));
    }

    @Test
    void memoryThatIsNotWholeMibIsRoundedUpAndSaid() throws Exception {
        Design odd = fvp.withDomain("domU2", d -> d.withMemoryKib(d.memoryKib() + 1));
        String text = ImageBuilderExport.of(odd, ImageBuilderExportOptions.defaults());
        assertTrue(text.contains("DOMU_MEM[1]=257\n"), text);
        assertTrue(text.contains("# - domU2 memory 262145 KiB is not whole MiB: DOMU_MEM[1] rounds it up\n"), text);
        assertTrue(text.contains("# - domU2 memory differs from its static-mem banks; ImageBuilder uses the banks' sum\n"), text);
        assertEquals(AddressRange.of(0x2800_0000L, 0x1000_0000L), odd.domain("domU2").orElseThrow().staticMem().get(0));
    }
}

package dev.mpuworkbench.emulator.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.boot.BootInputException;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import org.junit.jupiter.api.Test;

/** What the firmware and Xen do with files that do not fit together, and text that cannot be read. */
class BadInputsTest {
    private static final BootArtifacts GOOD = SampleBoots.artifacts("fvp-default");

    private static BootVerdict boot(BootArtifacts a) throws BootInputException {
        return BootSession.start(a, BootOptions.of(XenBootMode.PARTITIONED)).verdict();
    }

    private static BootArtifacts withSource(String source) {
        return new BootArtifacts(GOOD.kconfig(), GOOD.header(), GOOD.dtb(), source);
    }

    @Test
    void xenMustBeEnteredWhereItIsLinked() throws Exception {
        BootVerdict v = boot(withSource(GOOD.bootSource().replace("tftpb 0x200000 xen", "tftpb 0x400000 xen")
            .replace("booti 0x200000", "booti 0x400000")));
        assertEquals(StopOutcome.PANIC, v.outcome());
        assertTrue(v.firstFailure().contains("P0 firmware") && v.firstFailure().contains("Xen runs where it is linked"),
            v.firstFailure());
    }

    @Test
    void aKernelTheScriptDoesNotLoadIsFoundMissingWhenXenProbesIt() throws Exception {
        BootVerdict v = boot(withSource(GOOD.bootSource().replace("tftpb 0x10000000 zephyr.bin\n", "")));
        assertTrue(v.firstFailure().contains("P22 create_domUs") && v.firstFailure().contains(
            "kernel_probe(domU1): no image at 0x10000000"), v.firstFailure());
    }

    @Test
    void theDtbMustBeLoadedWhereX0Points() throws Exception {
        BootVerdict v = boot(withSource(GOOD.bootSource().replace("tftpb 0x1FE00000 system.dtb\n", "")));
        assertTrue(v.firstFailure().contains("passes the DTB at 0x1FE00000 but loads nothing there"), v.firstFailure());
    }

    @Test
    void anUnalignedDtbIsRefusedByEarlyFdtMap() throws Exception {
        BootVerdict v = boot(withSource(GOOD.bootSource().replace("0x1FE00000", "0x1FE00004")));
        assertTrue(v.firstFailure().contains("P7 early_fdt_map") && v.firstFailure().contains("8-byte aligned"),
            v.firstFailure());
    }

    @Test
    void aBlobThatIsNoDeviceTreeMakesXenPanic() throws Exception {
        byte[] dtb = GOOD.dtb();
        dtb[0] = 0;
        BootVerdict v = boot(new BootArtifacts(GOOD.kconfig(), GOOD.header(), dtb, GOOD.bootSource()));
        assertFalse(v.success());
        assertTrue(v.firstFailure().contains("P7 early_fdt_map") && v.firstFailure().contains("bad magic"),
            v.firstFailure());
    }

    @Test
    void aTruncatedBlobFailsParsing() throws Exception {
        byte[] dtb = java.util.Arrays.copyOf(GOOD.dtb(), 200);
        BootVerdict v = boot(new BootArtifacts(GOOD.kconfig(), GOOD.header(), dtb, GOOD.bootSource()));
        assertTrue(v.firstFailure().contains("P8 boot_fdt_info") && v.firstFailure().contains("Early FDT parsing failed"),
            v.firstFailure());
    }

    @Test
    void anUnreadableBootScriptIsAnInputErrorWithItsLine() {
        BootInputException e = assertThrows(BootInputException.class, () -> BootSession.start(
            withSource(GOOD.bootSource().replace("booti 0x200000 - 0x1FE00000", "booti zz - 0x1FE00000")),
            BootOptions.of(XenBootMode.PARTITIONED)));
        assertTrue(e.getMessage().startsWith("boot.source:8"), e.getMessage());
    }
}

package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryRequestedArtifact() throws Exception {
        CliRun run = CliRun.of("export", "sample:fvp-default", "--header", dir.resolve("board.h").toString(),
            "--kconfig", dir.resolve("xen.config").toString(), "--boot-script", dir.resolve("boot").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(dir.resolve("xen.config")).contains("CONFIG_XEN_START_ADDRESS=0x200000"));
        assertTrue(Files.readString(dir.resolve("board.h")).contains("#define MPUWB_XEN_START_ADDRESS 0x200000ULL"));
        assertTrue(Files.readString(dir.resolve("boot.source")).contains("booti 0x200000 - 0x1FE00000"));
        byte[] scr = Files.readAllBytes(dir.resolve("boot.scr"));
        assertEquals(0x27, scr[0] & 0xFF, "U-Boot legacy image magic");
        assertEquals(4, run.out().lines().filter(l -> l.startsWith("wrote ")).count(), run.out());
    }

    @Test
    void aDesignWithErrorsIsRefusedUnlessForced() {
        Path h = dir.resolve("board.h");
        CliRun refused = CliRun.of("export", "sample:fvp-mistakes", "--header", h.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("not exported"), refused.err());
        assertFalse(Files.exists(h));
        CliRun forced = CliRun.of("export", "sample:fvp-mistakes", "--header", h.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.exists(h));
    }

    @Test
    void writesTheImageBuilderConfigAndTheMpuTable() throws Exception {
        CliRun run = CliRun.of("export", "sample:fvp-default", "--imagebuilder", dir.resolve("ib.cfg").toString(),
            "--mpu-header", dir.resolve("mpu.h").toString());
        assertEquals(0, run.exit(), run.err());
        String cfg = Files.readString(dir.resolve("ib.cfg"));
        assertTrue(cfg.contains("DOMU_STATIC_MEM[0]=\"0x20000000 0x8000000\""), cfg);
        assertTrue(cfg.contains("XEN_STATIC_HEAP=\"0x60000000 0x10000000\""), cfg);
        assertTrue(Files.readString(dir.resolve("mpu.h")).contains("#define MPUWB_MPU_REGIONS 32"));
    }

    @Test
    void nothingToWriteIsAUsageError() {
        assertEquals(2, CliRun.of("export", "sample:fvp-default").exit());
    }

    @Test
    void theLoadCommandAndXenFileCanBeChosen() throws Exception {
        CliRun run = CliRun.of("export", "sample:fvp-default", "--boot-script", dir.resolve("b").toString(),
            "--load-command", "load mmc 0:1", "--xen-file", "xen-mpu");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(dir.resolve("b.source")).contains("load mmc 0:1 0x200000 xen-mpu"));
    }
}

package dev.mpuworkbench.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArtifactTest {
    private final Design design = DesignLoader.defaultDesign();

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void everyArtifactRendersForTheDefaultDesign() throws Exception {
        for (Artifact a : Artifact.values()) {
            Map<Path, byte[]> out = a.render(design, Path.of("/tmp/out/" + a.defaultFileName()));
            assertTrue(!out.isEmpty() && out.values().stream().allMatch(b -> b.length > 0), a.name());
        }
    }

    @Test
    void theRuntimeTreeIsADtbAndItsSourceIsDts() throws Exception {
        byte[] dtb = Artifact.RUNTIME_DTB.render(design, Path.of("x.dtb")).get(Path.of("x.dtb"));
        assertEquals(0xD00DFEED, ((dtb[0] & 0xFF) << 24) | ((dtb[1] & 0xFF) << 16) | ((dtb[2] & 0xFF) << 8) | (dtb[3] & 0xFF));
        assertTrue(text(Artifact.RUNTIME_DTS.render(design, Path.of("x.dts")).get(Path.of("x.dts"))).startsWith("/dts-v1/"));
    }

    @Test
    void theBootScriptIsASourceAndAScriptImageBesideEachOther() throws Exception {
        Map<Path, byte[]> out = Artifact.BOOT_SCRIPT.render(design, Path.of("/tmp/b/boot.source"));
        assertEquals(List.of(Path.of("/tmp/b/boot.source"), Path.of("/tmp/b/boot.scr")), List.copyOf(out.keySet()));
        byte[] scr = out.get(Path.of("/tmp/b/boot.scr"));
        assertEquals(0x27051956, ((scr[0] & 0xFF) << 24) | ((scr[1] & 0xFF) << 16) | ((scr[2] & 0xFF) << 8) | (scr[3] & 0xFF),
            "a U-Boot legacy image");
        assertTrue(text(out.get(Path.of("/tmp/b/boot.source"))).contains("tftpb"));
    }

    @Test
    void headersAndKconfigCarryTheDesignsAddresses() throws Exception {
        assertTrue(text(Artifact.KCONFIG.render(design, Path.of("k")).get(Path.of("k"))).contains("0x200000"));
        String mpu = text(Artifact.MPU_HEADER.render(design, Path.of("m.h")).get(Path.of("m.h")));
        assertTrue(mpu.contains("0x20000000") || mpu.contains("0x20000000ULL") || mpu.toLowerCase().contains("0x20000000"), mpu);
    }
}

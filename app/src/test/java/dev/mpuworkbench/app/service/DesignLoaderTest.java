package dev.mpuworkbench.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import dev.mpuworkbench.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignLoaderTest {
    @TempDir
    Path dir;

    private final Design design = DesignLoader.defaultDesign();

    @Test
    void aSystemDtbOpensAsTheSameDesign() throws Exception {
        Path dtb = Files.write(dir.resolve("system.dtb"), RuntimeTreeExporter.toDtb(design));
        LoadedDesign loaded = DesignLoader.open(dtb.toString(), null);
        assertEquals(design, loaded.design());
        assertEquals(java.util.List.of(), loaded.notes());
    }

    @Test
    void aSystemDtsOpensAsTheSameDesign() throws Exception {
        Path dts = Files.writeString(dir.resolve("system.dts"), RuntimeTreeExporter.toDts(design));
        assertEquals(design, DesignLoader.load(dts));
    }

    @Test
    void aBoardTreeTakesBuildOptionsFromTheKconfigFragment() throws Exception {
        Path board = Files.writeString(dir.resolve("fvp.dts"), Samples.boardDts(Samples.DEFAULT_BOARD));
        Path build = Files.writeString(dir.resolve("xen.config"), KconfigFragment.of(design.withXen(
            design.xen().withStartAddress(0x40_0000))));
        LoadedDesign loaded = DesignLoader.open(board.toString(), build);
        assertEquals(0x40_0000, loaded.design().xen().startAddress());
        assertEquals(design.board(), loaded.design().board());
        LoadedDesign without = DesignLoader.open(board.toString(), null);
        assertTrue(without.notes().stream().anyMatch(n -> n.contains("lowest RAM + 2 MiB")), without.notes().toString());
    }

    @Test
    void problemsAreNamedWithTheirPlace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.dts"), "/dts-v1/;\n/ {\n  chosen { domU1 { compatible = \"xen,domain\"; }; }\n};\n");
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignLoader.load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString() + ":"), e.getMessage());
        Path build = Files.writeString(dir.resolve("b.config"), "CONFIG_XEN_START_ADDRESS=zz\n");
        Path json = dir.resolve("d.json");
        dev.mpuworkbench.core.project.ProjectFile.save(design, json);
        e = assertThrows(DesignLoadException.class, () -> DesignLoader.open(json.toString(), build));
        assertTrue(e.getMessage().contains("--build is for device trees"), e.getMessage());
        Path board = Files.writeString(dir.resolve("fvp.dts"), Samples.boardDts(Samples.DEFAULT_BOARD));
        e = assertThrows(DesignLoadException.class, () -> DesignLoader.open(board.toString(), build));
        assertTrue(e.getMessage().startsWith(build + ":1"), e.getMessage());
        e = assertThrows(DesignLoadException.class, () -> DesignLoader.load(dir.resolve("design.txt")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        Path txt = Files.writeString(dir.resolve("design.txt"), "x");
        e = assertThrows(DesignLoadException.class, () -> DesignLoader.load(txt));
        assertTrue(e.getMessage().contains("unknown kind of design file"), e.getMessage());
    }

    @Test
    void unknownSamplesAreListed() {
        DesignLoadException e = assertThrows(DesignLoadException.class, () -> DesignLoader.load("sample:nope"));
        assertTrue(e.getMessage().contains(Samples.DEFAULT_DESIGN), e.getMessage());
    }
}

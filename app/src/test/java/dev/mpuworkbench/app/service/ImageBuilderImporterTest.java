package dev.mpuworkbench.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import dev.mpuworkbench.samples.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ImageBuilderImporterTest {
    @TempDir
    Path dir;

    private final Board board = DesignLoader.defaultDesign().board();

    /** The sample two-domU config with stand-in files beside it (shared with the GUI test). */
    public static Path writeTwoDomus(Path dir) throws Exception {
        Path config = dir.resolve("two-domus.cfg");
        Files.writeString(config, Samples.imageBuilderConfig("two-domus"));
        for (String f : new String[] {"virt.dtb", "xen", "Image", "initrd"}) Files.write(dir.resolve(f), new byte[300_000]);
        return config;
    }

    @Test
    void placesTheConfigsFilesOnTheBoardAsImageBuilderWould() throws Exception {
        ImageBuilderImporter.Imported imported = ImageBuilderImporter.read(writeTwoDomus(dir), board);
        assertEquals(2, imported.design().domains().size());
        assertEquals(board, imported.design().board());
        assertEquals(0x140_0000L, imported.design().xen().startAddress(), "Xen where ImageBuilder loads it");
        assertTrue(imported.notes().stream().anyMatch(n -> n.contains("typical")), imported.notes().toString());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path config = writeTwoDomus(dir);
        Files.delete(dir.resolve("initrd"));
        Exception e = assertThrows(Exception.class, () -> ImageBuilderImporter.read(config, board));
        assertTrue(e.getMessage().contains("initrd"), e.getMessage());
    }

    @Test
    void aBrokenConfigSaysWhere() throws Exception {
        Path config = dir.resolve("bad.cfg");
        Files.writeString(config, "NUM_DOMUS=$(rm -rf /)\n");
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> ImageBuilderImporter.read(config, board));
        assertTrue(e.getMessage().contains("bad.cfg"), e.getMessage());
    }
}

package dev.mpuworkbench.app.service;

import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.export.ImageBuilderImport;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderConfig;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderFiles;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderPlacement;
import dev.mpuworkbench.devicetree.imagebuilder.ImageSize;
import dev.mpuworkbench.devicetree.imagebuilder.PlacementFlavour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an ImageBuilder config (never runs it), measures its files in the config's folder, places them
 * as current ImageBuilder does and builds a design on the given board, as {@code mpuwb import-imagebuilder}.
 */
public final class ImageBuilderImporter {
    /** The imported design and what the user should know about it (warnings of the config, placement notes). */
    public record Imported(Design design, List<String> notes, long scriptAddress) {
    }

    private ImageBuilderImporter() {
    }

    /**
     * @throws ImageBuilderException when the config is wrong (with file and line) or does not fit the board
     * @throws IOException           when the config or one of its files cannot be read
     */
    public static Imported read(Path config, Board board) throws IOException, ImageBuilderException {
        return read(config, board, null, Map.of(), PlacementFlavour.HEADER_SIZE_SINCE_2023_09);
    }

    /**
     * @param dirOrNull  where the files are (ImageBuilder's {@code -d}); null: the config's folder
     * @param givenSizes sizes given instead of measuring the files; empty: measure them all
     */
    public static Imported read(Path config, Board board, Path dirOrNull, Map<String, ImageSize> givenSizes,
                                PlacementFlavour flavour) throws IOException, ImageBuilderException {
        ImageBuilderConfig c = ImageBuilderConfig.parse(Files.readString(config, StandardCharsets.UTF_8), config.toString());
        Path folder = dirOrNull != null ? dirOrNull : config.toAbsolutePath().getParent();
        Map<String, ImageSize> sizes = givenSizes.isEmpty() ? ImageBuilderFiles.sizes(c, folder) : givenSizes;
        ImageBuilderPlacement placed = ImageBuilderPlacement.placeWithSizes(c, sizes, flavour);
        Design design = ImageBuilderImport.toDesign(c, placed, board);
        List<String> notes = new ArrayList<>();
        c.warnings().forEach(w -> notes.add(w.toString()));
        notes.addAll(ImageBuilderImport.notes(c, placed, board));
        return new Imported(design, notes, placed.scriptAddress());
    }
}

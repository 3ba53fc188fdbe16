package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The sizes ImageBuilder can know of a file.
 *
 * @param headerBytes the effective size an arm64 Image or arm32 zImage header declares, if the file has one
 */
public record ImageSize(long fileBytes, OptionalLong headerBytes) {
    public ImageSize {
        Objects.requireNonNull(headerBytes, "headerBytes");
        if (fileBytes < 0) throw new IllegalArgumentException("negative file size");
    }

    public static ImageSize ofFile(long fileBytes) {
        return new ImageSize(fileBytes, OptionalLong.empty());
    }

    public static ImageSize withHeader(long fileBytes, long headerBytes) {
        return new ImageSize(fileBytes, OptionalLong.of(headerBytes));
    }

    /** The bytes the flavour reserves for the file. */
    public long effective(PlacementFlavour flavour) {
        if (flavour == PlacementFlavour.FILE_SIZE_2023_2) return fileBytes;
        return Math.max(fileBytes, headerBytes.orElse(0));
    }
}

package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Objects;

/**
 * One file as ImageBuilder places it.
 *
 * @param variable the config variable naming it, e.g. {@code DOMU_KERNEL[0]}
 * @param size     the size ImageBuilder reserves and writes into the module's {@code reg}
 * @param next     where the next file goes: the first 2 MiB boundary at or after the end of this one
 */
public record PlacedFile(String variable, String file, long address, long size, long next) {
    public PlacedFile {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(file, "file");
    }
}

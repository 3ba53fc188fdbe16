package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.SubjectPath;
import java.util.Objects;

/**
 * One file ImageBuilder loads, in its load order.
 *
 * @param subject    the design block it becomes
 * @param fileSize   what {@code stat -L} reports
 * @param headerSize the effective size an arm64 Image / zImage header announces (bss included), or 0 if none
 */
public record ImageBuilderFile(SubjectPath subject, long fileSize, long headerSize) {
    public ImageBuilderFile {
        Objects.requireNonNull(subject, "subject");
    }
}

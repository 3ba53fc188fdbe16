package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An ImageBuilder configuration ({@code uboot-script-gen -c FILE}) with typed values, as read by
 * {@link #parse} (never by running it) or built by an exporter and written by {@link ImageBuilderWriter}.
 *
 * @param memoryStart    {@code MEMORY_START}: where placement starts
 * @param memoryEnd      {@code MEMORY_END}: only used by the final overflow check
 * @param dtOverlays     {@code DT_OVERLAY[0..NUM_DT_OVERLAY-1]}
 * @param domUs          {@code DOMU_*[0..NUM_DOMUS-1]}, index order
 * @param otherVariables variables this model does not interpret, by {@code NAME} or {@code NAME[key]}
 * @param positions      where each value was written ({@code NAME} or {@code NAME[key]}); empty when built
 * @param warnings       things a user should know (e.g. settings ImageBuilder would ignore)
 */
public record ImageBuilderConfig(String fileName, OptionalLong memoryStart, OptionalLong memoryEnd,
                                 Optional<String> loadCmd, Optional<String> bootCmd, Optional<String> deviceTree,
                                 Optional<String> xen, Optional<String> xenCmd, Optional<String> xenPolicy,
                                 List<AddressSize> staticHeap, Optional<String> dom0Kernel,
                                 Optional<String> dom0Ramdisk, List<String> dtOverlays, Optional<String> bitstream,
                                 Optional<String> fit, List<DomU> domUs, Optional<String> ubootSource,
                                 Optional<String> ubootScript, Map<String, String> otherVariables,
                                 Map<String, SourcePosition> positions, List<ImageBuilderProblem> warnings) {
    public ImageBuilderConfig {
        Objects.requireNonNull(fileName, "fileName");
        for (Object o : new Object[] {memoryStart, memoryEnd, loadCmd, bootCmd, deviceTree, xen, xenCmd, xenPolicy,
            dom0Kernel, dom0Ramdisk, bitstream, fit, ubootSource, ubootScript}) {
            Objects.requireNonNull(o, "an optional component is null");
        }
        staticHeap = List.copyOf(staticHeap);
        dtOverlays = List.copyOf(dtOverlays);
        domUs = List.copyOf(domUs);
        otherVariables = Map.copyOf(otherVariables);
        positions = Map.copyOf(positions);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads a config without running it.
     *
     * @throws ImageBuilderException with {@code file:line:col: message} for everything it cannot understand
     */
    public static ImageBuilderConfig parse(String text, String fileName) throws ImageBuilderException {
        return ImageBuilderConfigReader.read(BashFragmentParser.parse(text, fileName));
    }

    /** Where {@code key} ({@code NAME} or {@code NAME[i]}) was written, or 1:1 when the config was built. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, new SourcePosition(1, 1));
    }
}

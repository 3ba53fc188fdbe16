package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The load addresses ImageBuilder's {@code uboot-script-gen} chooses for a config (research/layout_tools.md
 * §1.4): the script at {@code max(MEMORY_START + 2 MiB, 12 MiB)}, files from 2 MiB above it, each starting at
 * the first 2 MiB boundary at or after the end of the previous one, in ImageBuilder's fixed order (dom0
 * kernel, dom0 ramdisk, per booted domU kernel, ramdisk, passthrough DTB; Xen; XSM policy; DT overlays;
 * host DTB; bitstream), then the check that 2 MiB remain below {@code MEMORY_END}.
 * <p>
 * Not modelled: FIT mode ({@code FIT}/{@code -f}), the dynamic {@code -s} mode, and the 2025 rule that skips
 * {@code /reserved-memory} regions of the host DTB (it needs the DTB's contents).
 *
 * @param scriptAddress where {@code boot.scr} is loaded
 * @param end           ImageBuilder's {@code memaddr} after the last file
 * @param notes         what this flavour ignores in the config
 */
public record ImageBuilderPlacement(PlacementFlavour flavour, long scriptAddress, List<PlacedFile> files,
                                    long memoryEnd, long end, List<String> notes) {
    public static final long STEP = 2L * 1024 * 1024;
    public static final long FLOOR = 0xC0_0000;
    /** The bytes {@code mkimage -T kernel} puts before Xen when {@code BOOT_CMD=bootm}. */
    public static final long UIMAGE_HEADER = 64;

    public ImageBuilderPlacement {
        Objects.requireNonNull(flavour, "flavour");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** Places with file sizes only (no header sizes are known, so both flavours agree). */
    public static ImageBuilderPlacement place(ImageBuilderConfig config, Map<String, Long> fileSizes,
                                              PlacementFlavour flavour) throws ImageBuilderException {
        Map<String, ImageSize> sizes = new java.util.HashMap<>();
        fileSizes.forEach((f, s) -> sizes.put(f, ImageSize.ofFile(s)));
        return placeWithSizes(config, sizes, flavour);
    }

    /**
     * @param sizes by file name exactly as the config writes it
     * @throws ImageBuilderException for a config ImageBuilder cannot place (no MEMORY_START/END, FIT) or a file
     *                               whose size is not given, at the variable that names it
     */
    public static ImageBuilderPlacement placeWithSizes(ImageBuilderConfig config, Map<String, ImageSize> sizes,
                                                       PlacementFlavour flavour) throws ImageBuilderException {
        return new Placer(config, sizes, flavour).place();
    }

    /** Whether the files fit: ImageBuilder fails with "not enough memory" unless 2 MiB remain after them. */
    public boolean fits() {
        return memoryEnd - end - STEP >= 0;
    }

    /** ImageBuilder's error when {@link #fits()} is false, else empty. */
    public Optional<String> overflowMessage() {
        if (fits()) return Optional.empty();
        return Optional.of("Error, not enough memory to load all binaries: they end at 0x" + Long.toHexString(end)
            .toUpperCase(java.util.Locale.ROOT) + " and ImageBuilder needs 2 MiB more below MEMORY_END 0x"
            + Long.toHexString(memoryEnd).toUpperCase(java.util.Locale.ROOT));
    }

    /** The file named by {@code variable} (e.g. {@code XEN}, {@code DOMU_RAMDISK[0]}), if placed. */
    public Optional<PlacedFile> file(String variable) {
        return files.stream().filter(f -> f.variable().equals(variable)).findFirst();
    }

    /** The address of the file named by {@code variable}. */
    public OptionalLong address(String variable) {
        return file(variable).map(f -> OptionalLong.of(f.address())).orElse(OptionalLong.empty());
    }

    private static final class Placer {
        private final ImageBuilderConfig config;
        private final Map<String, ImageSize> sizes;
        private final PlacementFlavour flavour;
        private final List<PlacedFile> files = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ImageBuilderProblem> problems = new ArrayList<>();
        private long memaddr;

        Placer(ImageBuilderConfig config, Map<String, ImageSize> sizes, PlacementFlavour flavour) {
            this.config = config;
            this.sizes = sizes;
            this.flavour = flavour;
        }

        ImageBuilderPlacement place() throws ImageBuilderException {
            if (config.fit().isPresent()) problem("FIT", "FIT is set: ImageBuilder's FIT image mode is not modelled");
            if (config.memoryStart().isEmpty()) problem("MEMORY_START", "MEMORY_START is not set: ImageBuilder places from it");
            if (config.memoryEnd().isEmpty()) problem("MEMORY_END", "MEMORY_END is not set: ImageBuilder checks the end against it");
            if (!problems.isEmpty()) throw new ImageBuilderException(problems);
            memaddr = Math.max(config.memoryStart().getAsLong() + STEP, FLOOR);
            long script = memaddr;
            memaddr += STEP;
            config.dom0Kernel().ifPresent(f -> load("DOM0_KERNEL", f, 0));
            config.dom0Ramdisk().ifPresent(f -> load("DOM0_RAMDISK", f, 0));
            for (DomU d : config.domUs()) {
                if (!d.booted()) continue;
                String i = "[" + d.index() + "]";
                d.kernel().ifPresent(f -> load("DOMU_KERNEL" + i, f, 0));
                d.ramdisk().ifPresent(f -> load("DOMU_RAMDISK" + i, f, 0));
                d.passthroughDtb().ifPresent(f -> load("DOMU_PASSTHROUGH_DTB" + i, f, 0));
            }
            config.xen().ifPresent(f -> load("XEN", f, config.bootCmd().filter("bootm"::equals).isPresent() ? UIMAGE_HEADER : 0));
            config.xenPolicy().ifPresent(f -> {
                if (flavour == PlacementFlavour.FILE_SIZE_2023_2) {
                    notes.add("XEN_POLICY is not loaded: ImageBuilder 2023.2 does not know it");
                } else {
                    load("XEN_POLICY", f, 0);
                }
            });
            for (int i = 0; i < config.dtOverlays().size(); i++) load("DT_OVERLAY[" + i + "]", config.dtOverlays().get(i), 0);
            config.deviceTree().ifPresent(f -> load("DEVICE_TREE", f, 0));
            config.bitstream().ifPresent(f -> load("BITSTREAM", f, 0));
            if (!problems.isEmpty()) throw new ImageBuilderException(problems);
            return new ImageBuilderPlacement(flavour, script, files, config.memoryEnd().getAsLong(), memaddr, notes);
        }

        /** ImageBuilder's {@code load_file} + {@code add_size}. */
        private void load(String variable, String file, long extra) {
            ImageSize size = sizes.get(file);
            if (size == null) {
                problem(variable, variable + ": no size is known for the file '" + file + "'");
                return;
            }
            long bytes = extra > 0 ? size.fileBytes() + extra : size.effective(flavour);
            long next = (memaddr + bytes + STEP - 1) & -STEP;
            files.add(new PlacedFile(variable, file, memaddr, bytes, next));
            memaddr = next;
        }

        private void problem(String variable, String message) {
            problems.add(new ImageBuilderProblem(config.fileName(), config.positionOf(variable), message));
        }
    }
}

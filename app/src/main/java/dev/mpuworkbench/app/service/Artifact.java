package dev.mpuworkbench.app.service;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import dev.mpuworkbench.devicetree.export.BoardHeader;
import dev.mpuworkbench.devicetree.export.BootScript;
import dev.mpuworkbench.devicetree.export.BootScriptOptions;
import dev.mpuworkbench.devicetree.export.ExportException;
import dev.mpuworkbench.devicetree.export.ImageBuilderExport;
import dev.mpuworkbench.devicetree.export.ImageBuilderExportOptions;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import dev.mpuworkbench.devicetree.export.MpuTableHeader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the workbench exports for the build and the boot, with the same writers and defaults as
 * {@code mpuwb export} (U-Boot loads with {@code tftpb}, the Xen image is called {@code xen}).
 */
public enum Artifact {
    RUNTIME_DTB("Runtime device tree (DTB)…", "system.dtb"),
    RUNTIME_DTS("Runtime device tree (DTS)…", "system.dts"),
    BOARD_HEADER("Board C header…", "board.h"),
    KCONFIG("Kconfig fragment…", "xen.config"),
    MPU_HEADER("MPU region table header…", "mpu-regions.h"),
    IMAGEBUILDER("ImageBuilder config…", "imagebuilder.config"),
    BOOT_SCRIPT("U-Boot boot script…", "boot.source");

    private final String label;
    private final String fileName;

    Artifact(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    public String label() {
        return label;
    }

    public String defaultFileName() {
        return fileName;
    }

    /**
     * The files to write for {@code target}. The boot script is two files, {@code PREFIX.source} and
     * {@code PREFIX.scr}, where PREFIX is {@code target} without its extension.
     */
    public Map<Path, byte[]> render(Design design, Path target) throws ExportException, BindingException {
        return render(design, target, new BootScriptOptions(BootScriptOptions.TFTP, BootScriptOptions.DEFAULT_XEN_FILE,
            OptionalLong.empty()));
    }

    /** As {@link #render(Design, Path)}, with the U-Boot load command and Xen file name the boot files use. */
    public Map<Path, byte[]> render(Design design, Path target, BootScriptOptions boot)
        throws ExportException, BindingException {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        switch (this) {
            case RUNTIME_DTB -> out.put(target, RuntimeTreeExporter.toDtb(design));
            case RUNTIME_DTS -> out.put(target, utf8(RuntimeTreeExporter.toDts(design)));
            case BOARD_HEADER -> out.put(target, utf8(BoardHeader.of(design)));
            case KCONFIG -> out.put(target, utf8(KconfigFragment.of(design)));
            case MPU_HEADER -> out.put(target, utf8(MpuTableHeader.of(design, MpuPlanner.plan(design))));
            case IMAGEBUILDER -> {
                ImageBuilderExportOptions d = ImageBuilderExportOptions.defaults();
                out.put(target, utf8(ImageBuilderExport.of(design, new ImageBuilderExportOptions(boot.loadCommand(),
                    boot.xenFile(), d.ubootSource(), d.ubootScript()))));
            }
            case BOOT_SCRIPT -> {
                String name = target.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String prefix = dot > 0 ? name.substring(0, dot) : name;
                String source = BootScript.source(design, boot);
                out.put(target.resolveSibling(prefix + ".source"), utf8(source));
                out.put(target.resolveSibling(prefix + ".scr"), BootScript.scr(design, source, boot));
            }
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

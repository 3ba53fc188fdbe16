package dev.mpuworkbench.devicetree.export;

import java.util.Objects;

/**
 * Choices of an ImageBuilder export that the design does not make.
 *
 * @param loadCommand {@code LOAD_CMD}
 * @param xenFile     {@code XEN}: the file name of the Xen binary
 * @param ubootSource {@code UBOOT_SOURCE}
 * @param ubootScript {@code UBOOT_SCRIPT}
 */
public record ImageBuilderExportOptions(String loadCommand, String xenFile, String ubootSource, String ubootScript) {
    public ImageBuilderExportOptions {
        Objects.requireNonNull(loadCommand, "loadCommand");
        Objects.requireNonNull(xenFile, "xenFile");
        Objects.requireNonNull(ubootSource, "ubootSource");
        Objects.requireNonNull(ubootScript, "ubootScript");
    }

    public static ImageBuilderExportOptions defaults() {
        return new ImageBuilderExportOptions(BootScriptOptions.TFTP, BootScriptOptions.DEFAULT_XEN_FILE, "boot.source",
            "boot.scr");
    }

    public ImageBuilderExportOptions withLoadCommand(String command) {
        return new ImageBuilderExportOptions(command, xenFile, ubootSource, ubootScript);
    }

    public ImageBuilderExportOptions withXenFile(String file) {
        return new ImageBuilderExportOptions(loadCommand, file, ubootSource, ubootScript);
    }
}

package dev.mpuworkbench.devicetree.export;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * How the boot script loads files.
 *
 * @param loadCommand   the U-Boot command before {@code <address> <file>}: {@link #TFTP}, {@link #MMC} or any other
 * @param xenFile       the file name of the Xen binary
 * @param scriptAddress where the firmware loads {@code boot.scr}; empty = the first free 2 MiB slot
 *                      ({@link BootScript#scriptAddress})
 */
public record BootScriptOptions(String loadCommand, String xenFile, OptionalLong scriptAddress) {
    public static final String TFTP = "tftpb";
    public static final String MMC = "load mmc 0:1";
    public static final String DEFAULT_XEN_FILE = "xen";

    public BootScriptOptions {
        Objects.requireNonNull(loadCommand, "loadCommand");
        Objects.requireNonNull(xenFile, "xenFile");
        Objects.requireNonNull(scriptAddress, "scriptAddress");
    }

    public static BootScriptOptions defaults() {
        return new BootScriptOptions(TFTP, DEFAULT_XEN_FILE, OptionalLong.empty());
    }

    public BootScriptOptions withLoadCommand(String command) {
        return new BootScriptOptions(command, xenFile, scriptAddress);
    }

    public BootScriptOptions withXenFile(String file) {
        return new BootScriptOptions(loadCommand, file, scriptAddress);
    }

    public BootScriptOptions withScriptAddress(long address) {
        return new BootScriptOptions(loadCommand, xenFile, OptionalLong.of(address));
    }
}

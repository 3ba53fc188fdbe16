package dev.mpuworkbench.emulator.boot;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import dev.mpuworkbench.devicetree.export.BoardHeader;
import dev.mpuworkbench.devicetree.export.BootScript;
import dev.mpuworkbench.devicetree.export.BootScriptOptions;
import dev.mpuworkbench.devicetree.export.ExportException;
import dev.mpuworkbench.devicetree.export.KconfigFragment;

/**
 * Runs the exporters on a design, as {@code mpuwb export} does (default boot script options), so that a design can
 * be booted from exactly the files the board would get.
 */
public final class DesignArtifacts {
    private DesignArtifacts() {
    }

    public static BootArtifacts export(Design design) throws BootInputException {
        return export(design, BootScriptOptions.defaults());
    }

    public static BootArtifacts export(Design design, BootScriptOptions options) throws BootInputException {
        try {
            String kconfig = KconfigFragment.of(design);
            String header = BoardHeader.of(design);
            byte[] dtb = RuntimeTreeExporter.toDtb(design);
            String source = BootScript.source(design, options);
            return new BootArtifacts(kconfig, header, dtb, source);
        } catch (BindingException | ExportException e) {
            throw new BootInputException("cannot export the design: " + e.getMessage(), e);
        }
    }
}

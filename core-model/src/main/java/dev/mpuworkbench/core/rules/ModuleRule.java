package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Boot modules as Xen's early boot code records them: at most {@code MAX_MODULES} (32), Xen's own image
 * included (it is added as {@code BOOTMOD_XEN}); the host device tree present and at most 2 MiB
 * ({@code MAX_FDT_SIZE}, checked by {@code early_fdt_map}).
 */
public final class ModuleRule implements Rule {
    public static final String TOO_MANY_BOOT_MODULES = "TOO_MANY_BOOT_MODULES";
    public static final String NO_HOST_DEVICE_TREE = "NO_HOST_DEVICE_TREE";
    public static final String DTB_TOO_LARGE = "DTB_TOO_LARGE";

    static final int MAX_MODULES = 32;
    static final long MAX_FDT_SIZE = 2 * 1024 * 1024;

    @Override
    public List<String> codes() {
        return List.of(TOO_MANY_BOOT_MODULES, NO_HOST_DEVICE_TREE, DTB_TOO_LARGE);
    }

    /** Where the last module Xen still records is loaded, in the order the modules appear. */
    private static String lastRecorded(Design design) {
        int left = MAX_MODULES - 1;
        for (BootModule m : design.modules()) {
            if (--left == 0) return " (" + m.name() + " at " + Hex.of(m.range().base()) + ")";
        }
        for (Domain d : design.domains()) {
            for (BootModule m : d.modules()) {
                if (--left == 0) return " (" + d.name() + " " + m.name() + " at " + Hex.of(m.range().base()) + ")";
            }
        }
        return "";
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        int count = design.modules().size();
        for (Domain d : design.domains()) count += d.modules().size();
        if (count + 1 > MAX_MODULES) {
            report.accept(Diagnostic.error(TOO_MANY_BOOT_MODULES, SubjectPath.of("modules"), design.sections().bootModules(),
                count + " boot modules plus Xen's own image make " + (count + 1) + ", above Xen's MAX_MODULES ("
                    + MAX_MODULES + "); Xen stops recording modules (\"Not enough space to add ...\") after the "
                    + (MAX_MODULES - 1) + "th" + lastRecorded(design) + ". Drop "
                    + (count + 1 - MAX_MODULES) + " module(s), e.g. by merging ramdisks or device-tree fragments."));
        }
        Optional<BootModule> dtb = design.modules().stream().filter(m -> m.kind() == ModuleKind.DEVICE_TREE).findFirst();
        if (dtb.isEmpty()) {
            report.accept(Diagnostic.warning(NO_HOST_DEVICE_TREE, SubjectPath.of("modules"), null,
                "the design has no host device-tree module: Xen expects the DTB's address in x0 at entry (load it, e.g., "
                    + "at the top of the boot-module section, 8-byte aligned, at most 2 MiB = " + Hex.of(MAX_FDT_SIZE)
                    + " bytes). Add a DEVICE_TREE module."));
        } else if (dtb.get().range().size() > MAX_FDT_SIZE) {
            BootModule m = dtb.get();
            report.accept(Diagnostic.error(DTB_TOO_LARGE, SubjectPath.hostModule(m.name()), m.range(),
                "host device tree " + m.name() + " " + m.range() + " is " + Hex.size(m.range().size()) + ", above "
                    + "MAX_FDT_SIZE (2 MiB = " + Hex.of(MAX_FDT_SIZE) + "); early_fdt_map refuses it. Shrink the tree "
                    + "(drop unused nodes) below 2 MiB."));
        }
    }
}

package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.boot.BuildInputs;
import dev.mpuworkbench.devicetree.export.BootScriptContents;
import java.util.Objects;

/**
 * Everything a boot starts from: the build options, the runtime DTB as bytes, the boot script's contents, which
 * Xen boots and how long the scheduler runs.
 *
 * @param switches   context switches to run after the boot; -1 = until every guest has run its probes and one more
 *                   round
 * @param el2Regions MPUIR_EL2.REGION of the machine
 * @param el1Regions MPUIR_EL1.REGION of the machine
 */
public record XenInputs(BuildInputs build, byte[] dtb, BootScriptContents script, XenBootMode mode, int switches,
                        int el2Regions, int el1Regions) {
    public XenInputs {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(dtb, "dtb");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(mode, "mode");
        if (switches < -1) throw new IllegalArgumentException("switches must be -1 or more");
    }
}

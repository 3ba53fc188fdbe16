package dev.mpuworkbench.emulator.boot;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.devicetree.export.InputException;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the Xen build fixes before boot, read from the exported files only: the Kconfig fragment (link address,
 * early UART, MPU support) and the generated board header (image section sizes, MPU region counts).
 *
 * @param earlyUart     the early printk window, empty without early printk
 * @param el2Regions    MPUWB_EL2_MPU_REGIONS from the header, if given
 * @param el1Regions    MPUWB_EL1_MPU_REGIONS from the header, if given
 */
public record BuildInputs(KconfigBuildOptions kconfig, XenImage image, Optional<AddressRange> earlyUart,
                          OptionalInt el2Regions, OptionalInt el1Regions) {
    public static final String KCONFIG_FILE = "xen.config";
    public static final String HEADER_FILE = "board.h";

    public static BuildInputs read(String kconfigText, String headerText) throws BootInputException {
        KconfigBuildOptions kconfig;
        try {
            kconfig = KconfigFragment.parse(kconfigText, KCONFIG_FILE);
        } catch (InputException e) {
            throw new BootInputException(e.getMessage(), e);
        }
        HeaderDefines h = HeaderDefines.parse(headerText, HEADER_FILE);
        if (!kconfig.isEnabled("CONFIG_MPU")) {
            throw new BootInputException(KCONFIG_FILE + ": CONFIG_MPU is not set: this Xen has no MPU support");
        }
        if (kconfig.xenStartAddress().isEmpty()) {
            throw new BootInputException(KCONFIG_FILE + ": CONFIG_XEN_START_ADDRESS is not set (the default "
                + "0xFFFFFFFF fails the build)");
        }
        long start = kconfig.xenStartAddress().getAsLong();
        long headerStart = h.get("MPUWB_XEN_START_ADDRESS").orElse(start);
        if (headerStart != start) {
            throw new BootInputException(String.format("%s: MPUWB_XEN_START_ADDRESS 0x%X differs from "
                + "CONFIG_XEN_START_ADDRESS 0x%X in %s: the two files come from different designs", HEADER_FILE,
                headerStart, start, KCONFIG_FILE));
        }
        XenImage image = new XenImage(start, h.require("MPUWB_XEN_TEXT_SIZE", HEADER_FILE),
            h.require("MPUWB_XEN_RODATA_SIZE", HEADER_FILE), h.require("MPUWB_XEN_RO_AFTER_INIT_SIZE", HEADER_FILE),
            h.require("MPUWB_XEN_DATA_SIZE", HEADER_FILE), h.require("MPUWB_XEN_INIT_TEXT_SIZE", HEADER_FILE),
            h.require("MPUWB_XEN_INIT_DATA_SIZE", HEADER_FILE), h.require("MPUWB_XEN_BSS_SIZE", HEADER_FILE));
        return new BuildInputs(kconfig, image, kconfig.earlyUart(), count(h, "MPUWB_EL2_MPU_REGIONS"),
            count(h, "MPUWB_EL1_MPU_REGIONS"));
    }

    private static OptionalInt count(HeaderDefines h, String name) {
        return h.get(name).stream().mapToInt(v -> (int) Math.min(v, 255)).findFirst();
    }
}

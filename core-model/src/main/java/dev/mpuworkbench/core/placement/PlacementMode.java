package dev.mpuworkbench.core.placement;

import java.util.Locale;

/** How the auto-placer chooses addresses. */
public enum PlacementMode {
    /** Exactly what ImageBuilder's uboot-script-gen would pick (layout_tools.md §1.4): modules and Xen only. */
    IMAGEBUILDER,
    /** The workbench's own placement: everything movable, packed for the fewest MPU regions, always valid. */
    SMART;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlacementMode fromCli(String name) {
        for (PlacementMode m : values()) {
            if (m.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) return m;
        }
        throw new IllegalArgumentException("unknown placement mode '" + name + "'; use imagebuilder or smart");
    }
}

package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;

/**
 * The step a drag or an arrow key moves a block by. {@link #AUTO} uses the alignment each kind of block
 * needs (DOMAIN.md §5); a fixed setting never goes below that alignment, so snapping cannot produce a
 * layout Xen rejects.
 */
public enum SnapSetting {
    AUTO("Auto (by kind)", 0),
    AUTO_MODULES_2M("Auto, modules on 2 MiB", 0),
    B64("64 B", 64),
    K4("4 KiB", 4 * 1024),
    K64("64 KiB", 64 * 1024),
    M2("2 MiB", AddressRange.SECTION_2M);

    private final String label;
    private final long bytes;

    SnapSetting(String label, long bytes) {
        this.label = label;
        this.bytes = bytes;
    }

    public String label() {
        return label;
    }

    /** The step for a block of this class. */
    public long step(BlockClass blockClass) {
        long minimum = minimum(blockClass);
        return switch (this) {
            case AUTO -> autoStep(blockClass);
            case AUTO_MODULES_2M -> blockClass == BlockClass.BOOT_MODULE ? AddressRange.SECTION_2M : autoStep(blockClass);
            default -> Math.max(minimum, bytes);
        };
    }

    /** The alignment Xen or the MPU requires of the class. */
    public static long minimum(BlockClass blockClass) {
        return switch (blockClass) {
            case SECTION, DEVICE, BOOT_MODULE -> AddressRange.MPU_GRANULE;
            case STATIC_HEAP -> 64 * 1024;
            case XEN_IMAGE, GUEST_RAM, SHARED_MEMORY -> AddressRange.PAGE;
        };
    }

    private static long autoStep(BlockClass blockClass) {
        return blockClass == BlockClass.BOOT_MODULE ? AddressRange.PAGE : minimum(blockClass);
    }

    @Override
    public String toString() {
        return label;
    }
}

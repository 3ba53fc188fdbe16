package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.MemoryBlock;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Colours of the map: the hue says who owns a block (Xen, each domain, shared, the board), the shade
 * says its class (modules lighter than RAM, devices muted).
 */
public final class MapPalette {
    public static final Color BACKGROUND = Color.web("#fbfcfd");
    public static final Color GAP_FILL = Color.web("#eef1f4");
    public static final Color AXIS_TEXT = Color.web("#4a5562");
    public static final Color GRID = Color.web("#dde3ea");
    public static final Color BANK = Color.web("#c9d3dd");
    public static final Color RESERVED = Color.web("#7d8894");
    public static final Color SELECTION = Color.web("#1b63d8");
    public static final Color ERROR = Color.web("#d62828");
    public static final Color HOVER_LINE = Color.web("#1b63d8", 0.55);
    public static final Color PART_A = Color.web("#34508a");
    public static final Color PART_B = Color.web("#e0a030");
    public static final Color UNMAPPED_VEIL = Color.web("#fbfcfd", 0.62);

    public static Color part(dev.mpuworkbench.core.mpu.Part part) {
        return part == dev.mpuworkbench.core.mpu.Part.A ? PART_A : PART_B;
    }

    private static final Color XEN = Color.web("#3d6fb6");
    private static final Color SHARED = Color.web("#8e5cc7");
    private static final Color BOARD = Color.web("#8d99ae");
    private static final Color[] DOMAINS = {
        Color.web("#2a9d8f"), Color.web("#e07a3f"), Color.web("#6a994e"), Color.web("#c0587e"),
        Color.web("#d4a72c"), Color.web("#5e81ac"), Color.web("#a0522d"), Color.web("#4d908e"),
    };

    private final Map<String, Color> owners = new HashMap<>();

    public MapPalette(Design design) {
        owners.put(DesignBlocks.XEN_OWNER, XEN);
        owners.put(DesignBlocks.SHARED_OWNER, SHARED);
        owners.put(DesignBlocks.BOARD_OWNER, BOARD);
        int i = 0;
        for (Domain d : design.domains()) owners.putIfAbsent(d.name(), DOMAINS[i++ % DOMAINS.length]);
    }

    public Color owner(String owner) {
        return owners.getOrDefault(owner, BOARD);
    }

    public Color fill(MemoryBlock b) {
        Color base = owner(b.owner());
        return switch (b.blockClass()) {
            case BOOT_MODULE -> base.interpolate(Color.WHITE, 0.45);
            case STATIC_HEAP -> base.interpolate(Color.WHITE, 0.25);
            case DEVICE -> base.desaturate().interpolate(Color.WHITE, 0.15);
            case SECTION -> sectionFill(b);
            default -> base;
        };
    }

    private static Color sectionFill(MemoryBlock b) {
        String name = b.subject().segments().get(b.subject().segments().size() - 1);
        return switch (name) {
            case "bootModules" -> Color.web("#c8a951");
            case "guestMemory" -> Color.web("#58a4b0");
            default -> Color.web("#9aa5b1");
        };
    }

    /** Black or white, whichever reads better on {@code fill}. */
    public static Color textOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.6 ? Color.web("#1d232a") : Color.WHITE;
    }

    /** A short name of the class for labels and tooltips. */
    public static String classLabel(BlockClass c) {
        return switch (c) {
            case XEN_IMAGE -> "Xen image";
            case STATIC_HEAP -> "static heap";
            case GUEST_RAM -> "guest RAM";
            case BOOT_MODULE -> "boot module";
            case SHARED_MEMORY -> "shared memory";
            case DEVICE -> "device MMIO";
            case SECTION -> "MPU section";
        };
    }
}

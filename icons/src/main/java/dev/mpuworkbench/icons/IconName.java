package dev.mpuworkbench.icons;

import java.util.List;
import java.util.Locale;

/** Every icon the workbench shows. Each has an SVG source {@code <fileName>.svg} and a PNG per size. */
public enum IconName {
    /** The window and launcher icon; also rendered large. */
    APP(List.of(16, 24, 32, 64, 128, 256)),

    NEW, OPEN, SAVE, SAVE_AS, IMPORT, EXPORT, UNDO, REDO, AUTO_PLACE,

    VALIDATE, ERROR, WARNING, INFO,

    ZOOM_IN, ZOOM_OUT, ZOOM_FIT,

    RESET, STEP, STEP_PHASE, RUN, STEP_BACK, PAUSE,

    BOARD, CPU, MEMORY_BANK, DEVICE, XEN, SECTION, HEAP, DOMAIN, MODULE, SHARED_MEMORY,

    LOCK;

    /** The sizes (square, in pixels) the toolbars, menus and outline use. */
    public static final List<Integer> UI_SIZES = Sizes.UI;

    private final List<Integer> sizes;

    IconName() {
        this(Sizes.UI);
    }

    IconName(List<Integer> sizes) {
        this.sizes = sizes;
    }

    /** The PNG sizes shipped for this icon, smallest first. */
    public List<Integer> sizes() {
        return sizes;
    }

    /** Holder so the enum constructor may read the constant (enum constants initialise before static fields). */
    private static final class Sizes {
        static final List<Integer> UI = List.of(16, 24, 32);
    }

    /** The file name without extension, e.g. {@code save-as} for {@link #SAVE_AS}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.mpuworkbench.app.gui.icons;

import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.icons.IconName;
import dev.mpuworkbench.icons.IconTheme;
import dev.mpuworkbench.icons.Icons;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The icons module's PNGs as JavaFX images, each loaded once. */
public final class GuiIcons {
    private static final Map<IconName, Image> SMALL = new EnumMap<>(IconName.class);

    private GuiIcons() {
    }

    /** A 16 px view of the icon (a new node each time; the image is shared). */
    public static ImageView small(IconName name) {
        Image image = SMALL.computeIfAbsent(name, n -> new Image(Icons.url(n, 16).toExternalForm()));
        ImageView view = new ImageView(image);
        view.setFitWidth(16);
        view.setFitHeight(16);
        return view;
    }

    /** Every size of the application icon, for the window. */
    public static List<Image> app() {
        return Icons.urls(IconName.APP, IconTheme.LIGHT).stream().map(u -> new Image(u.toExternalForm())).toList();
    }

    /** The icon of an outline row: what kind of thing its subject names. */
    public static IconName forSubject(SubjectPath subject) {
        List<String> s = subject.segments();
        return switch (s.get(0)) {
            case "board" -> s.size() == 1 ? IconName.BOARD : switch (s.get(1)) {
                case "cpu" -> IconName.CPU;
                case "memory", "reserved" -> IconName.MEMORY_BANK;
                default -> IconName.DEVICE;
            };
            case "xen" -> IconName.XEN;
            case "sections" -> IconName.SECTION;
            case "staticHeap" -> IconName.HEAP;
            case "domains" -> s.size() <= 2 ? IconName.DOMAIN : switch (s.get(2)) {
                case "modules" -> IconName.MODULE;
                case "sharedMemory" -> IconName.SHARED_MEMORY;
                default -> IconName.MEMORY_BANK;
            };
            case "modules" -> IconName.MODULE;
            case "sharedMemory" -> IconName.SHARED_MEMORY;
            default -> IconName.APP;
        };
    }
}

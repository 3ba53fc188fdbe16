package dev.mpuworkbench.app.gui.boot;

import dev.mpuworkbench.icons.IconName;
import dev.mpuworkbench.icons.Icons;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The boot controls' icons from the icons module, each image loaded once. */
final class BootIcons {
    private static final Map<IconName, Image> IMAGES = new EnumMap<>(IconName.class);

    private BootIcons() {
    }

    static ImageView of(IconName name) {
        Image image = IMAGES.computeIfAbsent(name, n -> new Image(Icons.url(n, 16).toExternalForm()));
        ImageView view = new ImageView(image);
        view.setFitWidth(16);
        view.setFitHeight(16);
        return view;
    }
}

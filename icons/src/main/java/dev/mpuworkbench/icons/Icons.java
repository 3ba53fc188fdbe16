package dev.mpuworkbench.icons;

import java.io.InputStream;
import java.net.URL;
import java.util.List;

/**
 * Looks up the rendered PNG of an icon. No UI toolkit here: the app turns the URL into its own image type
 * (for JavaFX, {@code new Image(Icons.url(name, 16).toExternalForm())}).
 */
public final class Icons {
    private Icons() {
    }

    /** The PNG for light backgrounds; throws when the size is not one of {@link IconName#sizes()}. */
    public static URL url(IconName name, int size) {
        return url(name, size, IconTheme.LIGHT);
    }

    /** The PNG of the given set; throws when the size is not one of {@link IconName#sizes()}. */
    public static URL url(IconName name, int size, IconTheme theme) {
        URL url = Icons.class.getResource(resourceName(name, size, theme));
        if (url == null) throw missing(name, size, theme);
        return url;
    }

    /** The PNG bytes for light backgrounds; the caller closes the stream. */
    public static InputStream stream(IconName name, int size) {
        return stream(name, size, IconTheme.LIGHT);
    }

    /** The PNG bytes of the given set; the caller closes the stream. */
    public static InputStream stream(IconName name, int size, IconTheme theme) {
        InputStream in = Icons.class.getResourceAsStream(resourceName(name, size, theme));
        if (in == null) throw missing(name, size, theme);
        return in;
    }

    /** Every size of one icon, smallest first: what a window's icon list or a HiDPI chooser wants. */
    public static List<URL> urls(IconName name, IconTheme theme) {
        return name.sizes().stream().map(size -> url(name, size, theme)).toList();
    }

    /** The smallest shipped size at least as large as {@code wanted}, else the largest shipped size. */
    public static int bestSize(IconName name, int wanted) {
        return name.sizes().stream().filter(s -> s >= wanted).findFirst()
            .orElse(name.sizes().get(name.sizes().size() - 1));
    }

    /** The absolute class-path path, e.g. {@code /dev/mpuworkbench/icons/png/16/save.png}. */
    public static String resourcePath(IconName name, int size, IconTheme theme) {
        return "/" + Icons.class.getPackageName().replace('.', '/') + "/" + resourceName(name, size, theme);
    }

    private static String resourceName(IconName name, int size, IconTheme theme) {
        if (!name.sizes().contains(size)) {
            throw new IllegalArgumentException("icon " + name.fileName() + " comes in sizes " + name.sizes() + ", not " + size);
        }
        return theme.folder() + "/" + size + "/" + name.fileName() + ".png";
    }

    private static IllegalStateException missing(IconName name, int size, IconTheme theme) {
        return new IllegalStateException("icon resource missing from the build: " + resourcePath(name, size, theme));
    }
}

package dev.mpuworkbench.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rendered PNGs on the class path: every icon at every declared size and theme, the right size, not blank. */
class IconsResourcesTest {
    @ParameterizedTest
    @EnumSource(IconName.class)
    void everyDeclaredSizeIsASquarePngOfThatSizeWithAlpha(IconName name) throws IOException {
        for (IconTheme theme : IconTheme.values()) {
            for (int size : name.sizes()) {
                BufferedImage image = read(name, size, theme);
                String what = theme + " " + name.fileName() + " @" + size;
                assertEquals(size, image.getWidth(), what + " width");
                assertEquals(size, image.getHeight(), what + " height");
                assertTrue(image.getColorModel().hasAlpha(), what + " has an alpha channel");
                double covered = coverage(image);
                assertTrue(covered > 0.08 && covered < 0.95, what + " covers " + covered + " of its square");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(IconName.class)
    void theDarkSetRecoloursEveryIconDrawnWithALightOnlyColour(IconName name) throws IOException {
        String svg = Files.readString(IconsModuleDir.svgDir().resolve(name.fileName() + ".svg"));
        String body = svg.substring(svg.indexOf('>') + 1);
        boolean lightOnly = Stream.of("#37404F", "#FAFBFC", "#D6E4FA", "#D5F0DC", "#FCEBC2").anyMatch(body::contains);
        int size = name.sizes().get(0);
        boolean same = samePixels(read(name, size, IconTheme.LIGHT), read(name, size, IconTheme.DARK));
        if (lightOnly) assertFalse(same, name.fileName() + ": the dark set must differ from the light set");
    }

    @Test
    void theAppIconLooksTheSameInBothSets() throws IOException {
        for (int size : IconName.APP.sizes()) {
            assertTrue(samePixels(read(IconName.APP, size, IconTheme.LIGHT), read(IconName.APP, size, IconTheme.DARK)), "@" + size);
        }
    }

    @Test
    void urlsPointIntoTheThemeFolderAndSizeFolder() {
        URL light = Icons.url(IconName.SAVE_AS, 24);
        assertTrue(light.getPath().endsWith("/dev/mpuworkbench/icons/png/24/save-as.png"), light.toString());
        URL dark = Icons.url(IconName.SAVE_AS, 24, IconTheme.DARK);
        assertTrue(dark.getPath().endsWith("/dev/mpuworkbench/icons/png-dark/24/save-as.png"), dark.toString());
        assertEquals("/dev/mpuworkbench/icons/png/16/memory-bank.png", Icons.resourcePath(IconName.MEMORY_BANK, 16, IconTheme.LIGHT));
    }

    @Test
    void anUndeclaredSizeIsRefusedWithTheSizesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Icons.url(IconName.SAVE, 64));
        assertEquals("icon save comes in sizes [16, 24, 32], not 64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Icons.stream(IconName.APP, 48));
    }

    @Test
    void theAppIconComesInSixSizesForWindowIconLists() throws IOException {
        List<URL> urls = Icons.urls(IconName.APP, IconTheme.LIGHT);
        assertEquals(6, urls.size());
        List<Integer> widths = new ArrayList<>();
        for (URL url : urls) widths.add(ImageIO.read(url).getWidth());
        assertEquals(List.of(16, 24, 32, 64, 128, 256), widths);
    }

    @Test
    void bestSizePicksTheSmallestThatIsLargeEnough() {
        assertEquals(24, Icons.bestSize(IconName.RUN, 20));
        assertEquals(16, Icons.bestSize(IconName.RUN, 16));
        assertEquals(32, Icons.bestSize(IconName.RUN, 48));
        assertEquals(128, Icons.bestSize(IconName.APP, 100));
    }

    @Test
    void fileNamesAreKebabCase() {
        assertEquals("step-phase", IconName.STEP_PHASE.fileName());
        assertEquals("shared-memory", IconName.SHARED_MEMORY.fileName());
        assertEquals(IconName.UI_SIZES, IconName.LOCK.sizes());
    }

    @Test
    void noPngIsShippedThatNoIconNameAsksFor() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (IconTheme theme : IconTheme.values()) {
            for (IconName name : IconName.values()) {
                for (int size : name.sizes()) expected.add(theme.folder() + "/" + size + "/" + name.fileName() + ".png");
            }
        }
        Path root = IconsModuleDir.resourceDir();
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".png")).forEach(p -> shipped.add(root.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(expected, shipped);
    }

    private static BufferedImage read(IconName name, int size, IconTheme theme) throws IOException {
        try (InputStream in = Icons.stream(name, size, theme)) {
            BufferedImage image = ImageIO.read(in);
            assertNotNull(image, theme + " " + name.fileName() + " @" + size + " is a PNG ImageIO reads");
            return image;
        }
    }

    /** Share of pixels that are more than half opaque. */
    private static double coverage(BufferedImage image) {
        int opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) > 127) opaque++;
            }
        }
        return (double) opaque / (image.getWidth() * image.getHeight());
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        assertFalse(a.getWidth() != b.getWidth(), "same size");
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) return false;
            }
        }
        return true;
    }
}

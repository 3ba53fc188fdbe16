package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map's fill-only boxes and hatching, checked pixel by pixel on a snapshot of a canvas. */
class BoxesTest {
    private static final Color INK = Color.web("#204080");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static PixelReader draw(Consumer<GraphicsContext> painting) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(20, 20);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 20, 20);
            g.setFill(INK);
            painting.accept(g);
            return canvas.snapshot(null, new WritableImage(20, 20)).getPixelReader();
        }).get();
    }

    private static boolean inked(PixelReader px, int x, int y) {
        return px.getColor(x, y).getBrightness() < 0.7;
    }

    @Test
    void aFilledBoxLeavesItsCornerPixelsOut() throws Exception {
        PixelReader px = draw(g -> Boxes.fill(g, 2, 2, 10, 8));
        assertEquals(false, inked(px, 2, 2), "corner");
        assertEquals(false, inked(px, 11, 9), "corner");
        assertEquals(true, inked(px, 3, 2), "top edge");
        assertEquals(true, inked(px, 2, 3), "left edge");
        assertEquals(true, inked(px, 7, 6), "inside");
        assertEquals(false, inked(px, 12, 6), "outside");
    }

    @Test
    void aFrameInksItsEdgesOnly() throws Exception {
        PixelReader px = draw(g -> Boxes.frame(g, 2, 2, 12, 10, 2));
        assertEquals(true, inked(px, 6, 2), "top");
        assertEquals(true, inked(px, 6, 3), "top, second row");
        assertEquals(true, inked(px, 6, 11), "bottom");
        assertEquals(true, inked(px, 2, 6), "left");
        assertEquals(true, inked(px, 13, 6), "right");
        assertEquals(false, inked(px, 7, 6), "inside stays clear");
        assertEquals(false, inked(px, 2, 2), "corner");
    }

    @Test
    void hatchingRunsDiagonallyEveryEightPixelsWithinTheRectangle() throws Exception {
        PixelReader px = draw(g -> Hatch.fill(g, 0, 0, 16, 16, INK));
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                boolean onLine = (x + y) % 8 == 7;
                assertEquals(onLine, inked(px, x, y), "pixel " + x + "," + y);
            }
        }
        assertEquals(false, inked(px, 17, 6), "nothing outside the rectangle");
    }
}

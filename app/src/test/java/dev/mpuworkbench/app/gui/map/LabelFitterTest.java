package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class LabelFitterTest {
    private static final Font FONT = Font.font("System", 12);
    private final LabelFitter fitter = new LabelFitter();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLabelThatFitsIsKept() {
        String label = "rtos40 RAM";
        assertEquals(label, fitter.fit(label, FONT, fitter.width(label, FONT) + 1));
    }

    @Test
    void aLongLabelIsShortenedWithAnEllipsisWithinTheWidth() {
        String label = "0x5400_0000 – 0x547F_FFFF · 8 MiB   guest RAM";
        double room = fitter.width(label, FONT) / 2;
        String fitted = fitter.fit(label, FONT, room);
        assertTrue(fitted.endsWith(LabelFitter.ELLIPSIS), fitted);
        assertTrue(label.startsWith(fitted.substring(0, fitted.length() - 1)), fitted);
        assertTrue(fitter.width(fitted, FONT) <= room, fitted);
        String oneMore = label.substring(0, fitted.length()) + LabelFitter.ELLIPSIS;
        assertTrue(fitter.width(oneMore, FONT) > room || label.charAt(fitted.length() - 1) == ' ',
            "the longest start that fits: " + fitted);
    }

    @Test
    void nothingIsDrawnWhereNotEvenAnEllipsisFits() {
        assertEquals("", fitter.fit("rtos40 RAM", FONT, 2));
    }
}

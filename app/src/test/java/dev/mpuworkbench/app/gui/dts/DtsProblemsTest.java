package dev.mpuworkbench.app.gui.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places of dtc messages and binding problems. */
class DtsProblemsTest {
    @Test
    void readsDtcSyntaxErrors() {
        assertEquals(new DtsProblem(11, 10, 11, 11, "syntax error"),
            DtsProblems.fromDtcLine("Error: x.dts:11.10-11 syntax error"));
        assertEquals(new DtsProblem(3, 1, 5, 2, "bad thing"), DtsProblems.fromDtcLine("design.dts:3.1-5.2: bad thing"));
        assertEquals(new DtsProblem(7, 4, 7, 5, "no end"), DtsProblems.fromDtcLine("Warning (x): design.dts:7.4: no end"));
        assertNull(DtsProblems.fromDtcLine("FATAL ERROR: Unable to parse input tree"));
    }

    @Test
    void aCompileFailureGivesOneProblemPerPlacedLine() {
        BindingException e = new BindingException("design.dts", "", null,
            "the device tree source does not compile:\nError: design.dts:4.2-3 syntax error\nFATAL ERROR: Unable to parse input tree");
        assertEquals(List.of(new DtsProblem(4, 2, 4, 3, "syntax error")), DtsProblems.of(e));
    }

    @Test
    void aBindingProblemUsesItsSpanAndNode() {
        BindingException e = new BindingException("design.dts", "/chosen/domU1",
            new SourceSpan("design.dts", 9, 3, 9, 40), "bad cells");
        assertEquals(List.of(new DtsProblem(9, 3, 9, 40, "/chosen/domU1: bad cells")), DtsProblems.of(e));
    }

    @Test
    void aProblemWithoutPlaceIsKeptWhole() {
        BindingException e = new BindingException("design.dts", "", null, "not a device tree blob: short");
        DtsProblem p = DtsProblems.of(e).get(0);
        assertFalse(p.hasPlace());
        assertEquals("not a device tree blob: short", p.toString());
    }
}

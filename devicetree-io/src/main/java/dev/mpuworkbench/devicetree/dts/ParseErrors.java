package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.tree.SourceSpan;

/** Reports lexical and parse errors the way dtc prints them, remembering that one happened. */
final class ParseErrors {
    private final Diagnostics diagnostics;
    private boolean any;

    ParseErrors(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void lexical(SourceSpan span, String message) {
        diagnostics.report("Lexical error: " + span + " " + message);
        any = true;
    }

    void error(SourceSpan span, String message) {
        diagnostics.report("Error: " + span + " " + message);
        any = true;
    }

    boolean any() {
        return any;
    }

    /** Thrown for a syntax error: bison gives up at once, dtc then dies with "Unable to parse input tree". */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }
}

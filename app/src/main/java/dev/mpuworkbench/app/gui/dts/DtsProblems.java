package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed import into problems with places: a binding problem carries its source span; a text that
 * did not compile carries dtc's lines ({@code Error: file:line.col-col: message},
 * {@code file:line.col-line.col message}).
 */
final class DtsProblems {
    private static final Pattern DTC_LINE = Pattern.compile(
        "^(?:(Error|Warning|ERROR|FATAL ERROR)[^:]*:\\s*)?(?:[^:\\s]+):(\\d+)\\.(\\d+)(?:-(\\d+)(?:\\.(\\d+))?)?:?\\s*(.*)$");

    private DtsProblems() {
    }

    static List<DtsProblem> of(BindingException e) {
        SourceSpan span = e.span();
        String where = e.nodePath().isEmpty() ? "" : e.nodePath() + ": ";
        if (span != null) {
            return List.of(new DtsProblem(span.firstLine(), span.firstColumn(), span.lastLine(), span.lastColumn(),
                where + e.problem()));
        }
        List<DtsProblem> found = new ArrayList<>();
        for (String line : e.problem().split("\n")) {
            DtsProblem p = fromDtcLine(line.strip());
            if (p != null) found.add(p);
        }
        if (found.isEmpty()) return List.of(DtsProblem.unplaced(where + e.problem().strip()));
        return found;
    }

    /** One dtc message line with a place, or null when the line has none. */
    static DtsProblem fromDtcLine(String line) {
        Matcher m = DTC_LINE.matcher(line);
        if (!m.matches()) return null;
        int first = Integer.parseInt(m.group(2));
        int column = Integer.parseInt(m.group(3));
        int endLine = first;
        int endColumn = column + 1;
        if (m.group(5) != null) {
            endLine = Integer.parseInt(m.group(4));
            endColumn = Integer.parseInt(m.group(5));
        } else if (m.group(4) != null) {
            endColumn = Integer.parseInt(m.group(4));
        }
        String message = m.group(6).isBlank() ? line : m.group(6);
        return new DtsProblem(first, column, endLine, endColumn, message);
    }
}

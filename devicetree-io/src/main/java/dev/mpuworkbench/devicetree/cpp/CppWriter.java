package dev.mpuworkbench.devicetree.cpp;

/**
 * Writes preprocessed text laid out like GNU cpp: each source line's tokens on its own output line, the first
 * token indented to its source column, later tokens separated by one space where the source had white space,
 * blank lines for short gaps and {@code # line "file"} markers for long gaps and file changes.
 */
final class CppWriter {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private String file;
    private int line;
    private boolean lineHasText;
    private CppToken previous;

    /** Starts the main file, with the same opening markers as GNU cpp. */
    void startMain(String name) {
        out.append("# 0 \"").append(name).append("\"\n# 0 \"<built-in>\"\n# 0 \"<command-line>\"\n");
        enterFile(name, false);
    }

    /** Enters an included file; {@code directiveLine} is the line of the #include in the current file. */
    void enterInclude(String name, int directiveLine) {
        syncTo(directiveLine);
        enterFile(name, true);
    }

    private void enterFile(String name, boolean include) {
        finishLine();
        out.append("# 1 \"").append(name).append('"').append(include ? " 1" : "").append('\n');
        file = name;
        line = 1;
        previous = null;
    }

    void returnToFile(String name, int nextLine) {
        finishLine();
        out.append("# ").append(nextLine).append(" \"").append(name).append("\" 2\n");
        file = name;
        line = nextLine;
        previous = null;
    }

    private void finishLine() {
        if (lineHasText) {
            out.append('\n');
            line++;
            lineHasText = false;
        }
    }

    /** Moves the output to the given source line of the current file. */
    void syncTo(int target) {
        if (target == line) {
            return;
        }
        finishLine();
        if (target >= line && target < line + 8) {
            while (line < target) {
                out.append('\n');
                line++;
            }
        } else {
            out.append("# ").append(target).append(" \"").append(file).append("\"\n");
            line = target;
        }
    }

    /** Writes a token; a continuation stays on the current output line whatever its source line. */
    void token(CppToken t, boolean continuation) {
        if (!continuation && (t.line > line || (!lineHasText && t.line != line))) {
            syncTo(t.line);
        }
        if (!lineHasText) {
            for (int i = 1; i < t.column; i++) {
                out.append(' ');
            }
        } else if (t.spaceBefore || (previous != null && (t.expanded || previous.expanded) && wouldPaste(previous, t))) {
            out.append(' ');
        }
        out.append(t.text);
        lineHasText = true;
        previous = t;
    }

    private static boolean wouldPaste(CppToken a, CppToken b) {
        if (a.text.isEmpty() || b.text.isEmpty()) {
            return false;
        }
        char x = a.text.charAt(a.text.length() - 1);
        char y = b.text.charAt(0);
        if (CppLexer.isIdentPart(x) && (CppLexer.isIdentPart(y) || y == '.')) {
            return true;
        }
        return "+-<>=&|#/".indexOf(x) >= 0 && (x == y || y == '=' || (x == '/' && y == '*') || (x == '-' && y == '>'));
    }

    String finish() {
        finishLine();
        return out.toString();
    }
}

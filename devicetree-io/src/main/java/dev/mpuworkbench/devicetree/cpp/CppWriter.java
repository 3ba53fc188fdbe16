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
            // GNU cpp: one space per column beyond the second, plus one for preceding white space.
            int spaces = Math.max(0, t.column - 2) + (t.spaceBefore ? 1 : 0);
            for (int i = 0; i < spaces; i++) {
                out.append(' ');
            }
        } else if (t.spaceBefore
            || (previous != null && (t.paddingBefore || previous.paddingAfter) && wouldPaste(previous, t))) {
            out.append(' ');
        }
        out.append(t.text);
        lineHasText = true;
        previous = t;
    }

    /** GNU cpp's {@code cpp_avoid_paste}: would the two tokens read back as something else if written together. */
    private static boolean wouldPaste(CppToken a, CppToken b) {
        if (a.text.isEmpty() || b.text.isEmpty()) {
            return false;
        }
        char c = b.text.charAt(0);
        String x = a.text;
        if (a.kind == CppToken.Kind.PUNCTUATOR && c == '=' && "= ! < > + - * / % & | ^ << >>".contains(x)
            && x.length() <= 2 && !x.equals("==") && !x.equals("!=")) {
            return true;
        }
        switch (a.kind) {
            case IDENTIFIER:
                return b.kind == CppToken.Kind.NUMBER || b.kind == CppToken.Kind.IDENTIFIER
                    || b.kind == CppToken.Kind.CHAR || b.kind == CppToken.Kind.STRING;
            case NUMBER:
                return b.kind == CppToken.Kind.NUMBER || b.kind == CppToken.Kind.IDENTIFIER
                    || b.kind == CppToken.Kind.CHAR || c == '.' || c == '+' || c == '-';
            case PUNCTUATOR:
                switch (x) {
                    case ">": return c == '>';
                    case "<": return c == '<' || c == '%' || c == ':';
                    case "+": return c == '+';
                    case "-": return c == '-' || c == '>';
                    case "/": return c == '/' || c == '*';
                    case "%": return c == ':' || c == '%';
                    case "&": return c == '&';
                    case "|": return c == '|';
                    case ":": return c == ':' || c == '>';
                    case "->": return c == '*';
                    case ".": return c == '.' || c == '%' || b.kind == CppToken.Kind.NUMBER;
                    case "#": return c == '#' || c == '%';
                    default: return false;
                }
            case OTHER:
                return x.charAt(0) == '\\' && b.kind == CppToken.Kind.IDENTIFIER;
            default:
                return false;
        }
    }

    String finish() {
        finishLine();
        return out.toString();
    }
}

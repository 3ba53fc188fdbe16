package dev.mpuworkbench.devicetree.imagebuilder;

import dev.mpuworkbench.devicetree.imagebuilder.BashCursor.Failure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the bash subset ImageBuilder configs are written in, without running anything: {@code NAME=value},
 * {@code NAME+=value}, {@code NAME[i]=value}, {@code NAME=(a b)}, {@code declare -A NAME}, {@code export},
 * quoting, expansion of variables set earlier, comments, {@code ;} and line continuations. Anything else is
 * an error at its {@code file:line:col}; after an error the rest of that line is skipped.
 */
public final class BashFragmentParser {
    private static final Set<String> DECLARE = Set.of("declare", "typeset");
    private static final Set<String> EXPORT = Set.of("export", "readonly");

    private final String fileName;
    private final BashCursor c;
    private final BashVariables vars;
    private final BashWordReader words;
    private final List<ImageBuilderProblem> problems = new ArrayList<>();

    private BashFragmentParser(String text, String fileName) {
        this.fileName = fileName;
        this.c = new BashCursor(text);
        this.vars = new BashVariables(fileName);
        this.words = new BashWordReader(c, vars);
    }

    /** @throws ImageBuilderException listing every line it cannot read */
    public static BashVariables parse(String text, String fileName) throws ImageBuilderException {
        BashFragmentParser p = new BashFragmentParser(text, fileName);
        p.file();
        if (!p.problems.isEmpty()) throw new ImageBuilderException(p.problems);
        return p.vars;
    }

    private void file() {
        while (true) {
            c.skipBlanks();
            if (c.atEnd()) return;
            char ch = c.peek();
            if (ch == '\n') {
                c.pos++;
            } else if (ch == '#') {
                c.skipComment();
            } else {
                try {
                    statement();
                } catch (Failure f) {
                    problems.add(new ImageBuilderProblem(fileName, c.position(f.offset), f.getMessage()));
                    c.pos = Math.max(c.pos, f.offset);
                    c.skipLine();
                }
            }
        }
    }

    private void statement() throws Failure {
        int start = c.pos;
        String word = c.readName();
        if (word.isEmpty()) {
            throw c.fail(start, "expected an assignment NAME=value, found " + BashCursor.describe(c.peek()));
        }
        boolean followedByBlank = c.peek() == ' ' || c.peek() == '\t';
        if (DECLARE.contains(word) && followedByBlank) {
            declare();
        } else if (EXPORT.contains(word) && followedByBlank) {
            exportStatement();
        } else {
            assignment(word, start, false);
            while (true) {
                c.skipBlanks();
                if (endOfStatement()) return;
                int next = c.pos;
                String name = c.readName();
                if (name.isEmpty() || !startsAssignment()) {
                    c.pos = next;
                    throw c.fail(next, "a command after an assignment is not supported; an ImageBuilder config may only"
                        + " set variables (the config is read, not run)");
                }
                assignment(name, next, false);
            }
        }
        c.skipBlanks();
        if (!endOfStatement()) throw c.fail(c.pos, "unexpected " + BashCursor.describe(c.peek()));
    }

    /** At a terminator; consumes a ';'. A newline or comment is left for {@link #file}. */
    private boolean endOfStatement() {
        char ch = c.peek();
        if (ch == ';') {
            c.pos++;
            return true;
        }
        return c.atEnd() || ch == '\n' || ch == '#';
    }

    private boolean startsAssignment() {
        char ch = c.peek();
        return ch == '=' || ch == '[' || (ch == '+' && c.peek(1) == '=');
    }

    private void declare() throws Failure {
        boolean associative = false;
        boolean indexed = false;
        while (true) {
            c.skipBlanks();
            if (endOfStatementAhead()) return;
            int at = c.pos;
            if (c.peek() == '-') {
                c.pos++;
                String options = c.readName();
                if (options.isEmpty()) throw c.fail(at, "expected a declare option such as -A");
                for (char o : options.toCharArray()) {
                    switch (o) {
                        case 'A' -> associative = true;
                        case 'a' -> indexed = true;
                        case 'g', 'x', 'r' -> { }
                        default -> throw c.fail(at, "the declare option -" + o + " is not supported (only -A, -a, -g, -x, -r)");
                    }
                }
                continue;
            }
            String name = c.readName();
            if (name.isEmpty()) throw c.fail(at, "expected a variable name after declare, found " + BashCursor.describe(c.peek()));
            if (associative && vars.isSet(name) && !vars.isAssociative(name) && !vars.elements(name).isEmpty()) {
                throw c.fail(at, name + " already holds values, so it cannot become an associative array");
            }
            vars.declare(name, associative && !indexed);
            if (startsAssignment()) assignment(name, at, true);
        }
    }

    private boolean endOfStatementAhead() {
        char ch = c.peek();
        return c.atEnd() || ch == '\n' || ch == '#' || ch == ';';
    }

    private void exportStatement() throws Failure {
        while (true) {
            c.skipBlanks();
            if (endOfStatementAhead()) return;
            int at = c.pos;
            String name = c.readName();
            if (name.isEmpty()) throw c.fail(at, "expected a variable name after export, found " + BashCursor.describe(c.peek()));
            if (startsAssignment()) assignment(name, at, true);
        }
    }

    private void assignment(String name, int start, boolean declared) throws Failure {
        String key = null;
        if (c.peek() == '[') {
            int open = c.pos;
            int close = c.text.indexOf(']', open);
            int newline = c.text.indexOf('\n', open);
            if (close < 0 || (newline >= 0 && newline < close)) throw c.fail(open, "'[' without its closing ']'");
            key = arrayKey(c, vars, name, c.text.substring(open + 1, close), open);
            c.pos = close + 1;
        }
        boolean append = false;
        if (c.peek() == '+' && c.peek(1) == '=') {
            append = true;
            c.pos += 2;
        } else if (c.peek() == '=') {
            c.pos++;
        } else {
            throw c.fail(key == null && !declared ? start : c.pos, key == null && !declared
                ? "'" + name + "' is a command; an ImageBuilder config may only set variables (the config is read, not run)"
                : "expected '=' after " + name + (key == null ? "" : "[" + key + "]"));
        }
        SourcePosition assignedAt = c.position(start);
        int valueStart = c.pos;
        if (c.peek() == '(') {
            if (key != null) throw c.fail(valueStart, "an array element cannot be assigned a list");
            list(name, append, assignedAt);
            return;
        }
        String value = words.read(false);
        String k = key == null ? "0" : key;
        if (append) value = vars.element(name, k).map(BashValue::value).orElse("") + value;
        vars.set(name, k, new BashValue(value, assignedAt, c.position(valueStart)));
    }

    private void list(String name, boolean append, SourcePosition assignedAt) throws Failure {
        int open = c.pos++;
        Map<String, BashValue> values = new LinkedHashMap<>(append ? vars.elements(name) : Map.of());
        int next = append ? values.keySet().stream().filter(k -> k.matches("\\d+")).mapToInt(Integer::parseInt).max()
            .orElse(-1) + 1 : 0;
        while (true) {
            c.skipBlanks();
            if (c.atEnd()) throw c.fail(open, "this '(' is never closed");
            char ch = c.peek();
            if (ch == ')') {
                c.pos++;
                break;
            }
            if (ch == '\n') {
                c.pos++;
                continue;
            }
            if (ch == '#') {
                c.skipComment();
                continue;
            }
            int at = c.pos;
            String key;
            if (ch == '[') {
                int close = c.text.indexOf(']', at);
                if (close < 0 || c.text.charAt(Math.min(close + 1, c.text.length() - 1)) != '=') {
                    throw c.fail(at, "expected [key]=value in the list");
                }
                key = arrayKey(c, vars, name, c.text.substring(at + 1, close), at);
                c.pos = close + 2;
                if (!vars.isAssociative(name)) next = Integer.parseInt(key) + 1;
            } else {
                if (vars.isAssociative(name)) throw c.fail(at, "an associative array list needs [key]=value elements");
                key = Integer.toString(next++);
            }
            int valueStart = c.pos;
            values.put(key, new BashValue(words.read(true), assignedAt, c.position(valueStart)));
        }
        vars.replace(name, values);
    }

    /** The element key of {@code NAME[raw]}: a literal key for associative arrays, else a plain number. */
    static String arrayKey(BashCursor c, BashVariables vars, String name, String raw, int at) throws Failure {
        if (vars.isAssociative(name)) {
            if (raw.isEmpty() || raw.matches(".*[$`\"'\\\\\\s].*")) {
                throw c.fail(at, "the key [" + raw + "] of " + name + " must be written out literally");
            }
            return raw;
        }
        if (raw.matches("0|[1-9][0-9]{0,8}")) return raw;
        if (raw.matches("0[0-9]+")) {
            throw c.fail(at, "the index [" + raw + "] has a leading zero, which bash reads as octal; write it without");
        }
        if (raw.contains(",")) {
            throw c.fail(at, "the key [" + raw + "] needs " + name + " to be an associative array: add 'declare -A "
                + name + "' before it");
        }
        throw c.fail(at, "the index [" + raw + "] of " + name + " must be a plain number (expressions and variables"
            + " are not supported)");
    }
}

package dev.mpuworkbench.devicetree.imagebuilder;

import dev.mpuworkbench.devicetree.imagebuilder.BashCursor.Failure;

/**
 * Reads one shell word (the value of an assignment): unquoted text, '...', "..." with backslash escapes,
 * and {@code $NAME}, {@code ${NAME}}, {@code ${NAME[i]}} of variables set earlier. Everything that would
 * need the file to be run (command substitution, arithmetic, other parameter expansions, the environment)
 * is an error.
 */
final class BashWordReader {
    private static final String NOT_RUN = " (the config is read, not run)";

    private final BashCursor c;
    private final BashVariables vars;

    BashWordReader(BashCursor cursor, BashVariables vars) {
        this.c = cursor;
        this.vars = vars;
    }

    /** True where an unquoted word ends. */
    boolean atWordEnd(boolean inList) {
        char ch = c.peek();
        return c.atEnd() || ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ';' || (inList && ch == ')');
    }

    String read(boolean inList) throws Failure {
        StringBuilder out = new StringBuilder();
        if (c.peek() == '~') throw c.fail(c.pos, "tilde expansion is not supported" + NOT_RUN + "; write the path out");
        while (!atWordEnd(inList)) {
            char ch = c.peek();
            switch (ch) {
                case '\\' -> {
                    if (c.peek(1) == '\n') {
                        c.pos += 2;
                    } else if (c.pos + 1 >= c.text.length()) {
                        throw c.fail(c.pos, "a backslash at the end of the file escapes nothing");
                    } else {
                        out.append(c.peek(1));
                        c.pos += 2;
                    }
                }
                case '\'' -> singleQuoted(out);
                case '"' -> doubleQuoted(out);
                case '$' -> dollar(out);
                case '`' -> throw c.fail(c.pos, "command substitution `...` is not supported" + NOT_RUN);
                case '|', '&', '<', '>', '(', ')' -> throw c.fail(c.pos, "unexpected '" + ch
                    + "': pipes, redirections, background jobs and subshells are not supported (put the value in quotes)");
                default -> {
                    out.append(ch);
                    c.pos++;
                }
            }
        }
        return out.toString();
    }

    private void singleQuoted(StringBuilder out) throws Failure {
        int open = c.pos++;
        int close = c.text.indexOf('\'', c.pos);
        if (close < 0) throw c.fail(open, "this single quote is never closed");
        out.append(c.text, c.pos, close);
        c.pos = close + 1;
    }

    private void doubleQuoted(StringBuilder out) throws Failure {
        int open = c.pos++;
        while (true) {
            if (c.atEnd()) throw c.fail(open, "this double quote is never closed");
            char ch = c.peek();
            if (ch == '"') {
                c.pos++;
                return;
            }
            if (ch == '\\') {
                char next = c.peek(1);
                if (next == '\n') {
                    c.pos += 2;
                } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    out.append(next);
                    c.pos += 2;
                } else {
                    out.append('\\');
                    c.pos++;
                }
            } else if (ch == '$') {
                dollar(out);
            } else if (ch == '`') {
                throw c.fail(c.pos, "command substitution `...` is not supported" + NOT_RUN);
            } else {
                out.append(ch);
                c.pos++;
            }
        }
    }

    private void dollar(StringBuilder out) throws Failure {
        int at = c.pos;
        char next = c.peek(1);
        if (next == '{') {
            braced(out, at);
        } else if (next == '(') {
            throw c.fail(at, (c.peek(2) == '(' ? "arithmetic expansion $((...))" : "command substitution $(...)")
                + " is not supported" + NOT_RUN);
        } else if (BashCursor.nameStart(next)) {
            c.pos++;
            String name = c.readName();
            out.append(lookup(name, "0", at, "$" + name));
        } else if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
            throw c.fail(at, "the special parameter $" + next + " is not supported" + NOT_RUN);
        } else if (next == '\'' || next == '"') {
            throw c.fail(at, "$" + next + "..." + next + " quoting is not supported; use plain quotes");
        } else {
            out.append('$');
            c.pos++;
        }
    }

    private void braced(StringBuilder out, int at) throws Failure {
        int close = c.text.indexOf('}', at);
        int newline = c.text.indexOf('\n', at);
        if (close < 0 || (newline >= 0 && newline < close)) throw c.fail(at, "'${' without its closing '}'");
        String inside = c.text.substring(at + 2, close);
        String name = leadingName(inside);
        String rest = inside.substring(name.length());
        String key;
        if (!name.isEmpty() && rest.isEmpty()) {
            key = "0";
        } else if (!name.isEmpty() && rest.startsWith("[") && rest.endsWith("]")) {
            key = BashFragmentParser.arrayKey(c, vars, name, rest.substring(1, rest.length() - 1), at);
        } else {
            throw c.fail(at, "the parameter expansion ${" + inside + "} is not supported; only ${NAME} and ${NAME[index]}"
                + " of variables set earlier in the file are");
        }
        c.pos = close + 1;
        out.append(lookup(name, key, at, "${" + inside + "}"));
    }

    private static String leadingName(String s) {
        if (s.isEmpty() || !BashCursor.nameStart(s.charAt(0))) return "";
        int i = 1;
        while (i < s.length() && BashCursor.namePart(s.charAt(i))) i++;
        return s.substring(0, i);
    }

    private String lookup(String name, String key, int at, String written) throws Failure {
        if (!vars.isSet(name)) {
            throw c.fail(at, written + " uses " + name + ", which is not set earlier in this file (the config is read,"
                + " not run, so the environment and ImageBuilder's defaults are not visible)");
        }
        return vars.element(name, key).map(BashValue::value).orElseThrow(() -> c.fail(at, written + " is not set earlier in this file"));
    }
}

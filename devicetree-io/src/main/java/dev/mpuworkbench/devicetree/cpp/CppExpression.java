package dev.mpuworkbench.devicetree.cpp;

import java.util.List;

/**
 * Evaluates a {@code #if} expression (after {@code defined} and macro expansion) with C's rules: 64-bit
 * integers, unsigned when either operand is, identifiers that are left count as 0, and operands skipped by
 * {@code &&}, {@code ||} and {@code ?:} are not evaluated (so they cannot divide by zero).
 */
final class CppExpression {
    /** A value and whether it has an unsigned type. */
    private record Value(long v, boolean unsigned) {
        boolean isTrue() {
            return v != 0;
        }
    }

    private final List<CppToken> tokens;
    private final CppToken directive;
    private int pos;

    private CppExpression(List<CppToken> tokens, CppToken directive) {
        this.tokens = tokens;
        this.directive = directive;
    }

    static boolean evaluate(List<CppToken> tokens, CppToken directive) {
        if (tokens.isEmpty()) {
            throw CppException.at(directive, "#" + directive.text + " with no expression");
        }
        CppExpression e = new CppExpression(tokens, directive);
        Value v = e.conditional(true);
        if (e.pos < tokens.size()) {
            throw CppException.at(tokens.get(e.pos), "missing binary operator before token \""
                + tokens.get(e.pos).text + "\"");
        }
        return v.isTrue();
    }

    private CppToken peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean at(String s) {
        CppToken t = peek();
        return t != null && t.is(s);
    }

    private CppException error(String message) {
        CppToken t = peek();
        return CppException.at(t != null ? t : directive, message);
    }

    private Value conditional(boolean live) {
        Value c = logicalOr(live);
        if (!at("?")) {
            return c;
        }
        pos++;
        Value a = conditional(live && c.isTrue());
        if (!at(":")) {
            throw error("expected ':' in #" + directive.text + " expression");
        }
        pos++;
        Value b = conditional(live && !c.isTrue());
        boolean unsigned = a.unsigned() || b.unsigned();
        return new Value(c.isTrue() ? a.v() : b.v(), unsigned);
    }

    private Value logicalOr(boolean live) {
        Value v = logicalAnd(live);
        while (at("||")) {
            pos++;
            Value r = logicalAnd(live && !v.isTrue());
            v = new Value(v.isTrue() || r.isTrue() ? 1 : 0, false);
        }
        return v;
    }

    private Value logicalAnd(boolean live) {
        Value v = binary(0, live);
        while (at("&&")) {
            pos++;
            Value r = binary(0, live && v.isTrue());
            v = new Value(v.isTrue() && r.isTrue() ? 1 : 0, false);
        }
        return v;
    }

    private static final String[][] LEVELS = {
        {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
    };

    private Value binary(int level, boolean live) {
        if (level == LEVELS.length) {
            return unary(live);
        }
        Value v = binary(level + 1, live);
        while (true) {
            String op = null;
            for (String o : LEVELS[level]) {
                if (at(o)) {
                    op = o;
                }
            }
            if (op == null) {
                return v;
            }
            CppToken opToken = peek();
            pos++;
            Value r = binary(level + 1, live);
            v = apply(op, v, r, live, opToken);
        }
    }

    private Value apply(String op, Value a, Value b, boolean live, CppToken at) {
        boolean u = a.unsigned() || b.unsigned();
        long x = a.v();
        long y = b.v();
        switch (op) {
            case "|": return new Value(x | y, u);
            case "^": return new Value(x ^ y, u);
            case "&": return new Value(x & y, u);
            case "==": return new Value(x == y ? 1 : 0, false);
            case "!=": return new Value(x != y ? 1 : 0, false);
            case "<": return new Value(compare(x, y, u) < 0 ? 1 : 0, false);
            case ">": return new Value(compare(x, y, u) > 0 ? 1 : 0, false);
            case "<=": return new Value(compare(x, y, u) <= 0 ? 1 : 0, false);
            case ">=": return new Value(compare(x, y, u) >= 0 ? 1 : 0, false);
            case "<<": return new Value(y < 0 || y >= 64 ? 0 : x << y, a.unsigned());
            case ">>": return new Value(y < 0 || y >= 64 ? (a.unsigned() || x >= 0 ? 0 : -1)
                : (a.unsigned() ? x >>> y : x >> y), a.unsigned());
            case "+": return new Value(x + y, u);
            case "-": return new Value(x - y, u);
            case "*": return new Value(x * y, u);
            default: {
                if (y == 0) {
                    if (live) {
                        throw CppException.at(at, "division by zero in #" + directive.text);
                    }
                    return new Value(0, u);
                }
                if (op.equals("/")) {
                    return new Value(u ? Long.divideUnsigned(x, y) : x / y, u);
                }
                return new Value(u ? Long.remainderUnsigned(x, y) : x % y, u);
            }
        }
    }

    private static int compare(long x, long y, boolean unsigned) {
        return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
    }

    private Value unary(boolean live) {
        CppToken t = peek();
        if (t == null) {
            throw CppException.at(directive, "#" + directive.text + " with no expression");
        }
        if (t.is("-") || t.is("+") || t.is("~") || t.is("!")) {
            pos++;
            Value v = unary(live);
            return switch (t.text) {
                case "-" -> new Value(-v.v(), v.unsigned());
                case "~" -> new Value(~v.v(), v.unsigned());
                case "!" -> new Value(v.isTrue() ? 0 : 1, false);
                default -> v;
            };
        }
        if (t.is("(")) {
            pos++;
            Value v = conditional(live);
            if (!at(")")) {
                throw error("missing ')' in expression");
            }
            pos++;
            return v;
        }
        pos++;
        return switch (t.kind) {
            case NUMBER -> number(t);
            case CHAR -> new Value(character(t), false);
            case IDENTIFIER -> new Value(0, false);
            default -> throw CppException.at(t, "token \"" + t.text + "\" is not valid in preprocessor expressions");
        };
    }

    private static Value number(CppToken t) {
        String s = t.text;
        int end = s.length();
        boolean unsigned = false;
        while (end > 0 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) {
            if (Character.toLowerCase(s.charAt(end - 1)) == 'u') {
                unsigned = true;
            }
            end--;
        }
        String digits = s.substring(0, end);
        int base = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            base = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
            base = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            base = 8;
        }
        if (digits.isEmpty()) {
            throw CppException.at(t, "invalid integer constant \"" + s + "\" in #if");
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), base);
            if (d < 0) {
                throw CppException.at(t, (digits.indexOf('.') >= 0 ? "floating constant" : "invalid integer constant \""
                    + s + "\"") + " in preprocessor expression");
            }
            v = v * base + d;
        }
        if (v < 0) {
            unsigned = true;
        }
        return new Value(v, unsigned);
    }

    private static long character(CppToken t) {
        String body = t.text.substring(1, t.text.length() - 1);
        if (body.isEmpty()) {
            throw CppException.at(t, "empty character constant");
        }
        char c = body.charAt(0);
        if (c != '\\') {
            return (byte) c;
        }
        char e = body.length() > 1 ? body.charAt(1) : '\\';
        return switch (e) {
            case 'n' -> 10;
            case 't' -> 9;
            case 'r' -> 13;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'v' -> 11;
            case 'x' -> (byte) Integer.parseInt(body.substring(2), 16);
            default -> Character.isDigit(e) ? (byte) Integer.parseInt(body.substring(1), 8) : e;
        };
    }
}

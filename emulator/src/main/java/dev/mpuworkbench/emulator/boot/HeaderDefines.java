package dev.mpuworkbench.emulator.boot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric {@code #define}s of a generated C header ({@code BoardHeader}): {@code #define NAME 0x1000ULL},
 * {@code #define NAME 32}, with an optional trailing comment. Defines whose body is not one integer literal
 * ({@code #define XEN_START_ADDRESS MPUWB_XEN_START_ADDRESS}, include guards) are kept out; a literal that does not
 * fit 64 bits or a {@code #define} without a name is an error with its {@code file:line:col}.
 */
public final class HeaderDefines {
    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\b");
    private static final Pattern NAME_AND_BODY = Pattern.compile("\\s+([A-Za-z_][A-Za-z0-9_]*)(.*)$");
    private static final Pattern LITERAL = Pattern.compile("\\s*(0[xX][0-9A-Fa-f]+|[0-9]+)([uUlL]*)\\s*");

    private final Map<String, Long> values;

    private HeaderDefines(Map<String, Long> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static HeaderDefines parse(String text, String fileName) throws BootInputException {
        Map<String, Long> out = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String code = stripComments(line, inComment);
            inComment = endsInsideComment(line, inComment);
            Matcher define = DEFINE.matcher(code);
            if (!define.find()) continue;
            String rest = code.substring(define.end());
            Matcher nb = NAME_AND_BODY.matcher(rest);
            if (!nb.matches()) {
                throw new BootInputException(String.format("%s:%d:%d: #define without a macro name", fileName, i + 1,
                    define.end() + 1));
            }
            String body = nb.group(2);
            Matcher literal = LITERAL.matcher(body);
            if (!literal.matches()) continue;
            String digits = literal.group(1);
            try {
                long value = digits.startsWith("0x") || digits.startsWith("0X")
                    ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseUnsignedLong(digits);
                out.put(nb.group(1), value);
            } catch (NumberFormatException e) {
                int col = define.end() + nb.start(2) + literal.start(1) + 1;
                throw new BootInputException(String.format("%s:%d:%d: %s does not fit in 64 bits", fileName, i + 1,
                    col, digits));
            }
        }
        return new HeaderDefines(out);
    }

    /** The value of a numeric define. */
    public OptionalLong get(String name) {
        Long v = values.get(name);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The value of a define the boot cannot do without. */
    public long require(String name, String fileName) throws BootInputException {
        Long v = values.get(name);
        if (v == null) throw new BootInputException(fileName + ": no numeric #define " + name);
        return v;
    }

    public Map<String, Long> all() {
        return values;
    }

    /** The line with block comments removed (a comment may start on an earlier line). */
    private static String stripComments(String line, boolean inComment) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        boolean comment = inComment;
        while (i < line.length()) {
            if (comment) {
                int end = line.indexOf("*/", i);
                if (end < 0) break;
                i = end + 2;
                comment = false;
                out.append(' ');
            } else if (line.startsWith("/*", i)) {
                comment = true;
                i += 2;
            } else if (line.startsWith("//", i)) {
                break;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean endsInsideComment(String line, boolean inComment) {
        boolean comment = inComment;
        int i = 0;
        while (i < line.length()) {
            if (comment) {
                int end = line.indexOf("*/", i);
                if (end < 0) return true;
                i = end + 2;
                comment = false;
            } else if (line.startsWith("/*", i)) {
                comment = true;
                i += 2;
            } else if (line.startsWith("//", i)) {
                return false;
            } else {
                i++;
            }
        }
        return comment;
    }
}

package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.core.model.Hex;

/** Builds a C header: include guard, comments and {@code #define}s with 64-bit-safe literals. */
final class CHeaderWriter {
    private final StringBuilder out = new StringBuilder();
    private final String guard;

    CHeaderWriter(String guard, String... headerComment) {
        this.guard = guard;
        out.append("/*\n");
        for (String line : headerComment) out.append(" * ").append(safe(line)).append('\n');
        out.append(" */\n");
        out.append("#ifndef ").append(guard).append('\n');
        out.append("#define ").append(guard).append('\n');
    }

    CHeaderWriter section(String comment) {
        out.append('\n');
        return comment(comment);
    }

    CHeaderWriter comment(String comment) {
        out.append("/* ").append(safe(comment)).append(" */\n");
        return this;
    }

    /** {@code #define NAME 0x...ULL}: addresses and sizes stay unsigned 64-bit in any C expression. */
    CHeaderWriter address(String name, long value) {
        return define(name, literal(value));
    }

    CHeaderWriter address(String name, long value, String trailingComment) {
        return define(name, literal(value) + " /* " + safe(trailingComment) + " */");
    }

    CHeaderWriter count(String name, long value) {
        return define(name, Long.toString(value));
    }

    CHeaderWriter define(String name, String body) {
        out.append("#define ").append(name).append(' ').append(body).append('\n');
        return this;
    }

    CHeaderWriter raw(String text) {
        out.append(text);
        return this;
    }

    String finish() {
        out.append("\n#endif /* ").append(guard).append(" */\n");
        return out.toString();
    }

    static String literal(long value) {
        return Hex.of(value) + "ULL";
    }

    /** Text that cannot end a comment or break a line. */
    static String safe(String text) {
        return DesignLookups.oneLine(text).replace("*/", "* /").replace("/*", "/ *");
    }
}

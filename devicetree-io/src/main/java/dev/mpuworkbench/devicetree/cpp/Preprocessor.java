package dev.mpuworkbench.devicetree.cpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part of the C preprocessor that device tree sources use, behaving like
 * {@code cpp -nostdinc -undef -x assembler-with-cpp}: {@code #include "…"} and {@code <…>} searched in the
 * including file's directory then the {@code -I} directories, object- and function-like {@code #define}
 * ({@code #}, {@code ##}, variadic), {@code #undef}, {@code #if/#ifdef/#ifndef/#elif/#else/#endif} with
 * {@code defined}, {@code #error}, {@code #warning}, {@code #pragma once}. A line starting with {@code #} and an
 * unknown word ({@code #address-cells}) is ordinary text, as in assembler mode. The output carries GNU-style
 * line markers, so dtc reports positions in the original files.
 */
public final class Preprocessor {
    static final int MAX_INCLUDE_DEPTH = 200;

    /**
     * {@code includeDirectories} are -I directories (kept as written, since they appear in line markers);
     * {@code defines} are -D arguments ("NAME" or "NAME=VALUE"); relative names resolve against
     * {@code baseDirectory}.
     */
    public record Options(Path baseDirectory, List<String> includeDirectories, List<String> defines) {
        public Options {
            includeDirectories = List.copyOf(includeDirectories);
            defines = List.copyOf(defines);
        }
    }

    private static final class Conditional {
        final CppToken start;
        final boolean parentActive;
        boolean active;
        boolean taken;
        boolean sawElse;

        Conditional(CppToken start, boolean parentActive, boolean condition) {
            this.start = start;
            this.parentActive = parentActive;
            this.active = parentActive && condition;
            this.taken = condition;
        }
    }

    static final class FileState {
        final String name;
        final String directory;
        final List<CppToken> tokens;
        final int foundInDirectory;
        final Deque<Conditional> conditionals = new ArrayDeque<>();
        int index;
        int resumeLine;

        FileState(String name, List<CppToken> tokens, int foundInDirectory) {
            this.name = name;
            int slash = name.lastIndexOf('/');
            this.directory = slash < 0 ? null : name.substring(0, slash);
            this.tokens = tokens;
            this.foundInDirectory = foundInDirectory;
        }

        boolean active() {
            return conditionals.isEmpty() || conditionals.peek().active;
        }
    }

    private final Options options;
    private final Map<String, Macro> macros = new HashMap<>();
    private final MacroExpander expander = new MacroExpander(macros);
    private final Deque<FileState> stack = new ArrayDeque<>();
    private final CppWriter writer = new CppWriter();
    private final Set<Path> onceOnly = new HashSet<>();
    private final Map<Path, String> guards = new HashMap<>();
    private final Consumer<String> warnings;

    private Preprocessor(Options options, Consumer<String> warnings) {
        this.options = options;
        this.warnings = warnings;
    }

    /** Preprocesses a file; throws {@link CppException} on errors. */
    public static String preprocess(String file, Options options) {
        return preprocess(file, options, w -> { });
    }

    /** Preprocesses a file, passing {@code #warning} and redefinition warnings to {@code warnings}. */
    public static String preprocess(String file, Options options, Consumer<String> warnings) {
        Path p = options.baseDirectory().resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new CppException("cpp: error: " + file + ": No such file or directory");
        }
        return preprocess(file, read(p), options, warnings);
    }

    /** Preprocesses text given in memory; {@code file} names it in line markers and locates quoted includes. */
    public static String preprocess(String file, String text, Options options, Consumer<String> warnings) {
        Preprocessor pp = new Preprocessor(options, warnings);
        for (String d : options.defines()) {
            int eq = d.indexOf('=');
            String line = eq < 0 ? d + " 1" : d.substring(0, eq) + " " + d.substring(eq + 1);
            List<CppToken> tokens = CppLexer.tokenize(line, "<command-line>");
            pp.define(tokens.subList(0, tokens.size() - 2), tokens.get(0));
        }
        pp.stack.push(new FileState(file, CppLexer.tokenize(text, file), -1));
        pp.writer.startMain(file);
        pp.run();
        return pp.writer.finish();
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CppException("cpp: error: " + p + ": " + e.getMessage());
        }
    }

    private void run() {
        while (!stack.isEmpty()) {
            FileState f = stack.peek();
            CppToken t = f.tokens.get(f.index);
            if (t.kind == CppToken.Kind.EOF) {
                if (!f.conditionals.isEmpty()) {
                    CppToken start = f.conditionals.peek().start;
                    throw new CppException(start.file + ":" + start.line + ": error: unterminated #" + start.text);
                }
                stack.pop();
                if (!stack.isEmpty()) {
                    FileState parent = stack.peek();
                    writer.returnToFile(parent.name, parent.resumeLine);
                }
                continue;
            }
            if (t.kind == CppToken.Kind.NEWLINE) {
                f.index++;
                continue;
            }
            boolean lineStart = f.index == 0 || f.tokens.get(f.index - 1).kind == CppToken.Kind.NEWLINE;
            if (lineStart && t.is("#") && directive(f)) {
                continue;
            }
            if (!f.active()) {
                skipLine(f);
                continue;
            }
            textLine(f);
        }
    }

    private static void skipLine(FileState f) {
        while (f.tokens.get(f.index).kind != CppToken.Kind.NEWLINE && f.tokens.get(f.index).kind != CppToken.Kind.EOF) {
            f.index++;
        }
    }

    /** Takes the tokens of a directive line (after the '#'), leaving the index after its newline. */
    private static List<CppToken> lineTokens(FileState f) {
        List<CppToken> out = new ArrayList<>();
        while (true) {
            CppToken t = f.tokens.get(f.index);
            if (t.kind == CppToken.Kind.EOF) {
                return out;
            }
            f.index++;
            if (t.kind == CppToken.Kind.NEWLINE) {
                f.resumeLine = t.line + 1;
                return out;
            }
            out.add(t);
        }
    }

    private static final Set<String> CONDITIONALS = Set.of("if", "ifdef", "ifndef", "elif", "else", "endif");
    private static final Set<String> OTHERS = Set.of("define", "undef", "include", "include_next", "line", "error",
        "warning", "pragma", "ident", "sccs", "import", "assert", "unassert");

    /** Handles a line starting with '#'; false when it is ordinary text (an unknown word after '#'). */
    private boolean directive(FileState f) {
        CppToken hash = f.tokens.get(f.index);
        CppToken name = f.tokens.get(f.index + 1);
        boolean known = name.kind == CppToken.Kind.NEWLINE || name.kind == CppToken.Kind.EOF
            || name.kind == CppToken.Kind.NUMBER
            || (name.kind == CppToken.Kind.IDENTIFIER && (CONDITIONALS.contains(name.text) || OTHERS.contains(name.text)));
        if (!known) {
            return false;
        }
        f.index++;
        List<CppToken> line = lineTokens(f);
        if (line.isEmpty() || name.kind == CppToken.Kind.NUMBER) {
            return true;
        }
        List<CppToken> args = line.subList(1, line.size());
        if (CONDITIONALS.contains(name.text)) {
            conditional(f, name, args);
            return true;
        }
        if (!f.active()) {
            return true;
        }
        switch (name.text) {
            case "define" -> define(args, name);
            case "undef" -> {
                if (args.isEmpty() || args.get(0).kind != CppToken.Kind.IDENTIFIER) {
                    throw CppException.at(name, "macro names must be identifiers");
                }
                macros.remove(args.get(0).text);
            }
            case "include", "import" -> include(f, name, args, false);
            case "include_next" -> include(f, name, args, true);
            case "error" -> throw CppException.at(name, "#error " + text(args));
            case "warning" -> warnings.accept(name.file + ":" + name.line + ":" + name.column + ": warning: #warning "
                + text(args) + " [-Wcpp]");
            case "pragma" -> {
                if (!args.isEmpty() && args.get(0).is("once")) {
                    onceOnly.add(options.baseDirectory().resolve(f.name).normalize());
                }
            }
            default -> {
                // #line, #ident, #sccs, #assert, #unassert: nothing a device tree needs.
            }
        }
        return true;
    }

    private static String text(List<CppToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (CppToken t : tokens) {
            if (sb.length() > 0 && t.spaceBefore) {
                sb.append(' ');
            }
            sb.append(t.text);
        }
        return sb.toString();
    }

    private void conditional(FileState f, CppToken name, List<CppToken> args) {
        switch (name.text) {
            case "ifdef", "ifndef" -> {
                boolean parent = f.active();
                boolean condition = false;
                if (parent) {
                    if (args.isEmpty() || args.get(0).kind != CppToken.Kind.IDENTIFIER) {
                        throw CppException.at(name, "no macro name given in #" + name.text + " directive");
                    }
                    condition = macros.containsKey(args.get(0).text) == name.text.equals("ifdef");
                }
                f.conditionals.push(new Conditional(name, parent, condition));
            }
            case "if" -> {
                boolean parent = f.active();
                f.conditionals.push(new Conditional(name, parent, parent && evaluate(args, name)));
            }
            case "elif" -> {
                Conditional c = requireOpen(f, name);
                if (c.sawElse) {
                    throw CppException.at(name, "#elif after #else");
                }
                if (c.taken || !c.parentActive) {
                    c.active = false;
                } else {
                    boolean condition = evaluate(args, name);
                    c.active = condition;
                    c.taken = condition;
                }
            }
            case "else" -> {
                Conditional c = requireOpen(f, name);
                if (c.sawElse) {
                    throw CppException.at(name, "#else after #else");
                }
                c.sawElse = true;
                c.active = c.parentActive && !c.taken;
                c.taken = true;
            }
            default -> {
                requireOpen(f, name);
                f.conditionals.pop();
            }
        }
    }

    private static Conditional requireOpen(FileState f, CppToken name) {
        if (f.conditionals.isEmpty()) {
            throw CppException.at(name, "#" + name.text + " without #if");
        }
        return f.conditionals.peek();
    }

    private boolean evaluate(List<CppToken> args, CppToken directive) {
        List<CppToken> resolved = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            CppToken t = args.get(i);
            if (t.kind == CppToken.Kind.IDENTIFIER && t.text.equals("defined")) {
                boolean paren = i + 1 < args.size() && args.get(i + 1).is("(");
                int at = paren ? i + 2 : i + 1;
                if (at >= args.size() || args.get(at).kind != CppToken.Kind.IDENTIFIER) {
                    throw CppException.at(t, "operator \"defined\" requires an identifier");
                }
                if (paren && (at + 1 >= args.size() || !args.get(at + 1).is(")"))) {
                    throw CppException.at(t, "missing ')' after \"defined\"");
                }
                resolved.add(t.withText(CppToken.Kind.NUMBER, macros.containsKey(args.get(at).text) ? "1" : "0"));
                i = paren ? at + 1 : at;
            } else {
                resolved.add(t);
            }
        }
        return CppExpression.evaluate(expander.expandAll(resolved), directive);
    }

    private void define(List<CppToken> args, CppToken at) {
        Macro m = Macro.parse(args, at);
        Macro old = macros.put(m.name(), m);
        if (old != null && !old.sameAs(m)) {
            warnings.accept(at.file + ":" + at.line + ": warning: \"" + m.name() + "\" redefined");
        }
    }

    private void include(FileState f, CppToken directive, List<CppToken> args, boolean next) {
        if (args.isEmpty()) {
            throw CppException.at(directive, "#include expects \"FILENAME\" or <FILENAME>");
        }
        String name;
        boolean quoted;
        CppToken first = args.get(0);
        if (first.kind == CppToken.Kind.STRING) {
            name = first.text.substring(1, first.text.length() - 1);
            quoted = true;
        } else if (first.is("<")) {
            int close = -1;
            for (int i = 1; i < args.size(); i++) {
                if (args.get(i).is(">")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                throw CppException.at(first, "missing terminating > character");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i < close; i++) {
                if (i > 1 && args.get(i).spaceBefore) {
                    sb.append(' ');
                }
                sb.append(args.get(i).text);
            }
            name = sb.toString();
            quoted = false;
        } else {
            List<CppToken> expanded = expander.expandAll(args);
            if (expanded.isEmpty() || (expanded.get(0).kind != CppToken.Kind.STRING && !expanded.get(0).is("<"))) {
                throw CppException.at(directive, "#include expects \"FILENAME\" or <FILENAME>");
            }
            include(f, directive, expanded, next);
            return;
        }
        if (stack.size() >= MAX_INCLUDE_DEPTH) {
            throw CppException.at(directive, "#include nested depth " + stack.size() + " exceeds maximum of "
                + MAX_INCLUDE_DEPTH);
        }
        int[] foundIn = new int[1];
        String path = resolve(name, quoted, f, next, foundIn);
        if (path == null) {
            throw new CppException(first.file + ":" + first.line + ":" + first.column + ": fatal error: "
                + name + ": No such file or directory");
        }
        Path file = options.baseDirectory().resolve(path).normalize();
        if (onceOnly.contains(file) || (guards.containsKey(file) && macros.containsKey(guards.get(file)))) {
            return;
        }
        List<CppToken> tokens = CppLexer.tokenize(read(file), path);
        String guard = IncludeGuard.detect(tokens);
        if (guard != null) {
            guards.put(file, guard);
        }
        stack.push(new FileState(path, tokens, foundIn[0]));
        writer.enterInclude(path, f.resumeLine - 1);
    }

    private String resolve(String name, boolean quoted, FileState from, boolean next, int[] foundIn) {
        if (name.startsWith("/")) {
            foundIn[0] = -1;
            return Files.isRegularFile(Path.of(name)) ? name : null;
        }
        if (quoted && !next) {
            String candidate = from.directory == null ? name : from.directory + "/" + name;
            if (Files.isRegularFile(options.baseDirectory().resolve(candidate))) {
                foundIn[0] = -1;
                return candidate;
            }
        }
        List<String> dirs = options.includeDirectories();
        int startAt = next ? from.foundInDirectory + 1 : 0;
        for (int i = startAt; i < dirs.size(); i++) {
            String dir = dirs.get(i);
            String candidate = dir.endsWith("/") ? dir + name : dir + "/" + name;
            if (Files.isRegularFile(options.baseDirectory().resolve(candidate))) {
                foundIn[0] = i;
                return candidate;
            }
        }
        return null;
    }

    /** Expands and writes one line of text (and the following lines a macro call's arguments run into). */
    private void textLine(FileState f) {
        FileTokenReader reader = new FileTokenReader(f);
        boolean first = true;
        while (true) {
            CppToken t = expander.next(reader);
            if (t.kind == CppToken.Kind.EOF || t.kind == CppToken.Kind.NEWLINE) {
                return;
            }
            // Like GNU cpp, lines that a macro call's arguments ran into continue the output line they started on.
            writer.token(t, !first);
            first = false;
        }
    }
}

package dev.mpuworkbench.devicetree.cpp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Macro expansion as the C standard describes it (Prosser's algorithm): every token carries the set of macro
 * names that may not expand it again; arguments are fully expanded before substitution except next to
 * {@code #} and {@code ##}; the result is rescanned together with the rest of the input.
 */
final class MacroExpander {
    private final Map<String, Macro> macros;

    MacroExpander(Map<String, Macro> macros) {
        this.macros = macros;
    }

    /** The next fully expanded token from the reader. */
    CppToken next(TokenReader reader) {
        while (true) {
            CppToken t = reader.next();
            if (t.kind != CppToken.Kind.IDENTIFIER || t.hideSet.contains(t.text)) {
                return t;
            }
            Macro m = macros.get(t.text);
            if (m == null) {
                return builtin(t);
            }
            if (!m.functionLike()) {
                reader.pushFront(substitute(m, List.of(), t, with(t.hideSet, m.name())));
                continue;
            }
            Object mark = reader.mark();
            CppToken open = reader.next();
            while (open.kind == CppToken.Kind.NEWLINE && reader.mayCrossLine()) {
                open = reader.next();
            }
            if (!open.is("(")) {
                reader.restore(mark);
                return t;
            }
            List<CppToken> closeHolder = new ArrayList<>(1);
            List<List<CppToken>> args = collectArguments(reader, m, t, closeHolder);
            Set<String> hide = new HashSet<>(t.hideSet);
            hide.retainAll(closeHolder.get(0).hideSet);
            hide.add(m.name());
            reader.pushFront(substitute(m, args, t, Set.copyOf(hide)));
        }
    }

    private static CppToken builtin(CppToken t) {
        if (t.text.equals("__LINE__")) {
            return t.withText(CppToken.Kind.NUMBER, Integer.toString(t.line));
        }
        if (t.text.equals("__FILE__")) {
            return t.withText(CppToken.Kind.STRING, "\"" + t.file.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        return t;
    }

    private static Set<String> with(Set<String> set, String name) {
        if (set.contains(name)) {
            return set;
        }
        Set<String> s = new HashSet<>(set);
        s.add(name);
        return Set.copyOf(s);
    }

    /** Expands a token list completely, without reading past its end. */
    List<CppToken> expandAll(List<CppToken> tokens) {
        ListReader reader = new ListReader(tokens);
        List<CppToken> out = new ArrayList<>();
        while (true) {
            CppToken t = next(reader);
            if (t.kind == CppToken.Kind.EOF) {
                return out;
            }
            out.add(t);
        }
    }

    private List<List<CppToken>> collectArguments(TokenReader reader, Macro m, CppToken name,
                                                  List<CppToken> closeHolder) {
        List<List<CppToken>> args = new ArrayList<>();
        List<CppToken> current = new ArrayList<>();
        int depth = 0;
        boolean space = false;
        int named = m.parameters().size();
        while (true) {
            CppToken u = reader.next();
            if (u.kind == CppToken.Kind.EOF) {
                throw CppException.at(name, "unterminated argument list invoking macro \"" + m.name() + "\"");
            }
            if (u.kind == CppToken.Kind.NEWLINE) {
                if (!reader.mayCrossLine()) {
                    throw CppException.at(name, "unterminated argument list invoking macro \"" + m.name() + "\"");
                }
                space = true;
                continue;
            }
            if (space && !u.spaceBefore) {
                u = u.copyAt(u, true, u.hideSet);
            }
            space = false;
            if (u.is("(")) {
                depth++;
            } else if (u.is(")")) {
                if (depth == 0) {
                    args.add(current);
                    closeHolder.add(u);
                    break;
                }
                depth--;
            } else if (u.is(",") && depth == 0 && !(m.variadic() && args.size() == named - 1)) {
                args.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(u);
        }
        if (named == 0 && args.size() == 1 && args.get(0).isEmpty()) {
            return List.of();
        }
        if (args.size() < named && m.variadic() && args.size() == named - 1) {
            args.add(new ArrayList<>());
        }
        CppToken close = closeHolder.get(0);
        if (args.size() < named) {
            throw CppException.at(close, "macro \"" + m.name() + "\" requires " + named + " arguments, but only "
                + args.size() + " given");
        }
        if (args.size() > named) {
            throw CppException.at(close, "macro \"" + m.name() + "\" passed " + args.size() + " arguments, but takes just "
                + named);
        }
        return args;
    }

    private List<CppToken> substitute(Macro m, List<List<CppToken>> args, CppToken name, Set<String> hide) {
        List<CppToken> body = m.body();
        List<CppToken> out = new ArrayList<>();
        List<List<CppToken>> expandedArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            expandedArgs.add(null);
        }
        for (int i = 0; i < body.size(); i++) {
            CppToken t = body.get(i);
            if (m.functionLike() && t.is("#") && i + 1 < body.size() && m.parameterIndex(body.get(i + 1)) >= 0) {
                out.add(stringify(args.get(m.parameterIndex(body.get(i + 1))), t));
                i++;
                continue;
            }
            if (t.is("##") && i + 1 < body.size()) {
                CppToken rhsToken = body.get(++i);
                int idx = m.parameterIndex(rhsToken);
                List<CppToken> rhs = idx >= 0 ? args.get(idx) : List.of(rhsToken);
                if (rhs.isEmpty()) {
                    if (idx >= 0 && m.variadic() && idx == m.parameters().size() - 1 && !out.isEmpty()
                        && out.get(out.size() - 1).is(",")) {
                        out.remove(out.size() - 1);
                    }
                    continue;
                }
                CppToken lhs = out.isEmpty() ? null : out.remove(out.size() - 1);
                if (lhs == null || lhs.kind == CppToken.Kind.PLACEMARKER) {
                    out.add(rhs.get(0));
                } else {
                    out.add(paste(lhs, rhs.get(0)));
                }
                out.addAll(rhs.subList(1, rhs.size()));
                continue;
            }
            int idx = m.parameterIndex(t);
            if (idx >= 0) {
                boolean pasteFollows = i + 1 < body.size() && body.get(i + 1).is("##");
                List<CppToken> arg;
                if (pasteFollows) {
                    arg = args.get(idx);
                } else {
                    if (expandedArgs.get(idx) == null) {
                        expandedArgs.set(idx, expandAll(args.get(idx)));
                    }
                    arg = expandedArgs.get(idx);
                }
                if (arg.isEmpty()) {
                    if (pasteFollows) {
                        out.add(new CppToken(CppToken.Kind.PLACEMARKER, "", t.file, t.line, t.column, 0, 0, false));
                    }
                    continue;
                }
                for (int k = 0; k < arg.size(); k++) {
                    CppToken a = arg.get(k);
                    CppToken copy = a.copyAt(a, k == 0 ? t.spaceBefore : a.spaceBefore, a.hideSet);
                    copy.paddingBefore = k == 0 || a.paddingBefore;
                    copy.paddingAfter = k == arg.size() - 1 || a.paddingAfter;
                    out.add(copy);
                }
                continue;
            }
            out.add(t);
        }
        List<CppToken> result = new ArrayList<>(out.size());
        for (CppToken t : out) {
            if (t.kind == CppToken.Kind.PLACEMARKER) {
                continue;
            }
            Set<String> h = t.hideSet.isEmpty() ? hide : union(t.hideSet, hide);
            CppToken copy = t.copyAt(name, result.isEmpty() ? name.spaceBefore : t.spaceBefore, h);
            copy.paddingBefore = result.isEmpty() || t.paddingBefore;
            copy.paddingAfter = t.paddingAfter;
            result.add(copy);
        }
        if (!result.isEmpty()) {
            result.get(result.size() - 1).paddingAfter = true;
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    private static CppToken paste(CppToken lhs, CppToken rhs) {
        String text = lhs.text + rhs.text;
        List<CppToken> lexed = CppLexer.tokenize(text, lhs.file);
        if (lexed.size() != 3 || lexed.get(0).text.length() != text.length()) {
            throw CppException.at(lhs, "pasting \"" + lhs.text + "\" and \"" + rhs.text
                + "\" does not give a valid preprocessing token");
        }
        CppToken t = lhs.withText(lexed.get(0).kind, text);
        t.hideSet = union(lhs.hideSet, rhs.hideSet);
        return t;
    }

    private static CppToken stringify(List<CppToken> arg, CppToken hash) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < arg.size(); i++) {
            CppToken t = arg.get(i);
            if (i > 0 && t.spaceBefore) {
                sb.append(' ');
            }
            if (t.kind == CppToken.Kind.STRING || t.kind == CppToken.Kind.CHAR) {
                sb.append(t.text.replace("\\", "\\\\").replace("\"", "\\\""));
            } else {
                sb.append(t.text);
            }
        }
        sb.append('"');
        CppToken s = hash.withText(CppToken.Kind.STRING, sb.toString());
        s.spaceBefore = hash.spaceBefore;
        return s;
    }

    /** Reads from a fixed list, then EOF. */
    static final class ListReader implements TokenReader {
        private final Deque<CppToken> pending = new ArrayDeque<>();
        private final List<CppToken> tokens;
        private int index;
        private final CppToken eof;

        ListReader(List<CppToken> tokens) {
            this.tokens = tokens;
            CppToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            this.eof = new CppToken(CppToken.Kind.EOF, "", last == null ? "" : last.file, last == null ? 0 : last.line,
                last == null ? 0 : last.column, 0, 0, false);
        }

        @Override
        public CppToken next() {
            if (!pending.isEmpty()) {
                return pending.pop();
            }
            return index < tokens.size() ? tokens.get(index++) : eof;
        }

        @Override
        public Object mark() {
            return new Object[] {index, new ArrayList<>(pending)};
        }

        @Override
        @SuppressWarnings("unchecked")
        public void restore(Object mark) {
            Object[] m = (Object[]) mark;
            index = (Integer) m[0];
            pending.clear();
            pending.addAll((List<CppToken>) m[1]);
        }

        @Override
        public void pushFront(List<CppToken> list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                pending.push(list.get(i));
            }
        }

        @Override
        public boolean mayCrossLine() {
            return false;
        }
    }
}

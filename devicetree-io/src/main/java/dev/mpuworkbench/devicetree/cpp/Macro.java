package dev.mpuworkbench.devicetree.cpp;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code #define}: object-like when {@code parameters} is null; for a variadic macro the last parameter
 * collects the remaining arguments ({@code __VA_ARGS__} for "...").
 */
record Macro(String name, List<String> parameters, boolean variadic, List<CppToken> body) {

    boolean functionLike() {
        return parameters != null;
    }

    int parameterIndex(CppToken t) {
        if (parameters == null || t.kind != CppToken.Kind.IDENTIFIER) {
            return -1;
        }
        return parameters.indexOf(t.text);
    }

    /** Same definition as another (redefinition without a change is allowed silently). */
    boolean sameAs(Macro o) {
        if (!java.util.Objects.equals(parameters, o.parameters) || variadic != o.variadic
            || body.size() != o.body.size()) {
            return false;
        }
        for (int i = 0; i < body.size(); i++) {
            CppToken a = body.get(i);
            CppToken b = o.body.get(i);
            if (!a.text.equals(b.text) || (i > 0 && a.spaceBefore != b.spaceBefore)) {
                return false;
            }
        }
        return true;
    }

    /** Parses the tokens of a {@code #define} line after the word "define". */
    static Macro parse(List<CppToken> args, CppToken at) {
        if (args.isEmpty() || args.get(0).kind != CppToken.Kind.IDENTIFIER) {
            throw CppException.at(at, "macro names must be identifiers");
        }
        String name = args.get(0).text;
        if (name.equals("defined")) {
            throw CppException.at(args.get(0), "\"defined\" cannot be used as a macro name");
        }
        int i = 1;
        List<String> params = null;
        boolean variadic = false;
        if (i < args.size() && args.get(i).is("(") && !args.get(i).spaceBefore) {
            params = new ArrayList<>();
            i++;
            while (true) {
                if (i >= args.size()) {
                    throw CppException.at(args.get(0), "missing ')' in macro parameter list");
                }
                CppToken p = args.get(i);
                if (p.is(")") && params.isEmpty()) {
                    i++;
                    break;
                }
                if (p.is("...")) {
                    params.add("__VA_ARGS__");
                    variadic = true;
                    i++;
                } else if (p.kind == CppToken.Kind.IDENTIFIER) {
                    params.add(p.text);
                    i++;
                    if (i < args.size() && args.get(i).is("...")) {
                        variadic = true;
                        i++;
                    }
                } else {
                    throw CppException.at(p, "expected parameter name, found \"" + p.text + "\"");
                }
                if (i < args.size() && args.get(i).is(")")) {
                    i++;
                    break;
                }
                if (variadic || i >= args.size() || !args.get(i).is(",")) {
                    throw CppException.at(i < args.size() ? args.get(i) : p, "expected ',' or ')' in macro parameters");
                }
                i++;
            }
        }
        List<CppToken> body = new ArrayList<>(args.subList(i, args.size()));
        if (!body.isEmpty()) {
            if (body.get(0).is("##") || body.get(body.size() - 1).is("##")) {
                throw CppException.at(body.get(0), "'##' cannot appear at either end of a macro expansion");
            }
            CppToken first = body.get(0);
            CppToken unspaced = first.copyAt(first, false, first.hideSet);
            body.set(0, unspaced);
        }
        return new Macro(name, params, variadic, List.copyOf(body));
    }
}

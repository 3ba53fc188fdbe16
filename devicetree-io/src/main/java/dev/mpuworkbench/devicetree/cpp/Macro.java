package dev.mpuworkbench.devicetree.cpp;

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
}

package dev.mpuworkbench.devicetree.cpp;

import java.util.List;

/**
 * Finds the classic include guard ({@code #ifndef X} first, its {@code #endif} last) so that, like GNU cpp, a
 * guarded file is not even entered again once X is defined.
 */
final class IncludeGuard {
    private IncludeGuard() {
    }

    /** The guard macro of a file's tokens, or null when the file is not wrapped in one #ifndef. */
    static String detect(List<CppToken> tokens) {
        int i = skipNewlines(tokens, 0);
        if (!isDirective(tokens, i, "ifndef") || tokens.get(i + 2).kind != CppToken.Kind.IDENTIFIER) {
            return null;
        }
        String guard = tokens.get(i + 2).text;
        int depth = 0;
        for (int k = i; k < tokens.size(); k++) {
            boolean lineStart = k == 0 || tokens.get(k - 1).kind == CppToken.Kind.NEWLINE;
            if (!lineStart || !tokens.get(k).is("#") || tokens.get(k + 1).kind != CppToken.Kind.IDENTIFIER) {
                continue;
            }
            String d = tokens.get(k + 1).text;
            if (d.equals("if") || d.equals("ifdef") || d.equals("ifndef")) {
                depth++;
            } else if ((d.equals("else") || d.equals("elif")) && depth == 1) {
                return null;
            } else if (d.equals("endif")) {
                depth--;
                if (depth == 0) {
                    int end = k + 2;
                    while (tokens.get(end).kind != CppToken.Kind.NEWLINE && tokens.get(end).kind != CppToken.Kind.EOF) {
                        end++;
                    }
                    return tokens.get(skipNewlines(tokens, end)).kind == CppToken.Kind.EOF ? guard : null;
                }
            }
        }
        return null;
    }

    private static int skipNewlines(List<CppToken> tokens, int i) {
        while (tokens.get(i).kind == CppToken.Kind.NEWLINE) {
            i++;
        }
        return i;
    }

    private static boolean isDirective(List<CppToken> tokens, int i, String name) {
        return i + 2 < tokens.size() && tokens.get(i).is("#") && tokens.get(i + 1).is(name);
    }
}

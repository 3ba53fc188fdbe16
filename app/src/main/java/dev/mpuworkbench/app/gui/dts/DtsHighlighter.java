package dev.mpuworkbench.app.gui.dts;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A small regex lexer for device tree source: comments, strings, cell lists {@code <...>} (references inside
 * them marked as well), byte strings, labels {@code x:}, references {@code &x}, property names, node names and
 * {@code /directives/}. Each token gets a CSS style class named {@code dts-<kind>}.
 */
final class DtsHighlighter {
    private static final Pattern TOKEN = Pattern.compile(
        "(?<comment>/\\*[\\s\\S]*?\\*/|//[^\\n]*)"
            + "|(?<string>\"(?:[^\"\\\\\\n]|\\\\.)*\"?)"
            + "|(?<directive>/[a-z][a-z0-9-]*/)"
            + "|(?<cells><[^<>\\n]*>?)"
            + "|(?<bytes>\\[[0-9a-fA-F\\s]*\\]?)"
            + "|(?<reference>&\\{[^}\\n]*\\}?|&[A-Za-z_][A-Za-z0-9_]*)"
            + "|(?<label>[A-Za-z_][A-Za-z0-9_]*:)(?=\\s)"
            + "|(?<node>[A-Za-z0-9,._+@-]+|/)(?=\\s*\\{)"
            + "|(?<property>[A-Za-z0-9,._+#?-]+)(?=\\s*[=;])");
    private static final Pattern INNER_REFERENCE = Pattern.compile("&\\{[^}]*\\}|&[A-Za-z_][A-Za-z0-9_]*");
    private static final String[] KINDS = {"comment", "string", "directive", "cells", "bytes", "reference", "label",
        "node", "property"};

    private DtsHighlighter() {
    }

    /** The styles of {@code text}, one span per token and per gap between tokens. */
    static StyleSpans<Collection<String>> styles(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            String kind = kindOf(m);
            spans.add(List.of(), m.start() - last);
            if (kind.equals("cells")) addCells(spans, m.group());
            else spans.add(List.of("dts-" + kind), m.end() - m.start());
            last = m.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }

    private static void addCells(StyleSpansBuilder<Collection<String>> spans, String cells) {
        Matcher r = INNER_REFERENCE.matcher(cells);
        int last = 0;
        while (r.find()) {
            spans.add(List.of("dts-cells"), r.start() - last);
            spans.add(List.of("dts-cells", "dts-reference"), r.end() - r.start());
            last = r.end();
        }
        spans.add(List.of("dts-cells"), cells.length() - last);
    }

    private static String kindOf(Matcher m) {
        for (String k : KINDS) {
            if (m.group(k) != null) return k;
        }
        throw new IllegalStateException("a token of no kind");
    }

    /** Whether an edit to this text could change how text outside the edited lines lexes. */
    static boolean reachesOtherLines(String changed) {
        return changed.contains("/*") || changed.contains("*/");
    }
}

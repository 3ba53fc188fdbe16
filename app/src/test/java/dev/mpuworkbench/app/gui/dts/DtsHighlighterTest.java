package dev.mpuworkbench.app.gui.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** The lexer's token kinds, checked as "text=classes" pieces of the styled line. */
class DtsHighlighterTest {
    static List<String> pieces(String text) {
        StyleSpans<Collection<String>> spans = DtsHighlighter.styles(text);
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> s : spans) {
            String piece = text.substring(at, at + s.getLength());
            at += s.getLength();
            if (!s.getStyle().isEmpty()) out.add(piece + "=" + String.join("+", s.getStyle()));
        }
        assertEquals(text.length(), at, "the spans cover the text");
        return out;
    }

    @Test
    void marksEveryKindOfToken() {
        assertEquals(List.of("/dts-v1/=dts-directive"), pieces("/dts-v1/;"));
        assertEquals(List.of("uart0:=dts-label", "uart@9c090000=dts-node"), pieces("uart0: uart@9c090000 {"));
        assertEquals(List.of("reg=dts-property", "<0x00 0x9c090000>=dts-cells"), pieces("\treg = <0x00 0x9c090000>;"));
        assertEquals(List.of("compatible=dts-property", "\"arm,pl011\"=dts-string", "\"x\"=dts-string"),
            pieces("compatible = \"arm,pl011\", \"x\";"));
        assertEquals(List.of("interrupt-parent=dts-property", "<=dts-cells", "&gic=dts-cells+dts-reference",
            ">=dts-cells"), pieces("interrupt-parent = <&gic>;"));
        assertEquals(List.of("&uart0=dts-reference"), pieces("&uart0 {"));
        assertEquals(List.of("direct-map=dts-property"), pieces("direct-map;"));
        assertEquals(List.of("/* a\nb */=dts-comment", "// c=dts-comment"), pieces("/* a\nb */ // c"));
        assertEquals(List.of("/=dts-node"), pieces("/ {"));
        assertEquals(List.of("data=dts-property", "[00 ff]=dts-bytes"), pieces("data = [00 ff];"));
    }
}

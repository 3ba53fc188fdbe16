package dev.mpuworkbench.devicetree.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Marker;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexerEdgeCasesTest {

    private static Property prop(String value) {
        return Compile.ok("/dts-v1/; / { p = " + value + "; };").root().propertyOrNull("p");
    }

    @Test
    void integerLiteralsAreOctalWithALeadingZeroAndAcceptCSuffixes() {
        assertArrayEquals(new long[] {4096, 16, 10, 0xff, 7}, prop("<010000 0x10 10 0xffUL 7ULL>").cells());
    }

    @Test
    void aBadOctalLiteralIsALexicalErrorAtItsPosition() {
        Compile.Outcome o = Compile.dts("/dts-v1/;\n/ {\n\tp = <09>;\n};\n");
        assertEquals(1, o.exit());
        assertEquals("Lexical error: test.dts:3.7-9 Bad integer literal '09'\nFATAL ERROR: Syntax error parsing input tree\n",
            o.messages());
    }

    @Test
    void literalsOutsideSixtyFourBitsAreRefused() {
        Compile.Outcome o = Compile.dts("/dts-v1/; / { p = /bits/ 64 <18446744073709551616>; };");
        assertEquals(1, o.exit());
        assertTrue(o.messages().startsWith("Lexical error: test.dts:1.30-50 Integer literal '18446744073709551616' out of range"),
            o.messages());
    }

    @Test
    void characterLiteralsAndTheirErrors() {
        assertArrayEquals(new long[] {'a', '\r', 0, '\'', 0xff, '\\'}, prop("<'a' '\\r' '\\0' '\\'' '\\xff' '\\\\'>").cells());
        assertEquals("Lexical error: test.dts:1.20-22 Empty character literal\n"
            + "FATAL ERROR: Syntax error parsing input tree\n", Compile.dts("/dts-v1/; / { p = <''>; };").messages());
        assertEquals("Lexical error: test.dts:1.20-24 Character literal has 2 characters instead of 1\n"
            + "FATAL ERROR: Syntax error parsing input tree\n", Compile.dts("/dts-v1/; / { p = <'ab'>; };").messages());
    }

    @Test
    void stringEscapesFollowDtc() {
        assertArrayEquals("\u0007\b\t\n\u000b\f\r\\\"A\u0001z\0x\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            prop("\"\\a\\b\\t\\n\\v\\f\\r\\\\\\\"\\x41\\1\\z\\0x\"").value());
        assertArrayEquals(new byte[] {(byte) 0xff, '1', 0}, prop("\"\\3771\"").value(), "octal stops after 3 digits");
        assertArrayEquals(new byte[] {0x12, '3', 0}, prop("\"\\x123\"").value(), "hex stops after 2 digits");
        Compile.Outcome o = Compile.dts("/dts-v1/; / { p = \"\\xg\"; };");
        assertEquals("FATAL ERROR: \\x used with no following hex digits\n", o.messages());
    }

    @Test
    void stringsMayHoldNewlinesAndNuls() {
        assertArrayEquals(new byte[] {'a', '\n', 'b', 0}, prop("\"a\nb\"").value());
        assertArrayEquals(new byte[] {'a', 0, 'b', 0}, prop("\"a\0b\"").value());
    }

    @Test
    void bytestringsWithoutSpacesAndWithLabels() {
        Property p = prop("[0102 03 lbl: 0a0B]");
        assertArrayEquals(new byte[] {1, 2, 3, 10, 11}, p.value());
        assertEquals(List.of(new Marker(MarkerKind.TYPE_UINT8, 0, null), new Marker(MarkerKind.LABEL, 3, "lbl")), p.markers());
        assertEquals(1, Compile.dts("/dts-v1/; / { p = [012]; };").exit(), "an odd number of digits");
    }

    @Test
    void namesAreLexedOnlyWhereANameIsExpected() {
        DeviceTree t = Compile.ok("/dts-v1/; / { #address-cells = <1>; \\#gpio-cells = <2>; a?*#b; 1-wire { }; a,b+c.d_e@1 { }; };");
        assertEquals(List.of("#address-cells", "#gpio-cells", "a?*#b"),
            t.root().properties().stream().map(Property::name).toList());
        assertEquals(List.of("1-wire", "a,b+c.d_e@1"), t.root().children().stream().map(n -> n.name()).toList());
        assertEquals("test.dts:1.80-84: ERROR (node_name_chars): /a?b: Bad character '?' in node name\n"
            + "ERROR: Input tree has errors, aborting (use -f to force output)\n",
            Compile.dts("/dts-v1/; / { #address-cells = <1>; \\#gpio-cells = <2>; a?*#b; 1-wire { }; a?b { }; };")
                .messages());
    }

    @Test
    void aLabelWinsOverANameByLongestMatch() {
        DeviceTree t = Compile.ok("/dts-v1/; / { lbl:prop; foo: bar { }; };");
        assertEquals(List.of("foo"), t.node("/bar").orElseThrow().labels());
        assertEquals(List.of("lbl"), t.root().propertyOrNull("prop").labels());
    }

    @Test
    void commentsOfBothKindsAreSkipped() {
        DeviceTree t = Compile.ok("/dts-v1/; /* a */ / { // line\n p = /* x */ <1>; /**/ /***/ q; };");
        assertEquals(2, t.root().properties().size());
    }

    @Test
    void lineMarkersChangeTheReportedFileAndLine() {
        Compile.Outcome o = Compile.dts("/dts-v1/;\n# 40 \"board.dtsi\" 1\n/ {\n\tp = <09>;\n};\n");
        assertTrue(o.messages().startsWith("Lexical error: board.dtsi:41.7-9 Bad integer literal '09'"), o.messages());
        Compile.Outcome line = Compile.dts("/dts-v1/;\n#line 7 \"x.dts\"\n/ { p = <(1/0)>; };\n");
        assertTrue(line.messages().startsWith("Error: x.dts:7.11-14 Division by zero"), line.messages());
    }

    @Test
    void includeIsLexicalAndWorksInTheMiddleOfAStatement(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("value.dtsi"), "= <1 2>");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/name.dtsi"), "prop /include/ \"../value.dtsi\"");
        Files.writeString(dir.resolve("main.dts"), "/dts-v1/; / { /include/ \"sub/name.dtsi\"; };");
        Compile.Outcome o = Compile.dts("main.dts", Files.readString(dir.resolve("main.dts")), Compile.in(dir));
        assertEquals(0, o.exit(), o.messages());
        assertArrayEquals(new long[] {1, 2}, o.tree().root().cells("prop"));
    }

    @Test
    void missingIncludesAreFatal(@TempDir Path dir) {
        Compile.Outcome o = Compile.dts("main.dts", "/dts-v1/; /include/ \"nope.dtsi\"", Compile.in(dir));
        assertEquals(1, o.exit());
        assertEquals("FATAL ERROR: Couldn't open \"nope.dtsi\": No such file or directory\n", o.messages());
    }

    @Test
    void incbinReadsAWholeFileOrARange(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("data.bin"), new byte[] {10, 11, 12, 13, 14, 15});
        Compile.Outcome o = Compile.dts("main.dts", "/dts-v1/; / { a = /incbin/(\"data.bin\"); b = /incbin/(\"data.bin\", 2, 3);"
            + " c = /incbin/(\"data.bin\", 4, 100); };", Compile.in(dir));
        assertEquals(0, o.exit(), o.messages());
        assertArrayEquals(new byte[] {10, 11, 12, 13, 14, 15}, o.tree().root().propertyOrNull("a").value());
        assertArrayEquals(new byte[] {12, 13, 14}, o.tree().root().propertyOrNull("b").value());
        assertArrayEquals(new byte[] {14, 15}, o.tree().root().propertyOrNull("c").value());
    }

    @Test
    void withoutDtsV1NothingParses() {
        Compile.Outcome o = Compile.dts("/ { };");
        assertEquals("Error: test.dts:1.1-2 syntax error\nFATAL ERROR: Unable to parse input tree\n", o.messages());
    }

    @Test
    void anUndefinedMacroNameIsASyntaxError() {
        Compile.Outcome o = Compile.dts("/dts-v1/; / { p = <GIC_SPI>; };");
        assertEquals("Error: test.dts:1.20-21 syntax error\nFATAL ERROR: Unable to parse input tree\n", o.messages());
    }
}

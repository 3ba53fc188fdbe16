package dev.mpuworkbench.devicetree.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessorTest {
    @TempDir
    Path dir;

    private String run(String text, String... defines) {
        return Preprocessor.preprocess("t.dts", text, new Preprocessor.Options(dir, List.of("inc"), List.of(defines)),
            w -> { });
    }

    /** The output without line markers and blank lines. */
    private String body(String text, String... defines) {
        StringBuilder sb = new StringBuilder();
        for (String line : run(text, defines).split("\n")) {
            if (!line.matches("# \\d+ \".*") && !line.isBlank()) {
                sb.append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    private String error(String text) {
        return assertThrows(CppException.class, () -> run(text)).getMessage();
    }

    @Test
    void objectAndFunctionLikeMacrosExpandRecursively() {
        assertEquals("p = <(((1 << (4)) - 1) << 8) 4>;\n", body("""
            #define GIC_CPU_MASK_RAW(x) ((x) << 8)
            #define GIC_CPU_MASK_SIMPLE(num) GIC_CPU_MASK_RAW((1 << (num)) - 1)
            #define IRQ_TYPE_LEVEL_HIGH 4
            p = <GIC_CPU_MASK_SIMPLE(4) IRQ_TYPE_LEVEL_HIGH>;
            """));
    }

    @Test
    void stringifyPasteAndVariadicArguments() {
        assertEquals("a = \"x + 1\";\nb = <0xdead>;\nc = <1, 2, 3>;\nd = f(0);\n", body("""
            #define STR(x) #x
            #define CAT(a, b) a ## b
            #define ADDR(a) CAT(0x, a)
            #define LIST(first, ...) first, __VA_ARGS__
            #define OPT(x, args...) f(x, ## args)
            a = STR(x + 1);
            b = <ADDR(dead)>;
            c = <LIST(1, 2, 3)>;
            d = OPT(0);
            """));
    }

    @Test
    void aMacroIsNotExpandedInsideItselfAndAnUnusedFunctionNameStays() {
        assertEquals("x = FOO + 1;\ny = F;\nz = (2);\n", body("""
            #define FOO FOO + 1
            #define F(a) (a)
            x = FOO;
            y = F;
            z = F
            (2);
            """), "arguments may start on the next line; the rest of that line continues the output line");
    }

    @Test
    void conditionalsWithDefinedAndArithmetic() {
        assertEquals("yes1\nyes2\nyes3\nyes4\n", body("""
            #define A 2
            #if defined(A) && A * 2 == 4
            yes1
            #else
            no1
            #endif
            #ifdef B
            no2
            #elif (A << 1) > 3 || 1 / 0
            yes2
            #endif
            #ifndef B
            yes3
            #endif
            #if -1 < 0 && 0xffffffffffffffff > 0
            yes4
            #endif
            #if 0
            #error not evaluated
            #endif
            """));
    }

    @Test
    void commandLineDefinesAndUnknownHashLinesPassThrough() {
        assertEquals("#address-cells = <2>;\n#size-cells = <1>;\n",
            body("#address-cells = <CELLS>;\n#size-cells = <1>;\n", "CELLS=2", "__DTS__"));
    }

    @Test
    void commentsAndContinuationsDisappear() {
        assertEquals("a = <1 2>;\nb;\n", body("a = <1 /* one */ 2>; // tail\n#define X \\\n b\nX;\n"));
    }

    @Test
    void includesSearchTheCurrentDirectoryThenTheIncludePathAndMarkLines() throws IOException {
        Files.createDirectories(dir.resolve("inc/dt-bindings"));
        Files.createDirectories(dir.resolve("board"));
        Files.writeString(dir.resolve("inc/dt-bindings/irq.h"), "#ifndef IRQ_H\n#define IRQ_H\n#define IRQ 4\n#endif\n");
        Files.writeString(dir.resolve("board/common.dtsi"), "#include <dt-bindings/irq.h>\nc = <IRQ>;\n");
        Files.writeString(dir.resolve("board/b.dts"), "/dts-v1/;\n#include \"common.dtsi\"\n#include <dt-bindings/irq.h>\n"
            + "x = <IRQ>;\n");
        String out = Preprocessor.preprocess("board/b.dts", new Preprocessor.Options(dir, List.of("inc"), List.of()));
        assertEquals("""
            # 0 "board/b.dts"
            # 0 "<built-in>"
            # 0 "<command-line>"
            # 1 "board/b.dts"
            /dts-v1/;
            # 1 "board/common.dtsi" 1
            # 1 "inc/dt-bindings/irq.h" 1
            # 2 "board/common.dtsi" 2
            c = <4>;
            # 3 "board/b.dts" 2

            x = <4>;
            """, out, "the guarded header is not entered a second time");
    }

    @Test
    void errorsNameTheirPlace() throws IOException {
        assertEquals("t.dts:2:2: error: #error stop here", error("a\n#error stop here\n"));
        assertEquals("t.dts:1:10: fatal error: missing.h: No such file or directory", error("#include <missing.h>\n"));
        assertEquals("t.dts:1: error: unterminated #if", error("#if 1\nx\n"));
        assertEquals("t.dts:1:7: error: division by zero in #if", error("#if 1 / 0\n#endif\n"));
        assertEquals("t.dts:2:5: error: unterminated argument list invoking macro \"F\"", error("#define F(x) x\nx = F(1,\n"));
        assertEquals("t.dts:2:8: error: macro \"F\" requires 2 arguments, but only 1 given",
            error("#define F(x, y) x\nx = F(1);\n"));
        assertEquals("t.dts:1:1: error: unterminated comment", error("/* open\n"));
        assertEquals("t.dts:1:2: error: #endif without #if", error("#endif\n"));
        Files.writeString(dir.resolve("self.h"), "#include \"self.h\"\n");
        assertTrue(assertThrows(CppException.class, () -> Preprocessor.preprocess("self.h",
            new Preprocessor.Options(dir, List.of(), List.of()))).getMessage().endsWith("exceeds maximum of 200"));
    }

    @Test
    void warningsAreReported() {
        List<String> warnings = new ArrayList<>();
        Preprocessor.preprocess("t.dts", "#define A 1\n#define A 2\n#warning careful\n",
            new Preprocessor.Options(dir, List.of(), List.of()), warnings::add);
        assertEquals(List.of("t.dts:2: warning: \"A\" redefined", "t.dts:3:2: warning: #warning careful [-Wcpp]"), warnings);
    }

    @Test
    void assemblerModeQuirksMatchGnuCpp() throws IOException {
        Files.writeString(dir.resolve("a.h"), "w\n");
        assertEquals("""
            # 0 "t.dts"
            # 0 "<built-in>"
            # 0 "<command-line>"
            # 1 "t.dts"

            x = "unterminated // not a comment
            y = <0 'a'>;
            A(1,
            2)

            # 1 "a.h" 1
            w
            # 8 "t.dts" 2

             after
            """, run("#define Z 0\nx = \"unterminated // not a comment\ny = <Z'a'>;\nA(1,\n2)\n#inc\\\nlude \"a.h\"\n"
            + "  \\\nafter\n"), "output checked against GNU cpp 12 byte for byte");
    }

    @Test
    void outputKeepsColumnsForDtcPositions() {
        assertEquals("# 0 \"t.dts\"\n# 0 \"<built-in>\"\n# 0 \"<command-line>\"\n# 1 \"t.dts\"\n\n\t\n  n {\n   p = <1>;\n  };\n"
            .replace("\n\t\n", "\n\n"), run("#define ONE 1\n\n\t\tn {\n\t\t\tp = <ONE>;\n\t\t};\n"));
    }
}

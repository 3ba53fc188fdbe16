package dev.mpuworkbench.devicetree.dts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.devicetree.testing.Compile;
import org.junit.jupiter.api.Test;

class ExpressionTest {

    private static long[] cells(String inside) {
        return Compile.ok("/dts-v1/; / { p = <" + inside + ">; };").root().cells("p");
    }

    private static long cell(String expr) {
        return cells("(" + expr + ")")[0];
    }

    @Test
    void precedenceFollowsC() {
        assertEquals(7, cell("1 + 2 * 3"));
        assertEquals(9, cell("(1 + 2) * 3"));
        assertEquals(1, cell("1 | 2 & 0"));
        assertEquals(3, cell("1 ^ 3 ^ 1"));
        assertEquals(1, cell("1 < 2 == 1"));
        assertEquals(16, cell("1 << 2 + 2"));
        assertEquals(2, cell("1 ? 2 : 0 ? 3 : 4"), "?: is right associative");
        assertEquals(1, cell("0 || 2 && 3"));
    }

    @Test
    void arithmeticIsUnsignedSixtyFourBitTruncatedToTheCell() {
        assertEquals(0, cell("-1 < 0"), "comparisons are unsigned");
        assertEquals(0xffffffffL, cell("-1"));
        assertEquals(0, cell("1 << 64"), "shift counts of 64 or more give 0");
        assertEquals(0, cell("0x80000000 >> 64"));
        assertEquals(0x7fffffffL, cell("0xffffffff / 2"));
        assertEquals(1, cell("!0"));
        assertEquals(0xfffffffeL, cell("~1"));
        assertEquals(0xffffffffL, cell("(0x100000000 - 1)"));
        assertEquals(3, cell("17 % 7"));
        assertEquals(0x10000000L, cell("((1 << 4) << 24)"));
        assertArrayEquals(new long[] {0xdeadbeefL, 4}, cells("(0xdeadbeef) ((4))"));
    }

    @Test
    void divisionByZeroIsAnErrorWithTheOperationsSpan() {
        Compile.Outcome o = Compile.dts("/dts-v1/;\n/ {\n\tp = < (2 * 1/0) (1%0) >;\n};\n");
        assertEquals(1, o.exit());
        assertEquals("Error: test.dts:3.9-16 Division by zero\nError: test.dts:3.19-22 Division by zero\n"
            + "FATAL ERROR: Syntax error parsing input tree\n", o.messages());
    }

    @Test
    void bothArmsOfAConditionalAreEvaluated() {
        assertEquals(1, Compile.dts("/dts-v1/; / { p = <(1 ? 2 : 1/0)>; };").exit());
    }

    @Test
    void sizedElementsRangeCheckLikeDtc161() {
        assertArrayEquals(new byte[] {(byte) 0xff, 0x12, 0x34}, Compile.ok("/dts-v1/; / { p = /bits/ 8 <(-1) 0x12 0x34>; };")
            .root().propertyOrNull("p").value());
        assertEquals("Error: test.dts:1.29-34 Value out of range for 8-bit array element\n"
            + "FATAL ERROR: Syntax error parsing input tree\n", Compile.dts("/dts-v1/; / { p = /bits/ 8 <0x100>; };").messages());
        assertEquals("Error: test.dts:1.26-28 Array elements must be 8, 16, 32 or 64-bits\n"
            + "FATAL ERROR: Syntax error parsing input tree\n", Compile.dts("/dts-v1/; / { p = /bits/ 24 <1>; };").messages());
        assertEquals("Error: test.dts:1.30-32 References are only allowed in arrays with 32-bit elements.\n"
            + "FATAL ERROR: Syntax error parsing input tree\n",
            Compile.dts("/dts-v1/; / { p = /bits/ 16 <&l>; l: n { }; };").messages());
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff, (byte) 0xfe}, Compile.ok("/dts-v1/; / { p = /bits/ 16 <1 (-2)>; };")
            .root().propertyOrNull("p").value());
    }
}

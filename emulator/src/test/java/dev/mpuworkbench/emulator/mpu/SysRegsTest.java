package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SysRegsTest {
    static Stream<Arguments> aliases() {
        return Stream.of(ExceptionLevel.EL1, ExceptionLevel.EL2).flatMap(el ->
            java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(n -> Arguments.of(el, n)));
    }

    @ParameterizedTest(name = "PRBAR{1}/PRLAR{1}_{0}")
    @MethodSource("aliases")
    void aliasEncodingsFollowTheSelectorArithmetic(ExceptionLevel el, int n) {
        int op1 = el == ExceptionLevel.EL2 ? 4 : 0;
        String prbar = "S3_" + op1 + "_C6_C" + (8 + (n >> 1)) + "_" + ((n & 1) << 2);
        String prlar = "S3_" + op1 + "_C6_C" + (8 + (n >> 1)) + "_" + (((n & 1) << 2) + 1);
        SysReg bar = SysRegs.byName("PRBAR" + n + "_" + el);
        SysReg lar = SysRegs.byName("PRLAR" + n + "_" + el);
        assertEquals(prbar, bar.encoding().toString());
        assertEquals(prlar, lar.encoding().toString());
        assertSame(bar, SysRegs.parse(prbar));
        assertSame(lar, SysRegs.parse(prlar));
        assertSame(bar, SysRegs.prbar(el, n));
        assertSame(lar, SysRegs.prlar(el, n));
        assertEquals(n, bar.alias());
        assertEquals(el, bar.mpuLevel());
        assertEquals(SysRegKind.PRLAR, lar.kind());
    }

    @ParameterizedTest
    @CsvSource({
        "MPUIR_EL1, S3_0_C0_C0_4", "MPUIR_EL2, S3_4_C0_C0_4",
        "PRENR_EL1, S3_0_C6_C1_1", "PRENR_EL2, S3_4_C6_C1_1",
        "PRSELR_EL1, S3_0_C6_C2_1", "PRSELR_EL2, S3_4_C6_C2_1",
        "PRBAR_EL1, S3_0_C6_C8_0", "PRLAR_EL1, S3_0_C6_C8_1",
        "PRBAR_EL2, S3_4_C6_C8_0", "PRLAR_EL2, S3_4_C6_C8_1",
        "PRBAR1_EL2, S3_4_C6_C8_4", "PRBAR2_EL1, S3_0_C6_C9_0", "PRBAR15_EL1, S3_0_C6_C15_4",
        "PRLAR15_EL2, S3_4_C6_C15_5",
        "VSCTLR_EL2, S3_4_C2_C0_0", "VSTCR_EL2, S3_4_C2_C6_2",
        "SCTLR_EL1, S3_0_C1_C0_0", "SCTLR_EL2, S3_4_C1_C0_0", "HCR_EL2, S3_4_C1_C1_0", "VTCR_EL2, S3_4_C2_C1_2",
        "MAIR_EL1, S3_0_C10_C2_0", "MAIR_EL2, S3_4_C10_C2_0", "ESR_EL2, S3_4_C5_C2_0", "FAR_EL2, S3_4_C6_C0_0",
        "HPFAR_EL2, S3_4_C6_C0_4", "ESR_EL1, S3_0_C5_C2_0", "FAR_EL1, S3_0_C6_C0_0",
        "ID_AA64MMFR0_EL1, S3_0_C0_C7_0"})
    void namesAndEncodingsMapBothWays(String name, String encoding) {
        SysReg byName = SysRegs.parse(name);
        assertEquals(name, byName.name());
        assertEquals(encoding, byName.encoding().toString());
        assertSame(byName, SysRegs.parse(encoding));
        assertSame(byName, SysRegs.parse(encoding.toLowerCase(java.util.Locale.ROOT)));
        assertSame(byName, SysRegs.parse(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void xensPrbar0SpellingIsTheUnsuffixedRegister() {
        assertSame(SysRegs.byName("PRBAR_EL2"), SysRegs.parse("PRBAR0_EL2"));
        assertSame(SysRegs.byName("PRLAR_EL1"), SysRegs.parse("prlar0_el1"));
        assertEquals(0, SysRegs.parse("PRBAR0_EL2").alias());
    }

    @Test
    void everyRegisterHasADistinctNameAndEncoding() {
        Set<String> names = new HashSet<>();
        Set<Integer> keys = new HashSet<>();
        for (SysReg r : SysRegs.all()) {
            assertTrue(names.add(r.name()), r.name());
            assertTrue(keys.add(r.encoding().key()), r.encoding().toString());
        }
        // 16 control registers + ID + per MPU (MPUIR, PRENR, PRSELR, 16 PRBAR, 16 PRLAR)
        assertEquals(ControlRegister.values().length + 1 + 2 * 35, SysRegs.all().size());
    }

    @Test
    void encodingFormatAndParseRoundTrip() {
        SysRegEncoding e = new SysRegEncoding(3, 4, 6, 15, 5);
        assertEquals("S3_4_C6_C15_5", e.toString());
        assertEquals(e, SysRegEncoding.parse("s3_4_c6_c15_5"));
        assertEquals(e, SysRegEncoding.parse(" S3_4_C6_C15_5 "));
    }

    @Test
    void badInputIsRejectedWithTheTextInTheMessage() {
        var unknownName = assertThrows(IllegalArgumentException.class, () -> SysRegs.parse("PRBAR16_EL2"));
        assertTrue(unknownName.getMessage().contains("PRBAR16_EL2"), unknownName.getMessage());
        var unknownEncoding = assertThrows(IllegalArgumentException.class, () -> SysRegs.parse("S3_7_C15_C0_0"));
        assertTrue(unknownEncoding.getMessage().contains("S3_7_C15_C0_0"), unknownEncoding.getMessage());
        var malformed = assertThrows(IllegalArgumentException.class, () -> SysRegEncoding.parse("S3_4_C6_C8"));
        assertTrue(malformed.getMessage().contains("S3_4_C6_C8"), malformed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SysRegEncoding.parse("S3_4_C16_C8_0"));
        assertThrows(IllegalArgumentException.class, () -> SysRegs.prbar(ExceptionLevel.EL0, 0));
        assertThrows(IllegalArgumentException.class, () -> SysRegs.prbar(ExceptionLevel.EL2, 16));
    }

    @Test
    void aliasesReachTheirRegionFromTheSelector() {
        SysReg prbar = SysRegs.prbar(ExceptionLevel.EL2, 0);
        SysReg prbar1 = SysRegs.prbar(ExceptionLevel.EL2, 1);
        assertEquals(0x13, prbar.regionFor(0x13));
        assertEquals(0x11, prbar1.regionFor(0x13));
        assertEquals(0x21, prbar1.regionFor(0x20));
        assertEquals(-1, SysRegs.prselr(ExceptionLevel.EL2).regionFor(0x20));
    }
}

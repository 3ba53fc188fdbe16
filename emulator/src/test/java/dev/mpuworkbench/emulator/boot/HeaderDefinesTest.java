package dev.mpuworkbench.emulator.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HeaderDefinesTest {
    @Test
    void readsHexAndDecimalLiteralsWithSuffixesAndComments() throws Exception {
        HeaderDefines h = HeaderDefines.parse("""
            /*
             * #define NOT_A_DEFINE 1
             */
            #ifndef G
            #define G
            #define MPUWB_XEN_TEXT_SIZE 0xC0000ULL
            #define MPUWB_EL2_MPU_REGIONS 32
            #  define SPACED   0x10 /* trailing comment */
            #define ALIAS MPUWB_XEN_TEXT_SIZE
            #define BIG 0xFFFFFFFFFFFFFFFFULL
            #endif
            """, "board.h");
        assertEquals(OptionalLong.of(0xC0000), h.get("MPUWB_XEN_TEXT_SIZE"));
        assertEquals(OptionalLong.of(32), h.get("MPUWB_EL2_MPU_REGIONS"));
        assertEquals(OptionalLong.of(0x10), h.get("SPACED"));
        assertEquals(OptionalLong.of(-1L), h.get("BIG"), "unsigned 64-bit");
        assertFalse(h.get("ALIAS").isPresent(), "a define naming another macro is not a number");
        assertFalse(h.get("G").isPresent());
        assertFalse(h.get("NOT_A_DEFINE").isPresent(), "defines inside comments do not count");
    }

    @Test
    void aLiteralBeyond64BitsIsAnErrorWithItsPlace() {
        BootInputException e = assertThrows(BootInputException.class,
            () -> HeaderDefines.parse("// x\n#define TOO_BIG 0x1FFFFFFFFFFFFFFFF\n", "board.h"));
        assertEquals("board.h:2:17: 0x1FFFFFFFFFFFFFFFF does not fit in 64 bits", e.getMessage());
    }

    @Test
    void aDefineWithoutANameIsAnError() {
        BootInputException e = assertThrows(BootInputException.class, () -> HeaderDefines.parse("#define\n", "h.h"));
        assertTrue(e.getMessage().startsWith("h.h:1:8: #define without a macro name"), e.getMessage());
    }

    @Test
    void requireNamesTheMissingDefine() {
        BootInputException e = assertThrows(BootInputException.class,
            () -> HeaderDefines.parse("#define A 1\n", "board.h").require("MPUWB_XEN_BSS_SIZE", "board.h"));
        assertEquals("board.h: no numeric #define MPUWB_XEN_BSS_SIZE", e.getMessage());
    }
}

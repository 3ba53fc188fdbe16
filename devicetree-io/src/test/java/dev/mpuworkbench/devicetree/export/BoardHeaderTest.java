package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.Sections;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class BoardHeaderTest {
    private final Design fvp = TestSupport.fvpDefault();

    @TempDir
    Path dir;

    @Test
    void theDefaultDesignGivesTheGoldenHeader() {
        TestSupport.assertGolden("fvp-default-board.h", BoardHeader.of(fvp));
    }

    @Test
    void gccAcceptsTheHeaderAndItsValuesAreTheDesigns() {
        String check = """
            #include "board.h"
            #include "board.h" /* the include guard makes a second include harmless */
            _Static_assert(XEN_START_ADDRESS == 0x200000ULL, "start");
            _Static_assert(sizeof(MPUWB_XEN_START_ADDRESS) == 8, "64-bit literal");
            _Static_assert(MPUWB_NORMAL_MEMORY_COUNT == 1, "banks");
            _Static_assert(MPUWB_NORMAL_MEMORY_0_BASE == 0 && MPUWB_NORMAL_MEMORY_0_SIZE == 0x80000000ULL, "bank 0");
            _Static_assert(MPUWB_DEVICE_MEMORY_COUNT == 1, "device section");
            _Static_assert(MPUWB_DEVICE_MEMORY_0_BASE == 0x80000000ULL && MPUWB_DEVICE_MEMORY_0_SIZE == 0x30000000ULL, "dev");
            _Static_assert(MPUWB_HAS_EARLY_UART && MPUWB_EARLY_UART_BASE == 0x9C090000ULL, "uart");
            _Static_assert(MPUWB_EARLY_UART_SIZE == 0x10000ULL, "uart size");
            _Static_assert(MPUWB_GICD_BASE == 0xAF000000ULL && MPUWB_GICD_SIZE == 0x10000ULL, "gicd");
            _Static_assert(MPUWB_GICR_BASE == 0xAF100000ULL && MPUWB_GICR_SIZE == 0x200000ULL, "gicr");
            _Static_assert(MPUWB_EL2_MPU_REGIONS == 32 && MPUWB_EL1_MPU_REGIONS == 32, "regions");
            _Static_assert(MPUWB_XEN_TEXT_SIZE == 0xC0000ULL, "text");
            _Static_assert(MPUWB_XEN_IMAGE_SIZE == 0x192000ULL, "image");
            """;
        GccSyntaxCheck.check(dir, Map.of("board.h", BoardHeader.of(fvp), "check.c", check), "check.c");
    }

    @Test
    void theCompileCheckCatchesAWrongValue() {
        String check = "#include \"board.h\"\n_Static_assert(XEN_START_ADDRESS == 0x400000ULL, \"wrong\");\n";
        TestSupport.requireTool("gcc");
        assertThrows(AssertionFailedError.class,
            () -> GccSyntaxCheck.check(dir, Map.of("board.h", BoardHeader.of(fvp), "check.c", check), "check.c"));
    }

    @Test
    void withoutADeviceSectionEveryDeviceWindowIsListedAndHighAddressesStay64Bit() {
        Design d = fvp.withSections(new Sections(fvp.sections().bootModules(), fvp.sections().guestMemory(), null))
            .withBoard(fvp.board().withMemory(List.of(fvp.board().memory().get(0),
                new MemoryBank("memory@880000000", AddressRange.of(0x8_8000_0000L, 0x8000_0000L)))));
        String header = BoardHeader.of(d);
        assertTrue(header.contains("#define MPUWB_DEVICE_MEMORY_COUNT 7\n"), header);
        assertTrue(header.contains("interrupt-controller@af000000 window 1"), header);
        String check = """
            #include "board.h"
            _Static_assert(MPUWB_NORMAL_MEMORY_COUNT == 2, "banks");
            _Static_assert(MPUWB_NORMAL_MEMORY_1_BASE == 0x880000000ULL, "above 4 GiB");
            _Static_assert(MPUWB_NORMAL_MEMORY_1_BASE + MPUWB_NORMAL_MEMORY_1_SIZE == 0x900000000ULL, "no wrap");
            _Static_assert(MPUWB_DEVICE_MEMORY_6_BASE == 0x88000000ULL, "flash");
            """;
        GccSyntaxCheck.check(dir, Map.of("board.h", header, "check.c", check), "check.c");
    }

    @Test
    void withoutEarlyUartTheHeaderSaysSoAndANastyNameCannotEndTheComment() {
        String header = BoardHeader.of(fvp.withXen(fvp.xen().withEarlyUart(null)).withName("x */ int oops; /*\nboom"));
        assertTrue(header.contains("#define MPUWB_HAS_EARLY_UART 0\n"));
        assertFalse(header.contains("MPUWB_EARLY_UART_BASE"));
        String check = "#include \"board.h\"\n_Static_assert(!MPUWB_HAS_EARLY_UART, \"no uart\");\n";
        GccSyntaxCheck.check(dir, Map.of("board.h", header, "check.c", check), "check.c");
    }
}

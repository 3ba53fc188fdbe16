package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void exactUnitsWhenTheyDivideElseThreeDigits() {
        assertEquals("128 MiB", Sizes.human(128L << 20));
        assertEquals("64 KiB", Sizes.human(0x1_0000));
        assertEquals("100 B", Sizes.human(100));
        assertEquals("3.34 MiB", Sizes.human(0x35_67E0));
        assertEquals("227 MiB", Sizes.human(237_672_480));
        assertEquals("21.4 MiB", Sizes.human(0x156_0000 + 1));
        assertEquals("21.4 MiB", Sizes.human(0x156_0000));
        assertEquals("1.57 MiB", Sizes.human(1608 * 1024));
        assertEquals("2 GiB", Sizes.human(1L << 31));
    }
}

package dev.mpuworkbench.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.model.AddressRange;
import org.junit.jupiter.api.Test;

class MapTextTest {
    @Test
    void hexIsGroupedInFours() {
        assertEquals("0x0", MapText.hex(0));
        assertEquals("0x39_2000", MapText.hex(0x39_2000));
        assertEquals("0x9C09_0000", MapText.hex(0x9C09_0000L));
        assertEquals("0x1_0000_0000", MapText.hex(1L << 32));
    }

    @Test
    void rangesShowTheInclusiveLastAddressAndTheSize() {
        assertEquals("0x2000_0000 – 0x27FF_FFFF · 128 MiB", MapText.range(AddressRange.of(0x2000_0000L, 0x800_0000L)));
        assertEquals("0x10 · empty", MapText.range(AddressRange.of(0x10, 0)));
    }
}

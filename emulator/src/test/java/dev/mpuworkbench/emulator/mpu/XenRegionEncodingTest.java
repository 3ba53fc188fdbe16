package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building and decoding PRBAR/PRLAR the way Xen's head.S does (xen_mpu.md §2.4, §2.6). */
class XenRegionEncodingTest {
    @ParameterizedTest(name = "{0}: PRBAR 0x{6}, PRLAR 0x{7}")
    @CsvSource({
        // name,   AP,        XN, SH,              AttrIndx, prbar attr, expected low PRBAR, expected low PRLAR
        "text,     RO_OWN_EL, 0, INNER_SHAREABLE, 7, 38, 38, 0F",
        "rodata,   RO_OWN_EL, 2, INNER_SHAREABLE, 7, 3A, 3A, 0F",
        "data,     RW_OWN_EL, 2, INNER_SHAREABLE, 7, 32, 32, 0F",
        "device,   RW_OWN_EL, 2, OUTER_SHAREABLE, 4, 22, 22, 09"})
    void bootRegionsAreBitExact(String name, AccessPermission ap, int xn, Shareability sh, int attr, String ignored,
                                String prbarLow, String prlarLow) {
        long base = 0x0020_0000L;
        long end = 0x0020_A123L; // not 64-byte aligned: Xen's macro rounds the limit into its granule
        RegionFields f = RegionFields.ofRange(base, end, ap, xn, sh, attr, true);
        long expectedPrbar = base | Long.parseLong(prbarLow, 16);
        long expectedPrlar = ((end - 1) & ~0x3FL) | Long.parseLong(prlarLow, 16);
        assertEquals(expectedPrbar, f.prbar(), () -> Long.toHexString(f.prbar()));
        assertEquals(expectedPrlar, f.prlar(), () -> Long.toHexString(f.prlar()));
        assertEquals(0x0020_A13FL, f.limit());
        RegionFields back = RegionFields.decode(f.prbar(), f.prlar());
        assertEquals(f, back);
        assertEquals(ap, back.ap());
        assertEquals(xn, back.xn());
        assertEquals(sh, back.sh());
        assertEquals(attr, back.attrIndx());
        assertTrue(back.enabled());
        assertFalse(back.ns());
    }

    @Test
    void xenUartRegionOnTheFvp() {
        RegionFields uart = RegionFields.ofRange(0x9C09_0000L, 0x9C09_1000L, AccessPermission.RW_OWN_EL, 2,
            Shareability.OUTER_SHAREABLE, 4, true);
        assertEquals(0x9C09_0022L, uart.prbar());
        assertEquals(0x9C09_0FC9L, uart.prlar());
    }

    @Test
    void disabledFillerEntriesDecode() {
        // zero_mpu writes PRBAR = 0x32 (base 0) and PRLAR = 0 for unused regions
        RegionFields filler = RegionFields.decode(0x32, 0);
        assertFalse(filler.enabled());
        assertEquals(0, filler.base());
        assertEquals(0x3F, filler.limit());
        assertEquals(AccessPermission.RW_OWN_EL, filler.ap());
    }

    @Test
    void describeGivesTheTextsAViewShows() {
        long mair = MemoryAttribute.XEN_MAIR;
        RegionDescription text = RegionFields.decode(0x0020_0038L, 0x0020_FFCFL).describe(ExceptionLevel.EL2, mair);
        assertEquals(0x0020_0000L, text.base());
        assertEquals(0x0020_FFFFL, text.limit());
        assertEquals("EL2 RO, EL1/EL0 none", text.access());
        assertEquals("executable", text.executeText());
        assertEquals("Inner Shareable", text.shareability());
        assertEquals(7, text.attrIndx());
        assertEquals("Normal WB RW-alloc", text.attribute().text());
        assertEquals(0x0020_0038L, text.prbar());

        RegionDescription device = RegionFields.decode(0x9C09_0022L, 0x9C09_0FC9L).describe(ExceptionLevel.EL2, mair);
        assertEquals("EL2 RW, EL1/EL0 none", device.access());
        assertEquals("execute-never", device.executeText());
        assertEquals("Outer Shareable", device.shareability());
        assertEquals("Device-nGnRE", device.attribute().text());
        assertTrue(device.attribute().device());

        RegionDescription guest = RegionFields.decode(0x1000_0036L, 0x1FFF_FFCFL).describe(ExceptionLevel.EL2, mair);
        assertEquals("EL2 RW, EL1/EL0 RW", guest.access());
        assertEquals("EL2 execute-never, EL1/EL0 executable", guest.executeText());

        RegionDescription el1 = RegionFields.decode(0x3C, 0xFC5).describe(ExceptionLevel.EL1, 0x44FFAA00L);
        assertEquals("EL1 RO, EL0 RO", el1.access());
        assertEquals("Normal WB RW-alloc", el1.attribute().text());
    }

    @ParameterizedTest
    @CsvSource({
        "0x00, Device-nGnRnE, true", "0x04, Device-nGnRE, true", "0x08, Device-nGRE, true", "0x0C, Device-GRE, true",
        "0x44, Normal Non-cacheable, false", "0xAA, Normal WT R-alloc, false", "0xEE, Normal WB R-alloc, false",
        "0xFF, Normal WB RW-alloc, false", "0x4F, 'Normal outer Non-cacheable, inner WB RW-alloc', false",
        "0x77, Normal WB transient RW-alloc, false"})
    void mairBytesDecode(String hex, String text, boolean device) {
        MemoryAttribute a = MemoryAttribute.decode(Integer.decode(hex));
        assertEquals(text, a.text());
        assertEquals(device, a.device());
    }

    @Test
    void xenMairIndices() {
        long mair = MemoryAttribute.XEN_MAIR;
        assertEquals(0x00, MemoryAttribute.attrByte(mair, 0));
        assertEquals(0x44, MemoryAttribute.attrByte(mair, 1));
        assertEquals(0xAA, MemoryAttribute.attrByte(mair, 2));
        assertEquals(0xEE, MemoryAttribute.attrByte(mair, 3));
        assertEquals(0x04, MemoryAttribute.attrByte(mair, 4));
        assertEquals(0xFF, MemoryAttribute.attrByte(mair, 7));
    }

    @Test
    void invalidFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RegionFields(0x1001, 0x1FFF, AccessPermission.RW_ALL, 0,
            Shareability.NON_SHAREABLE, 0, false, true));
        assertThrows(IllegalArgumentException.class, () -> new RegionFields(0x1000, 0x1FFE, AccessPermission.RW_ALL, 0,
            Shareability.NON_SHAREABLE, 0, false, true));
        assertThrows(IllegalArgumentException.class, () -> RegionFields.ofRange(0x1000, 0x1000,
            AccessPermission.RW_ALL, 0, Shareability.NON_SHAREABLE, 0, true));
        assertThrows(IllegalArgumentException.class, () -> RegionFields.ofRange(0x1000, 0x2000,
            AccessPermission.RW_ALL, 4, Shareability.NON_SHAREABLE, 0, true));
        assertThrows(IllegalArgumentException.class, () -> RegionFields.ofRange(0x1000, 0x2000,
            AccessPermission.RW_ALL, 0, Shareability.NON_SHAREABLE, 8, true));
    }
}

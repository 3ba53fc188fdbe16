package dev.mpuworkbench.core.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.MemoryType;
import org.junit.jupiter.api.Test;

class RegionEncodingTest {
    private final RegionEncoding a64 = RegionEncoding.forCpu(CpuKind.CORTEX_R82);
    private final RegionEncoding a32 = RegionEncoding.forCpu(CpuKind.CORTEX_R52);
    private final AddressRange range = AddressRange.of(0x20_0000, 0xC_0000);

    @Test
    void xensAttributesEncodeToTheHeadSConstants() {
        assertEquals(0x38, a64.attributeBits(RegionAttributes.XEN_TEXT));
        assertEquals(0x3A, a64.attributeBits(RegionAttributes.XEN_READ_ONLY));
        assertEquals(0x32, a64.attributeBits(RegionAttributes.XEN_READ_WRITE));
        assertEquals(0x22, a64.attributeBits(RegionAttributes.XEN_DEVICE));
        assertEquals(0x36, a64.attributeBits(RegionAttributes.GUEST_RAM));
        assertEquals(0x27, a64.attributeBits(RegionAttributes.guestDevice(MemoryType.DEVICE_nGnRE)));
        assertEquals(0x200038, a64.prbar(range, RegionAttributes.XEN_TEXT));
        assertEquals(0x2BFFCF, a64.prlar(range, RegionAttributes.XEN_TEXT), "limit (0x2BFFFF & ~0x3F) | AttrIndx 7 | EN");
        assertEquals(0x2BFFC9, a64.prlar(range, RegionAttributes.XEN_DEVICE), "Device-nGnRE is AttrIndx 4");
    }

    @Test
    void decodingUndoesEncodingOnAarch64() {
        for (RegionAttributes a : new RegionAttributes[] {RegionAttributes.XEN_TEXT, RegionAttributes.XEN_READ_ONLY,
            RegionAttributes.XEN_READ_WRITE, RegionAttributes.XEN_DEVICE, RegionAttributes.GUEST_RAM,
            RegionAttributes.guestDevice(MemoryType.DEVICE_nGnRnE), RegionAttributes.guestDevice(MemoryType.NORMAL_NC)}) {
            assertEquals(a, a64.decode(a64.prbar(range, a), a64.prlar(range, a)), a.describe());
        }
        assertEquals(0x2B_FFFF, RegionEncoding.limitOf(0x2BFFCF, a64.baseMask()));
    }

    @Test
    void mairIndexesMatchXensMairValue() {
        assertEquals(0xFF, RegionEncoding.mairByte(MemoryType.NORMAL_WB.mairIndex()));
        assertEquals(0x04, RegionEncoding.mairByte(MemoryType.DEVICE_nGnRE.mairIndex()));
        assertEquals(0x00, RegionEncoding.mairByte(MemoryType.DEVICE_nGnRnE.mairIndex()));
        assertEquals(0x44, RegionEncoding.mairByte(MemoryType.NORMAL_NC.mairIndex()));
        assertThrows(IllegalArgumentException.class, () -> RegionEncoding.typeOf(0b0101), "AttrIndx 2 (WT) is unused");
    }

    @Test
    void aarch32UsesHprbarLayoutAndReproducesTheUpstreamTextQuirk() {
        RegionAttributes text = a32.decode(a32.bootTextPrbar(), 0x0F);
        assertTrue(text.writableAndExecutableAtEl2(), "0x18 decodes as RW and executable");
        assertEquals(0x1C, a32.attributeBits(RegionAttributes.XEN_TEXT), "the value the comment meant");
        assertEquals(RegionAttributes.XEN_READ_ONLY.type(), a32.decode(a32.bootReadOnlyPrbar(), 0x0F).type());
        assertTrue(a32.decode(a32.bootReadOnlyPrbar(), 0x0F).readOnly());
        assertFalse(a32.decode(a32.bootDataPrbar(), 0x0F).executableAtEl2());
        assertEquals(0x11, a32.attributeBits(a32.decode(0x11, 0x09)));
        assertEquals(0x19, a32.attributeBits(RegionAttributes.XEN_READ_WRITE));
        assertEquals(0xFFFF_FFC0L, a32.baseMask());
        RegionAttributes guestRam = a32.decode(a32.prbar(range, RegionAttributes.GUEST_RAM), 0x0F);
        assertTrue(guestRam.writableAndExecutableAtEl2(), "one XN bit: guest-executable RAM is EL2-executable too");
    }

    @Test
    void strictestTypeAndUnionOfPermissionsWinWhenRequestsShareBytes() {
        RegionAttributes wx = RegionAttributes.XEN_TEXT.combine(RegionAttributes.XEN_READ_WRITE);
        assertTrue(wx.writableAndExecutableAtEl2());
        assertEquals(MemoryType.DEVICE_nGnRE, RegionAttributes.XEN_READ_WRITE.combine(RegionAttributes.XEN_DEVICE).type());
        assertEquals(Strategy.COMPACT, Strategy.fromCli("Compact"));
        assertThrows(IllegalArgumentException.class, () -> Strategy.fromCli("best"));
    }
}

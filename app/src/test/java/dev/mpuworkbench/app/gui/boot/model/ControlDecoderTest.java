package dev.mpuworkbench.app.gui.boot.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Control register fields in words, with the values Xen writes in the boot. */
class ControlDecoderTest {
    @Test
    void sctlrShowsTheMpuAndItsBits() {
        assertEquals("M=1 (MPU on), C=1, I=1, BR=0, WXN=1", ControlDecoder.decode("SCTLR_EL2", 0x30CD183DL));
        assertEquals("M=0 (MPU off), C=0, I=1, BR=0, WXN=0", ControlDecoder.decode("SCTLR_EL2", 0x30C51838L));
        assertTrue(ControlDecoder.decode("SCTLR_EL2", 1L << 17).contains("BR=1 (background region)"));
    }

    @Test
    void hcrNamesItsBitsAndStageTwo() {
        String d = ControlDecoder.decode("HCR_EL2", 0x7C063FL);
        assertTrue(d.startsWith("stage 2 on: VM SWIO PTW FMO IMO AMO FB TID3 TSC TIDCP TACR TSW"), d);
        assertTrue(d.endsWith("BSU=IS"), d);
        assertEquals("stage 2 off", ControlDecoder.decode("HCR_EL2", 0));
    }

    @Test
    void vtcrVsctlrAndMair() {
        assertEquals("MSA=0 (EL1 PMSA, the MPU), PS=5 (48-bit PA)", ControlDecoder.decode("VTCR_EL2", 0x50000));
        assertTrue(ControlDecoder.decode("VTCR_EL2", 0x80050000L).startsWith("MSA=1 (EL1 VMSA"));
        assertEquals("VMID 2", ControlDecoder.decode("VSCTLR_EL2", 0x2000000000000L));
        String mair = ControlDecoder.decode("MAIR_EL2", 0xFF000004_EEAA4400L);
        assertTrue(mair.startsWith("7: Normal WB RW-alloc · 4: Device-nGnRE"), mair);
        assertTrue(mair.contains("1: Normal Non-cacheable"), mair);
        assertTrue(mair.endsWith("0: Device-nGnRnE"), mair);
    }

    @Test
    void faultRegisters() {
        String esr = ControlDecoder.decode("ESR_EL2", 0x92000044L);
        assertEquals("EC 0x24 data abort from a lower EL, FSC 0x04 translation fault, level 0 (no region, or several, "
            + "matched), WnR=1 (write)", esr);
        assertEquals("", ControlDecoder.decode("ESR_EL2", 0));
        assertEquals("faulting address 0xAF00_0004", ControlDecoder.decode("FAR_EL2", 0xAF000004L));
        assertEquals("faulting IPA page 0xAF00_0000", ControlDecoder.decode("HPFAR_EL2", 0xAF0000L));
        assertEquals(0xAF000000L, ControlDecoder.hpfarIpa(0xAF0000L));
    }

    @Test
    void prenrListsRangesOfEnabledRegions() {
        assertEquals("enabled: 0-5", ControlDecoder.decode("PRENR_EL2", 63));
        assertEquals("enabled: 0, 2-3, 31", ControlDecoder.decode("PRENR_EL2", 0b1101L | (1L << 31)));
        assertEquals("no region enabled", ControlDecoder.decode("PRENR_EL2", 0));
    }

    @Test
    void linesKeepTheShownOrderAndMarkChanges() {
        Map<String, Long> before = Map.of("SCTLR_EL2", 1L, "HCR_EL2", 0L);
        Map<String, Long> now = Map.of("SCTLR_EL2", 0L, "HCR_EL2", 0L, "UNKNOWN", 3L);
        List<ControlLine> lines = ControlDecoder.lines(now, before);
        assertEquals(List.of("SCTLR_EL2", "HCR_EL2"), lines.stream().map(ControlLine::name).toList());
        assertTrue(lines.get(0).changed());
        assertFalse(lines.get(1).changed());
        assertFalse(ControlDecoder.lines(now, null).get(0).changed(), "nothing to compare: nothing marked");
        assertEquals("0x0", lines.get(0).valueText());
    }
}

package dev.mpuworkbench.emulator.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.XenSection;
import dev.mpuworkbench.emulator.session.SampleBoots;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildInputsTest {
    @Test
    void theImageLayoutFromTheExportedFilesMatchesTheDesign() throws Exception {
        Design d = SampleBoots.design("fvp-default");
        BootArtifacts a = DesignArtifacts.export(d);
        BuildInputs b = BuildInputs.read(a.kconfig(), a.header());
        XenImage x = b.image();
        List<XenSection> s = d.xen().sections();
        assertEquals(d.xen().startAddress(), x.stext());
        assertEquals(s.get(XenSection.Kind.RODATA.ordinal()).range().base(), x.srodata());
        assertEquals(s.get(XenSection.Kind.RO_AFTER_INIT.ordinal()).range().end(), x.roAfterInitEnd());
        assertEquals(s.get(XenSection.Kind.INIT_TEXT.ordinal()).range().base(), x.initBegin());
        assertEquals(s.get(XenSection.Kind.INIT_DATA.ordinal()).range().base(), x.initDataBegin());
        assertEquals(s.get(XenSection.Kind.BSS.ordinal()).range().base(), x.bssStart());
        assertEquals(d.xen().imageRange(), x.whole());
        assertEquals(x.stext() + d.xen().sizes().text(), x.etext(), "_etext is not page aligned");
        assertEquals(Optional.of(d.xen().earlyUart()), b.earlyUart());
        assertEquals(32, b.el2Regions().getAsInt());
        assertTrue(b.kconfig().isEnabled("CONFIG_MPU"));
    }

    @Test
    void filesFromDifferentDesignsAreRefused() throws Exception {
        BootArtifacts a = SampleBoots.artifacts("fvp-default");
        String other = a.header().replace("MPUWB_XEN_START_ADDRESS 0x200000ULL", "MPUWB_XEN_START_ADDRESS 0x400000ULL");
        BootInputException e = assertThrows(BootInputException.class, () -> BuildInputs.read(a.kconfig(), other));
        assertTrue(e.getMessage().contains("come from different designs"), e.getMessage());
    }

    @Test
    void aXenWithoutMpuSupportIsRefused() {
        BootInputException e = assertThrows(BootInputException.class,
            () -> BuildInputs.read("CONFIG_XEN_START_ADDRESS=0x200000\n", "#define X 1\n"));
        assertTrue(e.getMessage().contains("CONFIG_MPU is not set"), e.getMessage());
    }

    @Test
    void aMalformedKconfigLineIsAnErrorWithItsLine() {
        BootInputException e = assertThrows(BootInputException.class,
            () -> BuildInputs.read("CONFIG_MPU=y\nthis is not kconfig\n", "#define X 1\n"));
        assertTrue(e.getMessage().startsWith(BuildInputs.KCONFIG_FILE + ":2"), e.getMessage());
    }

    @Test
    void theEarlyUartSizeDefaultsAsXensKconfigDoes() throws Exception {
        BootArtifacts a = SampleBoots.artifacts("fvp-default");
        String kconfig = a.kconfig().replaceAll("CONFIG_EARLY_UART_SIZE=.*\n", "");
        assertEquals(Optional.of(AddressRange.of(0x9C090000L, 0x1000)), BuildInputs.read(kconfig, a.header()).earlyUart());
    }
}

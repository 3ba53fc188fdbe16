package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KconfigFragmentTest {
    private final Design fvp = TestSupport.fvpDefault();

    @Test
    void theDefaultDesignGivesTheGoldenFragment() {
        TestSupport.assertGolden("fvp-default.kconfig", KconfigFragment.of(fvp));
    }

    @Test
    void staticShmIsOnlySetWhenADomainSharesMemory() {
        Design noShm = fvp.withDomains(fvp.domains().stream().map(d -> d.withSharedMemory(List.of())).toList());
        assertTrue(KconfigFragment.of(fvp).contains("\nCONFIG_STATIC_SHM=y\n"));
        assertFalse(KconfigFragment.of(noShm).contains("STATIC_SHM"));
    }

    @Test
    void withoutEarlyUartThereIsNoEarlyPrintk() {
        String text = KconfigFragment.of(fvp.withXen(fvp.xen().withEarlyUart(null)));
        assertFalse(text.contains("EARLY_UART"));
        assertFalse(text.contains("CONFIG_DEBUG"));
    }

    @Test
    void anUnknownUartKindIsSaidAndNoDriverIsChosen() {
        List<Device> devices = new ArrayList<>(fvp.board().devices());
        devices.set(0, new Device("serial@9c090000", "acme,uart", DeviceKind.UART,
            List.of(AddressRange.of(0x9C09_0000L, 0x1_0000)), MemoryType.DEVICE_nGnRE, List.of()));
        String text = KconfigFragment.of(fvp.withBoard(fvp.board().withDevices(devices)));
        assertTrue(text.contains("# Early printk: the UART kind of serial@9c090000 (compatible \"acme,uart\") is unknown"),
            text);
        assertFalse(text.contains("\nCONFIG_EARLY_UART_CHOICE_"), text);
        assertTrue(text.contains("CONFIG_EARLY_UART_BASE_ADDRESS=0x9C090000\n"));
    }

    @Test
    void anEarlyUartOutsideEveryDeviceIsSaid() {
        String text = KconfigFragment.of(fvp.withXen(fvp.xen().withEarlyUart(AddressRange.of(0x1C09_0000L, 0x1000))));
        assertTrue(text.contains("# Early printk: no board device covers [0x1C090000-0x1C090FFF]"), text);
        assertFalse(text.contains("\nCONFIG_EARLY_UART_CHOICE_"), text);
    }

    @Test
    void anotherKnownDriverIsChosenFromItsCompatible() {
        List<Device> devices = new ArrayList<>(fvp.board().devices());
        devices.set(0, new Device("serial@9c090000", "ns16550a", DeviceKind.UART,
            List.of(AddressRange.of(0x9C09_0000L, 0x1_0000)), MemoryType.DEVICE_nGnRE, List.of()));
        String text = KconfigFragment.of(fvp.withBoard(fvp.board().withDevices(devices)));
        assertTrue(text.contains("\nCONFIG_EARLY_UART_CHOICE_8250=y\n"), text);
    }

    @Test
    void aDesignNameCannotBreakOutOfTheComment() {
        String text = KconfigFragment.of(fvp.withName("evil\nCONFIG_MPU=n"));
        assertFalse(text.contains("\nCONFIG_MPU=n"));
    }

    @Test
    void theExportReadsBackIntoTheSameBuildOptions() throws InputException {
        KconfigBuildOptions o = KconfigFragment.parse(KconfigFragment.of(fvp), "fvp.config");
        assertEquals(OptionalLong.of(0x20_0000), o.xenStartAddress());
        assertEquals(OptionalLong.of(0x9C09_0000L), o.earlyUartBase());
        assertEquals(OptionalLong.of(0x1_0000), o.earlyUartSize());
        assertEquals(AddressRange.of(0x9C09_0000L, 0x1_0000), o.earlyUart().orElseThrow());
        assertEquals(EarlyUartDriver.PL011, o.earlyUartDriver().orElseThrow());
        for (String flag : List.of("CONFIG_UNSUPPORTED", "CONFIG_MPU", "CONFIG_STATIC_MEMORY", "CONFIG_STATIC_SHM",
            "CONFIG_DEBUG", "CONFIG_EARLY_UART_CHOICE_PL011")) {
            assertTrue(o.isEnabled(flag), flag);
        }
        assertEquals("1", o.values().get("CONFIG_NR_CPUS"));
    }

    @Test
    void theParserReadsNotSetLinesStringsAndHexWithoutPrefix() throws InputException {
        String text = """
            # a comment
            # CONFIG_STATIC_SHM is not set

            CONFIG_XEN_START_ADDRESS=200000
            CONFIG_CMDLINE="console=dtuart \\"quoted\\""
            CONFIG_EARLY_UART_BASE_ADDRESS=0x9c090000
            """;
        KconfigBuildOptions o = KconfigFragment.parse(text, "x.config");
        assertEquals(OptionalLong.of(0x20_0000), o.xenStartAddress());
        assertTrue(o.disabled().contains("CONFIG_STATIC_SHM"));
        assertEquals("console=dtuart \"quoted\"", o.values().get("CONFIG_CMDLINE"));
        assertEquals(AddressRange.of(0x9C09_0000L, KconfigBuildOptions.DEFAULT_EARLY_UART_SIZE), o.earlyUart().orElseThrow());
        assertTrue(o.earlyUartDriver().isEmpty());
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumbers() {
        String text = String.join("\n",
            "CONFIG_MPU=y",
            "XEN_START_ADDRESS=0x200000",
            "CONFIG_XEN_START_ADDRESS=0xZZ",
            "CONFIG_DEBUG=maybe",
            "CONFIG_CMDLINE=\"open",
            "CONFIG_EARLY_UART_SIZE=",
            "CONFIG_MPU=n",
            "CONFIG_NR_CPUS=one",
            "CONFIG_X=two words",
            "");
        InputException e = assertThrows(InputException.class, () -> KconfigFragment.parse(text, "b.config"));
        assertEquals(List.of(
            "b.config:2: expected CONFIG_NAME=value, '# CONFIG_NAME is not set' or a '#' comment, found 'XEN_START_ADDRESS=0x200000'",
            "b.config:3: CONFIG_XEN_START_ADDRESS must be a hex number of at most 64 bits such as 0x200000, not '0xZZ'",
            "b.config:4: CONFIG_DEBUG must be y or n, not 'maybe'",
            "b.config:5: CONFIG_CMDLINE has a string without its closing '\"'",
            "b.config:6: CONFIG_EARLY_UART_SIZE has no value after '='",
            "b.config:7: CONFIG_MPU is set again to 'n' (line 1 set it to 'y'); keep one",
            "b.config:8: CONFIG_NR_CPUS must be a number, not 'one'",
            "b.config:9: CONFIG_X has a malformed value 'two words' (put text in double quotes)"),
            e.problems().stream().map(InputProblem::toString).toList());
        assertEquals(e.problems().size(), e.getMessage().lines().count());
    }
}

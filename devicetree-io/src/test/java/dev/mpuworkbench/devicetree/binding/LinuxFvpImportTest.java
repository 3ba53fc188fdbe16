package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.devicetree.cpp.Preprocessor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Linux's Arm FVP Base RevC tree (with its cpu compatibles changed to Cortex-R82, the only edit): a real
 * board whose UARTs sit three buses deep. Values checked by hand against the files and the research notes
 * (devicetree.md section 5.4: serial@90000 is CPU address 0x1c090000).
 */
class LinuxFvpImportTest {
    private static ImportResult result;

    @BeforeAll
    static void importTree() throws Exception {
        Path dir = BindingFixtures.conformance("devicetree/real/linux-dts/src/arm64/arm");
        Path include = BindingFixtures.conformance("devicetree/real/linux-dts/include");
        String text = Preprocessor.preprocess("fvp-base-revc.dts",
            new Preprocessor.Options(dir, List.of(include.toString()), List.of()));
        result = DesignImporter.fromDtsText(text.replace("\"arm,armv8\"", "\"arm,cortex-r82\""), "fvp-base-revc.dts", null);
    }

    @Test
    void eightCoresAndTwoBanksOfOneMemoryNode() {
        Board b = result.design().board();
        assertEquals(8, b.cpuCount());
        assertEquals("fvp-base-revc", b.name());
        assertEquals(List.of(new MemoryBank("memory@80000000", AddressRange.of(0x8000_0000L, 0x7C00_0000L)),
            new MemoryBank("memory@880000000", AddressRange.of(0x8_8000_0000L, 0x8000_0000L))), b.memory());
    }

    @Test
    void uartThreeBusesDeepGetsItsCpuAddressAndItsSpiThroughTheInterruptMap() {
        Device uart = result.design().board().device("serial@90000").orElseThrow();
        assertEquals(List.of(AddressRange.of(0x1C09_0000L, 0x1000)), uart.mmio());
        assertEquals(DeviceKind.UART, uart.kind());
        assertEquals(List.of(5), uart.interrupts());
        assertEquals(AddressRange.of(0x1C09_0000L, 0x1000), result.design().xen().earlyUart(), "stdout-path serial0");
    }

    @Test
    void flashWithTwoChipSelectsIsOneNormalNcDevice() {
        Device flash = result.design().board().device("flash@0").orElseThrow();
        assertEquals(DeviceKind.FLASH, flash.kind(), "cfi-flash, the second compatible");
        assertEquals("arm,vexpress-flash", flash.compatible());
        assertEquals(MemoryType.NORMAL_NC, flash.memoryType());
        assertEquals(List.of(AddressRange.of(0x0800_0000L, 0x0400_0000L), AddressRange.of(0x0C00_0000L, 0x0400_0000L)),
            flash.mmio());
    }

    @Test
    void gicV3IsTheDistributorWithAllItsWindows() {
        Device gic = result.design().board().devices().stream().filter(d -> d.kind() == DeviceKind.GIC_DISTRIBUTOR)
            .findFirst().orElseThrow();
        assertEquals(AddressRange.of(0x2F00_0000L, 0x10000), gic.mmio().get(0));
        assertEquals(AddressRange.of(0x2F10_0000L, 0x200000), gic.mmio().get(1));
    }

    @Test
    void theImportedBoardExportsAndComesBack() throws Exception {
        Design d = result.design();
        assertEquals(d, DesignImporter.fromDtbBytes(RuntimeTreeExporter.toDtb(d), "revc.dtb", null).design());
        assertTrue(result.notes().size() < 40, "notes stay readable: " + result.notes().size());
    }
}

package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three sample board trees import as boards (no /chosen Xen nodes): cpus, memory, devices, defaults. */
class BoardImportTest {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private static ImportResult importBoard(String name, KconfigBuildOptions build) throws Exception {
        return DesignImporter.fromDts(BindingFixtures.sampleBoard(name), build);
    }

    @Test
    void fvpBoardEqualsTheBoardOfTheDefaultDesign() throws Exception {
        Board expected = BindingFixtures.sampleDesign("fvp-default").board();
        Board imported = importBoard("fvp-baser-aemv8r", null).design().board();
        assertEquals(expected, imported);
    }

    @Test
    void fvpBoardAloneGetsTheDocumentedXenDefaults() throws Exception {
        ImportResult result = importBoard("fvp-baser-aemv8r", null);
        Design d = result.design();
        assertEquals("fvp-baser-aemv8r", d.name(), "design named after the file");
        assertEquals(0x20_0000L, d.xen().startAddress(), "lowest RAM (0x0) + 2 MiB");
        assertEquals(Extensions.TYPICAL_XEN_IMAGE, d.xen().sizes());
        assertEquals(XenMode.PARTITIONED, d.xen().mode());
        assertEquals(AddressRange.of(0x9C09_0000L, 0x10000), d.xen().earlyUart(), "stdout-path serial0 = uart0");
        assertEquals("", d.xen().bootargs());
        assertEquals(Sections.NONE, d.sections());
        assertTrue(d.domains().isEmpty() && d.modules().isEmpty() && d.staticHeap().isEmpty());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("lowest RAM + 2 MiB = 0x200000")), result.notes()::toString);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("typical build")), result.notes()::toString);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("early UART = the first window of uart@9c090000")),
            result.notes()::toString);
    }

    @Test
    void buildOptionsGiveTheStartAddressAndEarlyUart() throws Exception {
        KconfigBuildOptions build = KconfigFragment.parse("CONFIG_XEN_START_ADDRESS=0x400000\n"
            + "CONFIG_EARLY_UART_BASE_ADDRESS=0x9c0b0000\n", "build.config");
        Design d = importBoard("fvp-baser-aemv8r", build).design();
        assertEquals(0x40_0000L, d.xen().startAddress());
        assertEquals(AddressRange.of(0x9C0B_0000L, KconfigBuildOptions.DEFAULT_EARLY_UART_SIZE), d.xen().earlyUart());
    }

    @Test
    void twoBankBoardTranslatesBusChildrenThroughRanges() throws Exception {
        Board b = importBoard("r82-twobank-16", null).design().board();
        assertEquals("r82-twobank-16", b.name());
        assertEquals(CpuKind.CORTEX_R82, b.cpu());
        assertEquals(2, b.cpuCount());
        assertEquals(16, b.el2MpuRegions());
        assertEquals(16, b.el1MpuRegions());
        assertEquals(List.of(new MemoryBank("memory@40000000", AddressRange.of(0x4000_0000L, GIB)),
            new MemoryBank("memory@100000000", AddressRange.of(0x1_0000_0000L, 2 * GIB))), b.memory());
        assertEquals(List.of(AddressRange.of(0x8000_0000L, 0x1000)), b.device("serial@0").orElseThrow().mmio());
        assertEquals(List.of(AddressRange.of(0x8001_0000L, 0x1000)), b.device("serial@10000").orElseThrow().mmio());
        Device watchdog = b.device("watchdog@20000").orElseThrow();
        assertEquals(List.of(AddressRange.of(0x8002_0000L, 0x1000)), watchdog.mmio());
        assertEquals(DeviceKind.OTHER, watchdog.kind());
        assertEquals(List.of(3), watchdog.interrupts());
        Device sram = b.device("sram@30000000").orElseThrow();
        assertEquals(DeviceKind.MMIO_SRAM, sram.kind());
        assertEquals(MemoryType.NORMAL_NC, sram.memoryType());
        Device gic = b.device("interrupt-controller@38000000").orElseThrow();
        assertEquals(List.of(AddressRange.of(0x3800_0000L, 0x10000), AddressRange.of(0x3810_0000L, 0x40000)), gic.mmio());
        assertEquals(List.of("serial@0", "serial@10000", "interrupt-controller@38000000", "sram@30000000",
            "watchdog@20000"), b.devices().stream().map(Device::name).toList(), "kind order, then address");
    }

    @Test
    void twoBankBoardEarlyUartIsTheTranslatedStdoutUart() throws Exception {
        Design d = importBoard("r82-twobank-16", null).design();
        assertEquals(AddressRange.of(0x8000_0000L, 0x1000), d.xen().earlyUart());
        assertEquals(0x4020_0000L, d.xen().startAddress(), "lowest bank 0x40000000 + 2 MiB");
    }

    @Test
    void r52BoardIsA32BitCortexR52With16Regions() throws Exception {
        Board b = importBoard("r52-aarch32", null).design().board();
        assertEquals(CpuKind.CORTEX_R52, b.cpu());
        assertEquals(32, b.cpu().physicalAddressBits());
        assertEquals(4, b.cpuCount());
        assertEquals(16, b.el2MpuRegions());
        assertEquals(16, b.el1MpuRegions());
        assertEquals(List.of(new MemoryBank("memory@0", AddressRange.of(0, GIB))), b.memory());
        assertTrue(b.reserved().isEmpty());
        assertEquals(List.of("uart@9c090000", "uart@9c0a0000", "interrupt-controller@af000000", "flash@88000000"),
            b.devices().stream().map(Device::name).toList());
        assertEquals(List.of(AddressRange.of(0xAF00_0000L, 0x10000), AddressRange.of(0xAF10_0000L, 0x80000)),
            b.device("interrupt-controller@af000000").orElseThrow().mmio());
        assertEquals(List.of(AddressRange.of(0x8800_0000L, 64 * MIB)), b.device("flash@88000000").orElseThrow().mmio());
        assertNull(b.devices().stream().filter(x -> x.kind() == DeviceKind.TIMER).findFirst().orElse(null),
            "the architected timer with its usual PPIs is not a design device");
    }
}

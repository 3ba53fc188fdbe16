package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.devicetree.export.EarlyUartDriver;
import java.util.List;
import java.util.Set;

/**
 * What a device is by its {@code compatible}, the memory type each kind is mapped with by default, and the
 * architected timer's usual interrupts.
 */
public final class DeviceKinds {
    /** The architected timer's PPIs: secure, non-secure, virtual, hypervisor physical (Arm's usual 13/14/11/10). */
    public static final List<Integer> TIMER_PPIS = List.of(13, 14, 11, 10);

    /** The GIC maintenance interrupt (PPI 9) the exporter writes on the interrupt controller. */
    public static final int GIC_MAINTENANCE_PPI = 9;

    private static final Set<String> GICS = Set.of("arm,gic-v3", "arm,gic-400", "arm,cortex-a15-gic",
        "arm,cortex-a9-gic", "arm,gic");
    private static final Set<String> TIMERS = Set.of("arm,armv8-timer", "arm,armv7-timer");
    private static final Set<String> FLASHES = Set.of("cfi-flash", "jedec-flash");
    private static final Set<String> SRAMS = Set.of("mmio-sram");
    private static final Set<String> EXTRA_UARTS = Set.of("arm,sbsa-uart");

    private DeviceKinds() {
    }

    /** The kind the first recognised compatible string implies, else {@link DeviceKind#OTHER}. */
    public static DeviceKind of(List<String> compatibles) {
        for (String c : compatibles) {
            if (EarlyUartDriver.forCompatible(c).isPresent() || EXTRA_UARTS.contains(c)) return DeviceKind.UART;
            if (GICS.contains(c)) return DeviceKind.GIC_DISTRIBUTOR;
            if (TIMERS.contains(c)) return DeviceKind.TIMER;
            if (FLASHES.contains(c)) return DeviceKind.FLASH;
            if (SRAMS.contains(c)) return DeviceKind.MMIO_SRAM;
        }
        return DeviceKind.OTHER;
    }

    /** Device-nGnRE for devices; Normal non-cacheable for flash and on-chip SRAM. */
    public static MemoryType defaultMemoryType(DeviceKind kind) {
        return kind == DeviceKind.FLASH || kind == DeviceKind.MMIO_SRAM ? MemoryType.NORMAL_NC : MemoryType.DEVICE_nGnRE;
    }

    /** Whether a node with these compatibles is an interrupt controller whose specifiers we read (a GIC). */
    static boolean isGic(List<String> compatibles) {
        return compatibles.stream().anyMatch(GICS::contains);
    }

    /** The compatible of the architected timer node the exporter writes for a CPU. */
    static String timerCompatible(CpuKind cpu) {
        return cpu == CpuKind.CORTEX_R52 ? "arm,armv7-timer" : "arm,armv8-timer";
    }
}

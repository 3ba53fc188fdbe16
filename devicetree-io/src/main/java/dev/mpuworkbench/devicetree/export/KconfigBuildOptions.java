package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Xen build options a Kconfig fragment sets.
 *
 * @param fileName        where they were read from
 * @param xenStartAddress {@code CONFIG_XEN_START_ADDRESS}
 * @param earlyUartBase   {@code CONFIG_EARLY_UART_BASE_ADDRESS}
 * @param earlyUartSize   {@code CONFIG_EARLY_UART_SIZE}
 * @param enabled         symbols set to {@code y} (with their {@code CONFIG_} prefix)
 * @param disabled        symbols set to {@code n} or written as {@code # CONFIG_X is not set}
 * @param values          every symbol's value as written, strings without their quotes
 */
public record KconfigBuildOptions(String fileName, OptionalLong xenStartAddress, OptionalLong earlyUartBase,
                                  OptionalLong earlyUartSize, Set<String> enabled, Set<String> disabled,
                                  Map<String, String> values) {
    /** {@code CONFIG_EARLY_UART_SIZE}'s default in Xen's Kconfig.debug when a fragment does not set it. */
    public static final long DEFAULT_EARLY_UART_SIZE = 0x1000;

    public KconfigBuildOptions {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(xenStartAddress, "xenStartAddress");
        Objects.requireNonNull(earlyUartBase, "earlyUartBase");
        Objects.requireNonNull(earlyUartSize, "earlyUartSize");
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
        values = Map.copyOf(values);
    }

    public boolean isEnabled(String symbol) {
        return enabled.contains(symbol);
    }

    /** The early printk window when early printk is configured (size defaults as Xen's Kconfig does). */
    public Optional<AddressRange> earlyUart() {
        if (earlyUartBase.isEmpty()) return Optional.empty();
        return Optional.of(AddressRange.of(earlyUartBase.getAsLong(), earlyUartSize.orElse(DEFAULT_EARLY_UART_SIZE)));
    }

    /** The early printk driver chosen, if any {@code CONFIG_EARLY_UART_CHOICE_*} is set. */
    public Optional<EarlyUartDriver> earlyUartDriver() {
        return enabled.stream().map(EarlyUartDriver::forKconfigChoice).flatMap(Optional::stream).findFirst();
    }
}

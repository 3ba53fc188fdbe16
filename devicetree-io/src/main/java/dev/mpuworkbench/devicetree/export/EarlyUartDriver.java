package dev.mpuworkbench.devicetree.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Xen's early printk drivers ({@code choice} in {@code xen/arch/arm/Kconfig.debug}) and the device tree
 * compatible strings of the UARTs each one drives.
 */
public enum EarlyUartDriver {
    PL011("arm,pl011"),
    UART_8250("ns16550", "ns16550a", "snps,dw-apb-uart"),
    CADENCE("cdns,uart-r1p12", "cdns,uart-r1p8", "xlnx,xuartps"),
    SCIF("renesas,scif"),
    IMX_LPUART("fsl,imx8qm-lpuart", "fsl,imx7ulp-lpuart"),
    LINFLEX("nxp,s32g2-linflexuart", "nxp,s32g3-linflexuart"),
    MESON("amlogic,meson-gx-uart"),
    MVEBU("marvell,armada-3700-uart"),
    EXYNOS4210("samsung,exynos4210-uart");

    private final List<String> compatibles;

    EarlyUartDriver(String... compatibles) {
        this.compatibles = List.of(compatibles);
    }

    /** The Kconfig symbol that selects this driver, e.g. {@code CONFIG_EARLY_UART_CHOICE_PL011}. */
    public String kconfigChoice() {
        return "CONFIG_EARLY_UART_CHOICE_" + (this == UART_8250 ? "8250" : name());
    }

    public static Optional<EarlyUartDriver> forCompatible(String compatible) {
        return Arrays.stream(values()).filter(d -> d.compatibles.contains(compatible)).findFirst();
    }

    public static Optional<EarlyUartDriver> forKconfigChoice(String symbol) {
        return Arrays.stream(values()).filter(d -> d.kconfigChoice().equals(symbol)).findFirst();
    }
}

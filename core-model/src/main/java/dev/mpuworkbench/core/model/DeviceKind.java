package dev.mpuworkbench.core.model;

/** What a device is, as far as the rules and the emulator care. */
public enum DeviceKind {
    UART,
    GIC_DISTRIBUTOR,
    GIC_REDISTRIBUTOR,
    TIMER,
    FLASH,
    MMIO_SRAM,
    OTHER;

    public boolean isGic() {
        return this == GIC_DISTRIBUTOR || this == GIC_REDISTRIBUTOR;
    }
}

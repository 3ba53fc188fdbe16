package dev.mpuworkbench.core.model;

/** The processor class of a board; decides the address width and which features exist. */
public enum CpuKind {
    /** Armv8-R AArch64 (Cortex-R82, FVP BaseR AEMv8R in AArch64 state): PMSAv8-64, optional VMSA at EL1. */
    CORTEX_R82(48, true),
    /** Armv8-R AArch32 (Cortex-R52 class): PMSAv8-32, 32-bit physical addresses, no VMSA at EL1. */
    CORTEX_R52(32, false);

    private final int physicalAddressBits;
    private final boolean el1VmsaPossible;

    CpuKind(int physicalAddressBits, boolean el1VmsaPossible) {
        this.physicalAddressBits = physicalAddressBits;
        this.el1VmsaPossible = el1VmsaPossible;
    }

    public int physicalAddressBits() {
        return physicalAddressBits;
    }

    /** Whether EL1 may run with an MMU (VMSAv8) under Xen, i.e. {@code v8r_el1_msa = "mmu"} can work. */
    public boolean el1VmsaPossible() {
        return el1VmsaPossible;
    }

    public long addressLimit() {
        return 1L << physicalAddressBits;
    }
}

package dev.mpuworkbench.emulator.xen;

/** Register values Xen writes outside the MPU region registers. */
final class XenRegs {
    /** VTCR_EL2 as setup_virt_paging leaves it: PS = 48-bit, MSA = 0 (EL1&0 stage 1 is PMSAv8-64). */
    static final long VTCR_PMSA = 0x5_0000L;
    /** VTCR_EL2.MSA: the guest's EL1 runs VMSAv8-64 (v8r_el1_msa = "mmu"). */
    static final long VTCR_MSA = 1L << 31;
    /** VSTCR_EL2: SA = 0, SC = 1. */
    static final long VSTCR = 1L << 20;
    /** VSCTLR_EL2.VMID is bits [63:48]. */
    static final int VMID_SHIFT = 48;

    private XenRegs() {
    }
}

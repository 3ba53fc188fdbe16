package dev.mpuworkbench.emulator.mpu;

/**
 * The plain (storage) system registers the machine models besides the MPU region registers. Their writes,
 * like every system register write, take effect at the next ISB.
 */
public enum ControlRegister {
    SCTLR_EL1("S3_0_C1_C0_0"),
    SCTLR_EL2("S3_4_C1_C0_0"),
    HCR_EL2("S3_4_C1_C1_0"),
    TCR_EL2("S3_4_C2_C0_2"),
    VTCR_EL2("S3_4_C2_C1_2"),
    VSCTLR_EL2("S3_4_C2_C0_0"),
    VSTCR_EL2("S3_4_C2_C6_2"),
    MAIR_EL1("S3_0_C10_C2_0"),
    MAIR_EL2("S3_4_C10_C2_0"),
    VBAR_EL1("S3_0_C12_C0_0"),
    VBAR_EL2("S3_4_C12_C0_0"),
    ESR_EL1("S3_0_C5_C2_0"),
    ESR_EL2("S3_4_C5_C2_0"),
    FAR_EL1("S3_0_C6_C0_0"),
    FAR_EL2("S3_4_C6_C0_0"),
    HPFAR_EL2("S3_4_C6_C0_4");

    /** SCTLR_ELx.M: the MPU of the regime is enabled. */
    public static final long SCTLR_M = 1L;
    /** SCTLR_ELx.C: data cacheability. */
    public static final long SCTLR_C = 1L << 2;
    /** SCTLR_ELx.I: instruction cacheability. */
    public static final long SCTLR_I = 1L << 12;
    /** SCTLR_ELx.BR: background region enable (R-profile only). */
    public static final long SCTLR_BR = 1L << 17;
    /** SCTLR_ELx.WXN: a writable region is execute-never for the regime's stage 1. */
    public static final long SCTLR_WXN = 1L << 19;
    /** HCR_EL2.VM: stage 2 (the EL2 MPU) checks EL1 and EL0 accesses. */
    public static final long HCR_VM = 1L;
    /** VTCR_EL2.MSA: 1 = EL1&0 stage 1 is VMSAv8-64 (an MMU), 0 = PMSAv8-64 (the EL1 MPU). */
    public static final long VTCR_MSA = 1L << 31;
    /** VSCTLR_EL2.VMID occupies bits [63:48]. */
    public static final int VSCTLR_VMID_SHIFT = 48;

    private final SysRegEncoding encoding;

    ControlRegister(String encoding) {
        this.encoding = SysRegEncoding.parse(encoding);
    }

    public SysRegEncoding encoding() {
        return encoding;
    }

    /** The VMID field of a VSCTLR_EL2 value. */
    public static int vmid(long vsctlr) {
        return (int) (vsctlr >>> VSCTLR_VMID_SHIFT);
    }
}

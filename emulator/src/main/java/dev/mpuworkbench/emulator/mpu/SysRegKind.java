package dev.mpuworkbench.emulator.mpu;

/** What a system register does in the model. */
public enum SysRegKind {
    /** Plain storage with a meaning for the machine (see {@link ControlRegister}). */
    CONTROL,
    /** MPUIR_ELx: read-only, REGION[7:0] = number of regions. */
    MPUIR,
    /** ID_AA64MMFR0_EL1: read-only, MSA / MSA_frac say PMSA (and optionally VMSA) at EL1. */
    ID_AA64MMFR0,
    /** PRSELR_ELx: REGION[7:0] selects the region PRBAR_ELx/PRLAR_ELx reach. */
    PRSELR,
    /** PRENR_ELx: bit n is region n's enable, for n below 32. */
    PRENR,
    /** PRBAR_ELx and its aliases PRBAR&lt;n&gt;_ELx. */
    PRBAR,
    /** PRLAR_ELx and its aliases PRLAR&lt;n&gt;_ELx. */
    PRLAR;

    public boolean readOnly() {
        return this == MPUIR || this == ID_AA64MMFR0;
    }

    /** Region registers and PRENR: their writes need a DSB before the ISB that makes them effective. */
    public boolean regionState() {
        return this == PRBAR || this == PRLAR || this == PRENR;
    }
}

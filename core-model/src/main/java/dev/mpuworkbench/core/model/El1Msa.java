package dev.mpuworkbench.core.model;

/** {@code v8r_el1_msa}: the memory system architecture a guest runs with at EL1. */
public enum El1Msa {
    /** PMSAv8 at EL1 (the default): needs static memory and direct mapping. */
    MPU("mpu"),
    /** VMSAv8 at EL1: needs a core that implements it (optional on Cortex-R82). */
    MMU("mmu");

    private final String dtValue;

    El1Msa(String dtValue) {
        this.dtValue = dtValue;
    }

    public String dtValue() {
        return dtValue;
    }
}

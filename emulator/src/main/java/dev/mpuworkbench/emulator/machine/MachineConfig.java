package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.core.model.Board;

/**
 * What a machine is built with.
 *
 * @param el2Regions       MPUIR_EL2.REGION, 0..255
 * @param el1Regions       MPUIR_EL1.REGION, 0..255
 * @param el1VmsaSupported ID_AA64MMFR0_EL1.MSA_frac = 0b0010 (EL1 may run VMSAv8-64) instead of 0b0001
 */
public record MachineConfig(int el2Regions, int el1Regions, boolean el1VmsaSupported) {
    public MachineConfig {
        if (el2Regions < 0 || el2Regions > 255) throw new IllegalArgumentException("el2Regions must be 0..255");
        if (el1Regions < 0 || el1Regions > 255) throw new IllegalArgumentException("el1Regions must be 0..255");
    }

    /** FVP_BaseR_AEMv8R in AArch64 state: 32 + 32 regions (DOMAIN.md §4), VMSA at EL1 available. */
    public static MachineConfig fvp() {
        return new MachineConfig(32, 32, true);
    }

    public static MachineConfig of(Board board) {
        return new MachineConfig(board.el2MpuRegions(), board.el1MpuRegions(), board.cpu().el1VmsaPossible());
    }

    /**
     * ID_AA64MMFR0_EL1 as the machine reports it: PARange [3:0] = 0b0101 (48 bits), MSA [51:48] = 0b1111,
     * MSA_frac [55:52] = 0b0010 with VMSA at EL1, else 0b0001.
     */
    public long idAa64mmfr0() {
        return 0x5L | (0xFL << 48) | ((el1VmsaSupported ? 2L : 1L) << 52);
    }
}

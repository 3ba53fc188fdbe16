package dev.mpuworkbench.emulator.mpu;

/**
 * PRBAR.AP[2:1] (bits [3:2]). For the EL1 MPU the columns are EL1 / EL0; for the EL2 MPU they are EL2 (stage 1) /
 * EL1 and EL0 (stage 2).
 */
public enum AccessPermission {
    /** 0b00: read-write at the MPU's own level, no access below. */
    RW_OWN_EL(0b00),
    /** 0b01: read-write at every level. */
    RW_ALL(0b01),
    /** 0b10: read-only at the MPU's own level, no access below. */
    RO_OWN_EL(0b10),
    /** 0b11: read-only at every level. */
    RO_ALL(0b11);

    private final int bits;

    AccessPermission(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    public static AccessPermission of(int bits) {
        return values()[bits & 3];
    }

    /** Writable at the MPU's own level (AP[2] clear). */
    public boolean writable() {
        return (bits & 0b10) == 0;
    }

    /** Accessible from the levels below the MPU's own (AP[1] set). */
    public boolean lowerLevels() {
        return (bits & 0b01) != 0;
    }

    /** Text for a view, e.g. "EL2 RW, EL1/EL0 none" for the EL2 MPU. */
    public String describe(ExceptionLevel mpu) {
        String own = mpu == ExceptionLevel.EL2 ? "EL2" : "EL1";
        String lower = mpu == ExceptionLevel.EL2 ? "EL1/EL0" : "EL0";
        String mode = writable() ? "RW" : "RO";
        return own + " " + mode + ", " + lower + " " + (lowerLevels() ? mode : "none");
    }
}

package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.mpu.FaultSyndrome;

/** Names of exception classes and fault status codes, for the abort syndromes an MPU produces. */
public final class FaultText {
    private FaultText() {
    }

    public static String exceptionClass(int ec) {
        return switch (ec) {
            case FaultSyndrome.EC_INSTRUCTION_ABORT_LOWER -> "instruction abort from a lower EL";
            case FaultSyndrome.EC_INSTRUCTION_ABORT_SAME -> "instruction abort at the same EL";
            case FaultSyndrome.EC_DATA_ABORT_LOWER -> "data abort from a lower EL";
            case FaultSyndrome.EC_DATA_ABORT_SAME -> "data abort at the same EL";
            case 0x16 -> "HVC";
            case 0x18 -> "system register trap";
            default -> "exception class " + ec;
        };
    }

    public static boolean isAbort(int ec) {
        return ec == FaultSyndrome.EC_INSTRUCTION_ABORT_LOWER || ec == FaultSyndrome.EC_INSTRUCTION_ABORT_SAME
            || ec == FaultSyndrome.EC_DATA_ABORT_LOWER || ec == FaultSyndrome.EC_DATA_ABORT_SAME;
    }

    public static String statusCode(int fsc) {
        return switch (fsc) {
            case FaultSyndrome.FSC_TRANSLATION_L0 -> "translation fault, level 0 (no region, or several, matched)";
            case FaultSyndrome.FSC_PERMISSION_L0 -> "permission fault, level 0 (AP or XN forbids it)";
            default -> "fault status code " + fsc;
        };
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;

/** A hazard before the machine numbers it as an event. */
record Finding(HazardCode code, String message, ExceptionLevel mpu, int region) {
}

package dev.mpuworkbench.emulator.mpu;

/**
 * One region of one MPU as a view lists it.
 *
 * @param effective     the values access checks use now
 * @param architectural the values written (what reads return)
 */
public record RegionRow(ExceptionLevel mpu, int index, RegionFields effective, RegionFields architectural) {
    /** Written but not yet effective (waiting for DSB + ISB). */
    public boolean pending() {
        return !effective.equals(architectural);
    }
}

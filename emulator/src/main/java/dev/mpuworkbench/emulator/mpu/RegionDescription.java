package dev.mpuworkbench.emulator.mpu;

/**
 * A region decoded for display.
 *
 * @param access      AP as text, e.g. "EL2 RO, EL1/EL0 none"
 * @param xn          XN[1:0] raw
 * @param executeText XN as text
 * @param shareability SH as text
 * @param attribute   the MAIR attribute AttrIndx selects
 */
public record RegionDescription(long base, long limit, boolean enabled, String access, int xn, String executeText,
                                String shareability, int attrIndx, MemoryAttribute attribute, long prbar,
                                long prlar) {
}

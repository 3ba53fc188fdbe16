package dev.mpuworkbench.core.mpu;

/** Decides whether a region may also cover the free bytes [from, to) between two runs. */
@FunctionalInterface
interface GapPolicy {
    GapPolicy NEVER = (from, to, attributes) -> false;

    boolean mayCover(long from, long to, RegionAttributes attributes);
}

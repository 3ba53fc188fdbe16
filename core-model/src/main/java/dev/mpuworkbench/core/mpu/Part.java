package dev.mpuworkbench.core.mpu;

/** PART_A: regions fixed for the life of the system; PART_B: regions rewritten on each context switch. */
public enum Part {
    A, B
}

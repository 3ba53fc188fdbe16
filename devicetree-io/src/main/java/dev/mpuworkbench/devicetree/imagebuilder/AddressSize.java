package dev.mpuworkbench.devicetree.imagebuilder;

/** A "base size" pair of an ImageBuilder list such as {@code DOMU_STATIC_MEM} or {@code XEN_STATIC_HEAP}. */
public record AddressSize(long address, long size) {
}

package dev.mpuworkbench.core.model;

/** Sizes in bytes of the sections of the Xen image, in link order. */
public record XenImageSizes(long text, long rodata, long roAfterInit, long data, long initText, long initData,
                            long bss) {
    public XenImageSizes {
        for (long s : new long[] {text, rodata, roAfterInit, data, initText, initData, bss}) {
            if (s < 0) throw new IllegalArgumentException("section sizes must not be negative");
        }
    }
}

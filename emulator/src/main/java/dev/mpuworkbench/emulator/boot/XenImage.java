package dev.mpuworkbench.emulator.boot;

import dev.mpuworkbench.core.model.AddressRange;

/**
 * The link symbols of the Xen image (xen.lds.S) for an image linked at {@code start} with the given section sizes.
 * Each section starts on the 4 KiB page after the previous one, as the design's layout assumes; {@code _etext},
 * {@code _erodata} and {@code __bss_end} are not page aligned, every other symbol is.
 */
public record XenImage(long start, long text, long rodata, long roAfterInit, long data, long initText, long initData,
                       long bss) {
    public static final long PAGE = AddressRange.PAGE;

    public XenImage {
        for (long s : new long[] {text, rodata, roAfterInit, data, initText, initData, bss}) {
            if (s < 0) throw new IllegalArgumentException("section sizes must not be negative");
        }
    }

    private static long pageUp(long v) {
        return AddressRange.alignUp(v, PAGE);
    }

    public long stext() {
        return start;
    }

    public long etext() {
        return start + text;
    }

    public long srodata() {
        return start + pageUp(text);
    }

    public long erodata() {
        return srodata() + rodata;
    }

    public long roAfterInitStart() {
        return srodata() + pageUp(rodata);
    }

    public long roAfterInitEnd() {
        return roAfterInitStart() + pageUp(roAfterInit);
    }

    public long dataStart() {
        return roAfterInitEnd();
    }

    public long initBegin() {
        return dataStart() + pageUp(data);
    }

    public long initDataBegin() {
        return initBegin() + pageUp(initText);
    }

    public long bssStart() {
        return initDataBegin() + pageUp(initData);
    }

    /** {@code __init_end}: the init sections end where bss starts. */
    public long initEnd() {
        return bssStart();
    }

    public long bssEnd() {
        return bssStart() + bss;
    }

    /** {@code _end}, page aligned. */
    public long end() {
        return bssStart() + pageUp(bss);
    }

    public AddressRange whole() {
        return AddressRange.between(start, end());
    }

    /** Where the boot CPU's stack lives until {@code init_done}: {@code cpu0_boot_stack} (32 KiB, __initdata). */
    public long bootStackTop() {
        return initDataBegin() + Math.min(0x8000, Math.max(PAGE, pageUp(initData)));
    }
}

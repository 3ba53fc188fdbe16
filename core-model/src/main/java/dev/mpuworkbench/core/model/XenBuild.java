package dev.mpuworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Build-time options of Xen (Kconfig / board header) plus the Xen command line.
 *
 * @param startAddress {@code CONFIG_XEN_START_ADDRESS}: where Xen is linked and runs (VA == PA)
 * @param sizes        section sizes of the built image
 * @param earlyUart    early printk UART window, or null when early printk is off
 * @param mode         which Xen the design targets
 * @param efiBoot      whether an EFI boot is requested (not possible with the MPU)
 * @param bootargs     {@code xen,xen-bootargs}
 */
public record XenBuild(long startAddress, XenImageSizes sizes, AddressRange earlyUart, XenMode mode,
                       boolean efiBoot, String bootargs) {
    public XenBuild {
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(bootargs, "bootargs");
    }

    /**
     * The sections at their link addresses. Xen's linker script starts every section on a 4 KiB page
     * boundary, so each section here begins at the next page after the previous one.
     */
    public List<XenSection> sections() {
        long[] sizeOf = {sizes.text(), sizes.rodata(), sizes.roAfterInit(), sizes.data(), sizes.initText(),
            sizes.initData(), sizes.bss()};
        XenSection.Kind[] kinds = XenSection.Kind.values();
        List<XenSection> out = new ArrayList<>(kinds.length);
        long cursor = startAddress;
        for (int i = 0; i < kinds.length; i++) {
            long size = AddressRange.alignUp(sizeOf[i], AddressRange.PAGE);
            out.add(new XenSection(kinds[i], AddressRange.of(cursor, size)));
            cursor += size;
        }
        return out;
    }

    /** The whole image from its start to the end of bss. */
    public AddressRange imageRange() {
        List<XenSection> s = sections();
        return AddressRange.between(startAddress, s.get(s.size() - 1).range().end());
    }

    public XenBuild withStartAddress(long address) {
        return new XenBuild(address, sizes, earlyUart, mode, efiBoot, bootargs);
    }

    public XenBuild withMode(XenMode newMode) {
        return new XenBuild(startAddress, sizes, earlyUart, newMode, efiBoot, bootargs);
    }

    public XenBuild withEarlyUart(AddressRange uart) {
        return new XenBuild(startAddress, sizes, uart, mode, efiBoot, bootargs);
    }
}

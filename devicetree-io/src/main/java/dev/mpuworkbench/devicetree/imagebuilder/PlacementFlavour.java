package dev.mpuworkbench.devicetree.imagebuilder;

/** Which ImageBuilder's arithmetic to reproduce (research/layout_tools.md §1.4). */
public enum PlacementFlavour {
    /** ImageBuilder 2023.2 (Xilinx xlnx_rel_v2023.2): each file takes its size on disk. */
    FILE_SIZE_2023_2,
    /**
     * ImageBuilder since September 2023: each file takes the larger of its size on disk and the size its
     * arm64 Image ({@code image_size}) or arm32 zImage (end - start) header declares, so a kernel's bss fits.
     * Also loads {@code XEN_POLICY} right after Xen (added April 2025).
     */
    HEADER_SIZE_SINCE_2023_09
}

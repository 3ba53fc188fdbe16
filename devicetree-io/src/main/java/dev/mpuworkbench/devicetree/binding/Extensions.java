package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.XenImageSizes;

/**
 * MPU Workbench's own device tree properties: everything a design holds that Xen's bindings do not carry,
 * so that importing an exported tree gives back the same design. All start with {@code mpuwb,}; Xen ignores
 * properties and nodes it does not know. A tree without them (a real system tree) imports with the defaults
 * stated here.
 *
 * <table>
 * <caption>Extension properties</caption>
 * <tr><th>where</th><th>property</th><th>value</th><th>default when absent</th></tr>
 * <tr><td>/</td><td>{@value #BOARD_NAME}</td><td>string: Board.name</td><td>the root's first
 *     {@code compatible} without its vendor prefix, else {@code model}, else the file name</td></tr>
 * <tr><td>/cpus</td><td>{@value #EL2_REGIONS}, {@value #EL1_REGIONS}</td><td>one cell: MPUIR_EL2/EL1.REGION
 *     (vendor properties of the sample boards)</td><td>32/32 on Cortex-R82, 16/16 on Cortex-R52</td></tr>
 * <tr><td>/chosen</td><td>{@value #FORMAT}</td><td>one cell, {@value #FORMAT_VERSION}: the tree was written by
 *     MPU Workbench, so board devices keep the order they are written in</td><td>devices sorted by kind, then
 *     address</td></tr>
 * <tr><td>/chosen</td><td>{@value #DESIGN_NAME}</td><td>string: Design.name</td><td>the file name without its
 *     extension</td></tr>
 * <tr><td>/chosen</td><td>{@value #XEN_START_ADDRESS}</td><td>{@code /bits/ 64}: XenBuild.startAddress</td>
 *     <td>{@code CONFIG_XEN_START_ADDRESS} of {@code --build}, else the lowest RAM bank + 2 MiB (DraftB)</td></tr>
 * <tr><td>/chosen</td><td>{@value #XEN_IMAGE_SIZES}</td><td>{@code /bits/ 64}, 7 values: text, rodata,
 *     ro_after_init, data, init.text, init.data, bss</td><td>{@link #TYPICAL_XEN_IMAGE}</td></tr>
 * <tr><td>/chosen</td><td>{@value #XEN_MODE}</td><td>"partitioned" or "upstream"</td><td>partitioned</td></tr>
 * <tr><td>/chosen</td><td>{@value #EFI_BOOT}</td><td>empty: EFI boot requested</td><td>false</td></tr>
 * <tr><td>/chosen</td><td>{@value #EARLY_UART}</td><td>(address, size) in /chosen's cells; an empty value means
 *     early printk is off</td><td>{@code --build}'s early UART, else the first window of the UART that
 *     {@code stdout-path} names, else off</td></tr>
 * <tr><td>/chosen</td><td>{@value #LOCKED}</td><td>strings: subject paths the auto-placer keeps</td><td>none</td></tr>
 * <tr><td>/chosen</td><td>{@value #MEMRESERVE_NAMES}</td><td>strings, one per {@code /memreserve/} entry
 *     (written only when a name is not the default)</td><td>{@code memreserve@<hex address>}</td></tr>
 * <tr><td>/chosen</td><td>{@value #BOOT_MODULE_SECTION}, {@value #GUEST_MEMORY_SECTION},
 *     {@value #DEVICE_MEMORY_SECTION}</td><td>the {@code mpu,*} sections of an upstream-mode design, which
 *     upstream Xen has no use for</td><td>the {@code mpu,*} properties, else no section</td></tr>
 * <tr><td>/chosen/module@…</td><td>compatible {@value #HOST_DTB}, {@value #HOST_KERNEL},
 *     {@value #HOST_RAMDISK}</td><td>a host-level boot module (the host DTB and others Xen must not take for
 *     dom0's); an XSM policy keeps Xen's {@code "xen,xsm-policy"}</td><td>-</td></tr>
 * <tr><td>module nodes</td><td>{@value #NAME}, {@value #FILE}</td><td>strings: BootModule.name and .file</td>
 *     <td>name by kind (kernel, ramdisk, dtb, xsm; "-2", "-3" for repeats); file empty</td></tr>
 * <tr><td>module nodes</td><td>{@value #BOOTARGS}</td><td>string: BootModule.bootargs when not empty</td>
 *     <td>empty (a kernel's {@code bootargs} is the domain's command line)</td></tr>
 * <tr><td>xen,domain nodes</td><td>{@value #NAME}</td><td>string: Domain.name when it is not a valid node
 *     name</td><td>the node name</td></tr>
 * <tr><td>xen,domain nodes</td><td>{@value #PASSTHROUGH}</td><td>strings: paths of the host nodes passed
 *     through, in order (besides {@code xen,passthrough} on those nodes)</td><td>devices marked
 *     {@code xen,passthrough} go to the only domain with a device-tree module, else to none</td></tr>
 * <tr><td>xen,domain nodes</td><td>{@value #BOOTARGS}</td><td>string: Domain.bootargs of a domain without a
 *     kernel module</td><td>the first kernel module's {@code bootargs}</td></tr>
 * <tr><td>board nodes</td><td>{@value #NAME}</td><td>string: the device, memory bank or reservation name when
 *     it is not the node name</td><td>the node name (for the 2nd, 3rd… {@code reg} entry of a memory or
 *     reserved-memory node: its base name {@code @} the entry's address)</td></tr>
 * <tr><td>device nodes</td><td>{@value #DEVICE_KIND}</td><td>a DeviceKind name, when not the one the
 *     compatible implies</td><td>by compatible (see {@code DeviceKinds})</td></tr>
 * <tr><td>device nodes</td><td>{@value #MEMORY_TYPE}</td><td>a MemoryType name, when not the kind's
 *     default</td><td>Normal-NC for flash and mmio-sram, Device-nGnRE otherwise</td></tr>
 * <tr><td>device nodes</td><td>{@value #DEVICE}</td><td>empty: the node is a design device although it has
 *     no {@code reg} (or is the architected timer with its usual PPIs)</td><td>-</td></tr>
 * </table>
 */
public final class Extensions {
    public static final String PREFIX = "mpuwb,";

    public static final String BOARD_NAME = "mpuwb,board-name";
    public static final String EL2_REGIONS = "mpu,el2-regions";
    public static final String EL1_REGIONS = "mpu,el1-regions";

    public static final String FORMAT = "mpuwb,format";
    public static final int FORMAT_VERSION = 1;
    public static final String DESIGN_NAME = "mpuwb,design-name";
    public static final String XEN_START_ADDRESS = "mpuwb,xen-start-address";
    public static final String XEN_IMAGE_SIZES = "mpuwb,xen-image-sizes";
    public static final String XEN_MODE = "mpuwb,xen-mode";
    public static final String EFI_BOOT = "mpuwb,efi-boot";
    public static final String EARLY_UART = "mpuwb,early-uart";
    public static final String LOCKED = "mpuwb,locked";
    public static final String MEMRESERVE_NAMES = "mpuwb,memreserve-names";
    public static final String BOOT_MODULE_SECTION = "mpuwb,boot-module-section";
    public static final String GUEST_MEMORY_SECTION = "mpuwb,guest-memory-section";
    public static final String DEVICE_MEMORY_SECTION = "mpuwb,device-memory-section";

    public static final String HOST_DTB = "mpuwb,host-dtb";
    public static final String HOST_KERNEL = "mpuwb,host-kernel";
    public static final String HOST_RAMDISK = "mpuwb,host-ramdisk";

    public static final String NAME = "mpuwb,name";
    public static final String FILE = "mpuwb,file";
    public static final String BOOTARGS = "mpuwb,bootargs";
    public static final String PASSTHROUGH = "mpuwb,passthrough";
    public static final String DEVICE_KIND = "mpuwb,device-kind";
    public static final String MEMORY_TYPE = "mpuwb,memory-type";
    public static final String DEVICE = "mpuwb,device";

    /** Xen is placed this far above the lowest RAM bank when nothing says where (DraftB's advice). */
    public static final long DEFAULT_XEN_OFFSET = 2L << 20;

    /**
     * Section sizes of a typical arm64 Xen build with the MPU (about 1.3 MiB, the sizes of the default sample
     * design): text 768 KiB, rodata 256 KiB, ro_after_init 8 KiB, data 128 KiB, init.text 64 KiB, init.data
     * 128 KiB, bss 256 KiB.
     */
    public static final XenImageSizes TYPICAL_XEN_IMAGE = new XenImageSizes(0xC0000, 0x40000, 0x2000, 0x20000,
        0x10000, 0x20000, 0x40000);

    private Extensions() {
    }
}

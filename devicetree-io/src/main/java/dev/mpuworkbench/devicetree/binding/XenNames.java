package dev.mpuworkbench.devicetree.binding;

/**
 * Names from Xen's device tree bindings ({@code docs/misc/arm/device-tree/booting.txt}) and the MPU design
 * proposal's {@code mpu,*} sections, as the importer and exporter use them.
 */
final class XenNames {
    static final String CHOSEN = "chosen";
    static final String XEN_BOOTARGS = "xen,xen-bootargs";
    static final String STATIC_HEAP = "xen,static-heap";
    static final String BOOT_MODULE_SECTION = "mpu,boot-module-section";
    static final String GUEST_MEMORY_SECTION = "mpu,guest-memory-section";
    static final String DEVICE_MEMORY_SECTION = "mpu,device-memory-section";

    static final String DOMAIN = "xen,domain";
    static final String CPUS = "cpus";
    static final String MEMORY = "memory";
    static final String STATIC_MEM = "xen,static-mem";
    static final String DIRECT_MAP = "direct-map";
    static final String EL1_MSA = "v8r_el1_msa";
    static final String PASSTHROUGH = "xen,passthrough";
    static final String BOOTARGS = "bootargs";

    static final String MULTIBOOT_MODULE = "multiboot,module";
    static final String MULTIBOOT_KERNEL = "multiboot,kernel";
    static final String MULTIBOOT_RAMDISK = "multiboot,ramdisk";
    static final String MULTIBOOT_DEVICE_TREE = "multiboot,device-tree";
    static final String XSM_POLICY = "xen,xsm-policy";
    static final String LEGACY_KERNEL = "xen,linux-zimage";
    static final String LEGACY_RAMDISK = "xen,linux-initrd";
    static final String LEGACY_MODULE = "xen,multiboot-module";
    static final String UEFI_BINARY = "xen,uefi-binary";

    static final String SHARED_MEMORY = "xen,domain-shared-memory-v1";
    static final String SHM_ID = "xen,shm-id";
    static final String SHARED_MEM = "xen,shared-mem";
    static final String ROLE = "role";

    private XenNames() {
    }
}

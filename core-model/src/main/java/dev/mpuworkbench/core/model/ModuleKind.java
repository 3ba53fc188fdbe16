package dev.mpuworkbench.core.model;

/** What a boot module holds, and the multiboot compatible strings Xen recognises it by. */
public enum ModuleKind {
    KERNEL("multiboot,kernel"),
    RAMDISK("multiboot,ramdisk"),
    DEVICE_TREE("multiboot,device-tree"),
    XSM_POLICY("xen,xsm-policy");

    private final String compatible;

    ModuleKind(String compatible) {
        this.compatible = compatible;
    }

    public String compatible() {
        return compatible;
    }
}

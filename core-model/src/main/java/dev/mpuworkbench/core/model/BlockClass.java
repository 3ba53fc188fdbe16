package dev.mpuworkbench.core.model;

/** The classes of memory a map shows and the rules reason about (DOMAIN.md §2). */
public enum BlockClass {
    XEN_IMAGE(true),
    STATIC_HEAP(true),
    GUEST_RAM(true),
    BOOT_MODULE(true),
    SHARED_MEMORY(true),
    DEVICE(false),
    SECTION(false);

    private final boolean ram;

    BlockClass(boolean ram) {
        this.ram = ram;
    }

    /** Whether blocks of this class live in RAM (and so must sit inside a memory bank). */
    public boolean isRam() {
        return ram;
    }
}

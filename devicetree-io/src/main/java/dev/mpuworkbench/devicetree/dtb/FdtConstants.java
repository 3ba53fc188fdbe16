package dev.mpuworkbench.devicetree.dtb;

/** Numbers of the flattened device tree format (devicetree specification chapter 5). */
final class FdtConstants {
    static final int MAGIC = 0xd00dfeed;
    static final int BEGIN_NODE = 0x1;
    static final int END_NODE = 0x2;
    static final int PROP = 0x3;
    static final int NOP = 0x4;
    static final int END = 0x9;
    static final int VERSION = 17;
    static final int LAST_COMPATIBLE_VERSION = 16;
    static final int HEADER_SIZE = 40;
    static final int RESERVE_ENTRY_SIZE = 16;

    private FdtConstants() {
    }
}

package dev.mpuworkbench.emulator.xen;

/**
 * What an EL2 MPU region grants, as Xen encodes it: the MAIR_EL2 index, read-only (AP[1]), EL1/EL0 access (AP[0],
 * the stage-2 grant), execute-never at EL2 (XN[1]) and for the guest (XN[0]). Shareability follows the memory type
 * as {@code pr_of_addr} sets it: inner for Normal write-back (index 7), outer for everything else.
 */
public record RegionPerm(int attrIndex, boolean readOnly, boolean el1Access, boolean xnEl2, boolean xnEl1) {
    public static final int NORMAL = 7;
    public static final int DEVICE_NGNRE = 4;
    public static final int NORMAL_NC = 1;
    public static final int DEVICE_NGNRNE = 0;
    public static final long ADDRESS_MASK = 0x0000_FFFF_FFFF_FFC0L;

    /** {@code PAGE_HYPERVISOR_RW}: data, bss, heap, guest RAM as Xen sees it (PRBAR bits 0x32). */
    public static final RegionPerm HYPERVISOR_RW = new RegionPerm(NORMAL, false, false, true, false);
    /** {@code PAGE_HYPERVISOR_RO} (0x3A). */
    public static final RegionPerm HYPERVISOR_RO = new RegionPerm(NORMAL, true, false, true, false);
    /** {@code PAGE_HYPERVISOR_RX}: text (0x38). */
    public static final RegionPerm HYPERVISOR_RX = new RegionPerm(NORMAL, true, false, false, false);
    /** {@code PAGE_HYPERVISOR_NOCACHE}: ioremap_nocache, Device-nGnRE (0x22). */
    public static final RegionPerm HYPERVISOR_NOCACHE = new RegionPerm(DEVICE_NGNRE, false, false, true, false);
    /** {@code PAGE_HYPERVISOR_WC}: ioremap_wc and copy_from_paddr, Normal non-cacheable (0x22). */
    public static final RegionPerm HYPERVISOR_WC = new RegionPerm(NORMAL_NC, false, false, true, false);
    /** A guest's RAM and shared memory at stage 2: RW for every level, executable by the guest only (0x36). */
    public static final RegionPerm GUEST_RAM = new RegionPerm(NORMAL, false, true, true, false);

    public RegionPerm {
        if (attrIndex < 0 || attrIndex > 7) throw new IllegalArgumentException("AttrIndx must be 0..7");
    }

    /** A device window passed through to a guest: RW for every level, never executable (0x27 for Device-nGnRE). */
    public static RegionPerm guestDevice(int attrIndex) {
        return new RegionPerm(attrIndex, false, true, true, true);
    }

    public boolean normalWriteBack() {
        return attrIndex == NORMAL;
    }

    /** SH, AP and XN: PRBAR[5:0]. */
    public long prbarBits() {
        long sh = normalWriteBack() ? 0b11 : 0b10;
        long ap = (readOnly ? 0b10 : 0) | (el1Access ? 0b01 : 0);
        long xn = (xnEl2 ? 0b10 : 0) | (xnEl1 ? 0b01 : 0);
        return (sh << 4) | (ap << 2) | xn;
    }

    public long prbar(long base) {
        return (base & ADDRESS_MASK) | prbarBits();
    }

    /** PRLAR for the exclusive end {@code end}: LIMIT = (end - 1) cut to the granule, AttrIndx, EN = 1. */
    public long prlar(long end) {
        return ((end - 1) & ADDRESS_MASK) | ((long) attrIndex << 1) | 1L;
    }

    /**
     * HPRBAR of an AArch32 (Cortex-R52) Xen: BASE[31:6], SH[4:3], AP[2] read-only, AP[1] EL1 access, one XN[0] for
     * EL2 and the guest alike, so a region a guest may use takes the guest's XN (xen_mpu.md §2.6).
     */
    public long prbar32(long base) {
        long sh = normalWriteBack() ? 0b11 : 0b10;
        boolean xn = el1Access ? xnEl1 : xnEl2;
        return (base & 0xFFFF_FFC0L) | (sh << 3) | (readOnly ? 0b100 : 0) | (el1Access ? 0b10 : 0) | (xn ? 1 : 0);
    }

    /** HPRLAR: as PRLAR with a 32-bit LIMIT. */
    public long prlar32(long end) {
        return ((end - 1) & 0xFFFF_FFC0L) | ((long) attrIndex << 1) | 1L;
    }

    /** Xen refuses a mapping EL2 could both write and execute ({@code flags_has_rwx}). */
    public boolean writableAndExecutable() {
        return !readOnly && !xnEl2;
    }

    /** How strict the memory type is: Device-nGnRnE above Device-nGnRE above Normal-NC above Normal. */
    int strictness() {
        return switch (attrIndex) {
            case DEVICE_NGNRNE -> 3;
            case DEVICE_NGNRE -> 2;
            case NORMAL_NC -> 1;
            default -> 0;
        };
    }

    /** One region for bytes two requests share: the stricter type and the union of the grants. */
    public RegionPerm combine(RegionPerm o) {
        int type = strictness() >= o.strictness() ? attrIndex : o.attrIndex;
        return new RegionPerm(type, readOnly && o.readOnly, el1Access || o.el1Access, xnEl2 && o.xnEl2,
            xnEl1 && o.xnEl1);
    }

    /** Short text, e.g. {@code RW XN Normal} or {@code RW EL1 XN/XN Device-nGnRE}. */
    public String describe() {
        String type = switch (attrIndex) {
            case NORMAL -> "Normal";
            case DEVICE_NGNRE -> "Device-nGnRE";
            case NORMAL_NC -> "Normal-NC";
            case DEVICE_NGNRNE -> "Device-nGnRnE";
            default -> "Attr" + attrIndex;
        };
        return (readOnly ? "RO" : "RW") + (el1Access ? " EL2+EL1" : " EL2") + (xnEl2 ? " XN" : " X")
            + (el1Access ? (xnEl1 ? "/XN" : "/X") : "") + " " + type;
    }
}

package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.MemoryType;
import java.util.Objects;

/**
 * What an EL2 MPU region grants, decoded from PRBAR/PRLAR: memory type (the MAIR_EL2 index), access
 * permission AP[1] (read-only) and AP[0] (EL1/EL0 may access, i.e. stage 2 grants the guest), and the two
 * execute-never bits XN[1] (EL2) and XN[0] (stage 2, EL1/EL0). Shareability follows the memory type as
 * Xen's {@code pr_of_addr} sets it: inner shareable for Normal write-back, outer for the rest.
 */
public record RegionAttributes(MemoryType type, boolean readOnly, boolean el1Access, boolean el2ExecuteNever,
                               boolean el1ExecuteNever) {
    /** Xen text: read-only, executable at EL2 (PRBAR attributes 0x38 on AArch64). */
    public static final RegionAttributes XEN_TEXT = new RegionAttributes(MemoryType.NORMAL_WB, true, false, false, false);
    /** Xen read-only data and other read-only mappings (0x3A). */
    public static final RegionAttributes XEN_READ_ONLY = new RegionAttributes(MemoryType.NORMAL_WB, true, false, true, false);
    /** Xen data, bss, heap and guest RAM as Xen sees it (0x32). */
    public static final RegionAttributes XEN_READ_WRITE = new RegionAttributes(MemoryType.NORMAL_WB, false, false, true, false);
    /** Xen's own devices, ioremap_nocache (0x22, Device-nGnRE). */
    public static final RegionAttributes XEN_DEVICE = new RegionAttributes(MemoryType.DEVICE_nGnRE, false, false, true, false);
    /** A guest's RAM and shared memory in stage 2: RW for all levels, executable by the guest, never by EL2 (0x36). */
    public static final RegionAttributes GUEST_RAM = new RegionAttributes(MemoryType.NORMAL_WB, false, true, true, false);

    public RegionAttributes {
        Objects.requireNonNull(type, "type");
    }

    /** A device passed through to a guest: RW for all levels, never executable (0x27 for Device-nGnRE). */
    public static RegionAttributes guestDevice(MemoryType type) {
        return new RegionAttributes(type, false, true, true, true);
    }

    /** Shareability field SH[1:0]: 0b11 inner shareable, 0b10 outer shareable. */
    public int shareability() {
        return type == MemoryType.NORMAL_WB ? 0b11 : 0b10;
    }

    /** AP[1:0]. */
    public int accessPermission() {
        return (readOnly ? 0b10 : 0) | (el1Access ? 0b01 : 0);
    }

    public boolean writable() {
        return !readOnly;
    }

    public boolean executableAtEl2() {
        return !el2ExecuteNever;
    }

    /** Whether EL2 could both write and execute through this region (Xen refuses such mappings). */
    public boolean writableAndExecutableAtEl2() {
        return writable() && executableAtEl2();
    }

    /**
     * What one region must grant when two requests share bytes: the stricter memory type and the union of
     * the permissions (so a byte asked writable by one and executable by the other becomes W+X, which the
     * W+X rule then reports).
     */
    public RegionAttributes combine(RegionAttributes other) {
        MemoryType t = type.strictness() >= other.type.strictness() ? type : other.type;
        return new RegionAttributes(t, readOnly && other.readOnly, el1Access || other.el1Access,
            el2ExecuteNever && other.el2ExecuteNever, el1ExecuteNever && other.el1ExecuteNever);
    }

    /** A short human description, e.g. {@code Normal-WB RO X@EL2} or {@code Device-nGnRE RW EL1 XN}. */
    public String describe() {
        String t = switch (type) {
            case NORMAL_WB -> "Normal-WB";
            case NORMAL_NC -> "Normal-NC";
            case DEVICE_nGnRE -> "Device-nGnRE";
            case DEVICE_nGnRnE -> "Device-nGnRnE";
        };
        StringBuilder sb = new StringBuilder(t).append(readOnly ? " RO" : " RW");
        sb.append(el1Access ? " EL2+EL1" : " EL2-only");
        sb.append(el2ExecuteNever ? " XN@EL2" : " X@EL2");
        if (el1Access) sb.append(el1ExecuteNever ? " XN@EL1" : " X@EL1");
        return sb.toString();
    }
}

package dev.mpuworkbench.core.model;

/**
 * The {@code /chosen} {@code mpu,*} sections of the partitioned design; each may be null (absent).
 *
 * @param bootModules  {@code mpu,boot-module-section}: every boot module must lie inside
 * @param guestMemory  {@code mpu,guest-memory-section}: every {@code xen,static-mem} bank must lie inside
 * @param deviceMemory {@code mpu,device-memory-section}: every device Xen or a guest maps must lie inside
 */
public record Sections(AddressRange bootModules, AddressRange guestMemory, AddressRange deviceMemory) {
    public static final Sections NONE = new Sections(null, null, null);

    public Sections withBootModules(AddressRange r) {
        return new Sections(r, guestMemory, deviceMemory);
    }

    public Sections withGuestMemory(AddressRange r) {
        return new Sections(bootModules, r, deviceMemory);
    }

    public Sections withDeviceMemory(AddressRange r) {
        return new Sections(bootModules, guestMemory, r);
    }
}

package dev.mpuworkbench.core.model;

import java.util.Objects;

/**
 * A file the firmware loads into RAM before Xen starts.
 *
 * @param name     unique among its siblings (e.g. {@code kernel})
 * @param kind     what it holds
 * @param file     file name as the boot script loads it
 * @param range    where it is loaded; the size is the file's size
 * @param bootargs command line for a kernel module, else empty
 */
public record BootModule(String name, ModuleKind kind, String file, AddressRange range, String bootargs) {
    public BootModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bootargs, "bootargs");
    }

    public BootModule withRange(AddressRange r) {
        return new BootModule(name, kind, file, r, bootargs);
    }
}

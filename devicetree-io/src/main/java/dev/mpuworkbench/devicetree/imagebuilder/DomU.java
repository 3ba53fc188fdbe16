package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code DOMU_*[index]} settings of one dom0less guest, as written (defaults are applied by the
 * {@code effective*} methods, as ImageBuilder's {@code xen_config} applies them).
 *
 * @param memMib          {@code DOMU_MEM} in MiB
 * @param passthroughDtb  {@code DOMU_PASSTHROUGH_DTB}
 * @param noBoot          {@code DOMU_NOBOOT} is set (ImageBuilder does not load or start the guest)
 * @param other           other {@code DOMU_*} arrays of this index (e.g. {@code DOMU_COLORS}), by variable name
 */
public record DomU(int index, Optional<String> kernel, Optional<String> ramdisk, Optional<String> passthroughDtb,
                   List<String> passthroughPaths, OptionalLong memMib, OptionalInt vcpus, List<AddressSize> staticMem,
                   Optional<Boolean> directMap, Optional<String> cmd, Optional<SharedMem> sharedMem, boolean noBoot,
                   Optional<String> rootfs, Map<String, String> other) {
    /** ImageBuilder's {@code DOMU_MEM} default. */
    public static final long DEFAULT_MEM_MIB = 512;
    /** ImageBuilder 2023.2's {@code DOMU_CMD} default. */
    public static final String DEFAULT_CMD = "console=ttyAMA0";

    public DomU {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(ramdisk, "ramdisk");
        Objects.requireNonNull(passthroughDtb, "passthroughDtb");
        passthroughPaths = List.copyOf(passthroughPaths);
        Objects.requireNonNull(memMib, "memMib");
        Objects.requireNonNull(vcpus, "vcpus");
        staticMem = List.copyOf(staticMem);
        Objects.requireNonNull(directMap, "directMap");
        Objects.requireNonNull(cmd, "cmd");
        Objects.requireNonNull(sharedMem, "sharedMem");
        Objects.requireNonNull(rootfs, "rootfs");
        other = Map.copyOf(other);
    }

    /** Whether ImageBuilder loads and starts this guest (not {@code DOMU_NOBOOT}, no {@code DOMU_ROOTFS}). */
    public boolean booted() {
        return !noBoot && rootfs.isEmpty();
    }

    public int effectiveVcpus() {
        return vcpus.orElse(1);
    }

    /** {@code direct-map} is written only with static memory; {@code DOMU_DIRECT_MAP} defaults to 1. */
    public boolean effectiveDirectMap() {
        return !staticMem.isEmpty() && directMap.orElse(true);
    }

    /** The {@code memory} property in KiB: the static banks' sum when there are banks, else DOMU_MEM (512 MiB when 0). */
    public long effectiveMemKib() {
        if (!staticMem.isEmpty()) return staticMem.stream().mapToLong(AddressSize::size).sum() >> 10;
        long mib = memMib.orElse(0);
        return (mib == 0 ? DEFAULT_MEM_MIB : mib) * 1024;
    }

    public String effectiveCmd() {
        return cmd.filter(s -> !s.isEmpty()).orElse(DEFAULT_CMD);
    }
}

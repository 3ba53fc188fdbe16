package dev.mpuworkbench.emulator.boot;

import java.util.Arrays;
import java.util.Objects;

/**
 * The files a board boots from, exactly as {@code mpuwb export} writes them: the Kconfig fragment and the board
 * header of the Xen build, the runtime DTB and the U-Boot {@code boot.source}.
 */
public record BootArtifacts(String kconfig, String header, byte[] dtb, String bootSource) {
    public BootArtifacts {
        Objects.requireNonNull(kconfig, "kconfig");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(bootSource, "bootSource");
        dtb = dtb.clone();
    }

    @Override
    public byte[] dtb() {
        return dtb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootArtifacts a && kconfig.equals(a.kconfig) && header.equals(a.header)
            && Arrays.equals(dtb, a.dtb) && bootSource.equals(a.bootSource);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kconfig, header, Arrays.hashCode(dtb), bootSource);
    }

    @Override
    public String toString() {
        return "BootArtifacts[kconfig " + kconfig.length() + " chars, header " + header.length() + " chars, dtb "
            + dtb.length + " bytes, boot.source " + bootSource.length() + " chars]";
    }
}

package dev.mpuworkbench.devicetree.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a boot script tells the firmware to do, as far as memory goes.
 *
 * @param loads       every load command, in script order
 * @param fdtAddress  the address of the last {@code fdt addr} command
 * @param boot        the last {@code booti}/{@code bootz}/{@code bootm} command
 */
public record BootScriptContents(List<Load> loads, OptionalLong fdtAddress, Optional<Boot> boot) {
    public BootScriptContents {
        loads = List.copyOf(loads);
        Objects.requireNonNull(fdtAddress, "fdtAddress");
        Objects.requireNonNull(boot, "boot");
    }

    /** {@code <load command> <address> <file>} on line {@code line}. */
    public record Load(long address, String file, int line) {
        public Load {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * {@code booti <kernel> <ramdisk or -> <fdt>}.
     *
     * @param ramdiskAddress empty for {@code -}
     */
    public record Boot(String command, long kernelAddress, OptionalLong ramdiskAddress, long fdtAddress, int line) {
        public Boot {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(ramdiskAddress, "ramdiskAddress");
        }
    }
}

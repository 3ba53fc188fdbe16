package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.Locale;
import java.util.Optional;

/**
 * The Xen build of a design: {@code xen,xen-bootargs} from Xen's binding; start address, image sizes, mode,
 * EFI and early UART from our extension properties, else from the {@code --build} Kconfig fragment, else the
 * documented defaults ({@link Extensions}). Values {@code --build} sets win over the tree's.
 */
final class XenBuildReader {
    private final ImportContext ctx;
    private final Node chosen;
    private final KconfigBuildOptions build;

    XenBuildReader(ImportContext ctx, Node chosen, KconfigBuildOptions build) {
        this.ctx = ctx;
        this.chosen = chosen;
        this.build = build;
    }

    XenBuild read(Board board, Optional<Device> stdoutUart) throws BindingException {
        long start = startAddress(board);
        XenImageSizes sizes = sizes();
        AddressRange uart = earlyUart(stdoutUart);
        XenMode mode = mode();
        boolean efi = chosen.hasProperty(Extensions.EFI_BOOT);
        String bootargs = Optional.ofNullable(ctx.cells.string(chosen, XenNames.XEN_BOOTARGS)).orElse("");
        return new XenBuild(start, sizes, uart, mode, efi, bootargs);
    }

    private long startAddress(Board board) throws BindingException {
        long[] given = ctx.cells.u64s(chosen, Extensions.XEN_START_ADDRESS, 1);
        if (build != null && build.xenStartAddress().isPresent()) {
            long fromBuild = build.xenStartAddress().getAsLong();
            if (given != null && given[0] != fromBuild) {
                ctx.note(chosen, build.fileName() + " sets CONFIG_XEN_START_ADDRESS=" + Hex.of(fromBuild)
                    + ", which wins over " + Extensions.XEN_START_ADDRESS + " = " + Hex.of(given[0]));
            }
            return fromBuild;
        }
        if (given != null) return given[0];
        long lowest = board.memory().stream().map(MemoryBank::range).mapToLong(AddressRange::base).min().orElse(0);
        long start = lowest + Extensions.DEFAULT_XEN_OFFSET;
        ctx.note(chosen, "no Xen start address in the tree or the build options: Xen placed at the lowest RAM + "
            + "2 MiB = " + Hex.of(start));
        return start;
    }

    private XenImageSizes sizes() throws BindingException {
        long[] s = ctx.cells.u64s(chosen, Extensions.XEN_IMAGE_SIZES, 7);
        if (s == null) {
            ctx.note(chosen, "no Xen image sizes in the tree: a typical build is assumed (" + Extensions.XEN_IMAGE_SIZES
                + " gives them)");
            return Extensions.TYPICAL_XEN_IMAGE;
        }
        try {
            return new XenImageSizes(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
        } catch (IllegalArgumentException e) {
            throw ctx.error(chosen, Extensions.XEN_IMAGE_SIZES, Extensions.XEN_IMAGE_SIZES + ": " + e.getMessage());
        }
    }

    private AddressRange earlyUart(Optional<Device> stdoutUart) throws BindingException {
        Property p = chosen.propertyOrNull(Extensions.EARLY_UART);
        AddressRange given = null;
        if (p != null && !p.isEmpty()) given = ctx.cells.oneRange(chosen, Extensions.EARLY_UART, ctx.cells.widthsOf(chosen));
        if (build != null && build.earlyUart().isPresent()) {
            AddressRange fromBuild = build.earlyUart().get();
            if (p != null && !fromBuild.equals(given)) {
                ctx.note(chosen, build.fileName() + " sets the early UART to " + fromBuild + ", which wins over "
                    + Extensions.EARLY_UART);
            }
            return fromBuild;
        }
        if (p != null) return given;
        Optional<AddressRange> window = stdoutUart.flatMap(d -> d.mmio().stream().findFirst());
        if (window.isEmpty()) {
            ctx.note(chosen, "no early UART given and stdout-path names no UART: early printk off");
            return null;
        }
        ctx.note(chosen, "early UART = the first window of " + stdoutUart.get().name() + ", the stdout-path UART");
        return window.get();
    }

    private XenMode mode() throws BindingException {
        String m = ctx.cells.string(chosen, Extensions.XEN_MODE);
        if (m == null) return XenMode.PARTITIONED;
        for (XenMode mode : XenMode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(m)) return mode;
        }
        throw ctx.error(chosen, Extensions.XEN_MODE, Extensions.XEN_MODE + " is \"" + m
            + "\"; expected \"partitioned\" or \"upstream\"");
    }

    /** The XenMode value as the tree writes it. */
    static String modeText(XenMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}

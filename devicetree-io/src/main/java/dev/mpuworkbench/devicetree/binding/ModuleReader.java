package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Boot module nodes ({@code multiboot,*}, {@code xen,xsm-policy} and our host-level ones) of one parent node.
 * Modules without a specific compatible follow Xen's guess: the first is the kernel, the second the ramdisk.
 */
final class ModuleReader {
    private final ImportContext ctx;
    private final Cells.Widths widths;
    private final Set<String> names = new HashSet<>();
    private int untyped;

    ModuleReader(ImportContext ctx, Node parent) throws BindingException {
        this.ctx = ctx;
        this.widths = ctx.cells.widthsOf(parent);
    }

    /** Whether the node is a boot module of a domain (the kinds Xen loads for a guest). */
    static boolean isDomainModule(Node node) {
        List<String> c = node.strings("compatible");
        return c.contains(XenNames.MULTIBOOT_MODULE) || c.contains(XenNames.LEGACY_MODULE)
            || specificKind(c).isPresent();
    }

    /** Whether the node is one of our host-level module nodes or Xen's XSM policy under {@code /chosen}. */
    static boolean isHostModule(Node node) {
        List<String> c = node.strings("compatible");
        return c.contains(Extensions.HOST_DTB) || c.contains(Extensions.HOST_KERNEL)
            || c.contains(Extensions.HOST_RAMDISK) || c.contains(XenNames.XSM_POLICY);
    }

    static Optional<ModuleKind> specificKind(List<String> compatibles) {
        for (String c : compatibles) {
            switch (c) {
                case XenNames.MULTIBOOT_KERNEL, XenNames.LEGACY_KERNEL, Extensions.HOST_KERNEL -> {
                    return Optional.of(ModuleKind.KERNEL);
                }
                case XenNames.MULTIBOOT_RAMDISK, XenNames.LEGACY_RAMDISK, Extensions.HOST_RAMDISK -> {
                    return Optional.of(ModuleKind.RAMDISK);
                }
                case XenNames.MULTIBOOT_DEVICE_TREE, Extensions.HOST_DTB -> {
                    return Optional.of(ModuleKind.DEVICE_TREE);
                }
                case XenNames.XSM_POLICY -> {
                    return Optional.of(ModuleKind.XSM_POLICY);
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** The module, or empty (with a note) when the design cannot hold it. */
    Optional<BootModule> read(Node node) throws BindingException {
        Optional<ModuleKind> kind = specificKind(node.strings("compatible"));
        if (kind.isEmpty()) {
            untyped++;
            if (untyped > 2) {
                ctx.note(node, "a third module without a specific compatible: Xen cannot tell what it is; left out");
                return Optional.empty();
            }
            kind = Optional.of(untyped == 1 ? ModuleKind.KERNEL : ModuleKind.RAMDISK);
            ctx.note(node, "no specific compatible: taken as the " + (untyped == 1 ? "kernel" : "ramdisk")
                + " (Xen's guess by order)");
        }
        if (!node.hasProperty("reg")) {
            String why = node.hasProperty(XenNames.UEFI_BINARY) ? " (it is loaded by the EFI stub, which Xen on "
                + "the MPU does not have)" : "";
            ctx.note(node, "module without reg" + why + ": left out");
            return Optional.empty();
        }
        AddressRange range = ctx.cells.oneRange(node, "reg", widths);
        String name = ctx.cells.string(node, Extensions.NAME);
        if (name == null) name = defaultName(kind.get());
        if (!names.add(name)) throw ctx.error(node, Extensions.NAME, "a second module is called \"" + name + "\"");
        String file = Optional.ofNullable(ctx.cells.string(node, Extensions.FILE)).orElse("");
        String bootargs = Optional.ofNullable(ctx.cells.string(node, Extensions.BOOTARGS)).orElse("");
        return Optional.of(new BootModule(name, kind.get(), file, range, bootargs));
    }

    private String defaultName(ModuleKind kind) {
        String base = switch (kind) {
            case KERNEL -> "kernel";
            case RAMDISK -> "ramdisk";
            case DEVICE_TREE -> "dtb";
            case XSM_POLICY -> "xsm";
        };
        String name = base;
        for (int n = 2; names.contains(name); n++) name = base + "-" + n;
        return name;
    }
}

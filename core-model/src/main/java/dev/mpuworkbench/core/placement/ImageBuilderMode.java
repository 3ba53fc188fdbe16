package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenSection;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies ImageBuilder's placement to a design: the design's boot modules and Xen become ImageBuilder's files
 * in its load order (dom0 kernel and ramdisk, then per domain kernel, ramdisk, passthrough DTB, then Xen, the
 * XSM policy, device-tree overlays, the host DTB), MEMORY_START/END are the lowest RAM bank. ImageBuilder
 * knows nothing of static memory, the heap or the MPU, so nothing else moves and nothing is checked beyond its
 * own MEMORY_END test; the validator's findings come back with the result.
 */
final class ImageBuilderMode {
    private ImageBuilderMode() {
    }

    static PlacementResult place(Design design, ImageBuilderPlacement.Flavour flavour) {
        Optional<MemoryBank> first = design.board().memory().stream().min(Comparator.comparing(MemoryBank::range));
        if (first.isEmpty()) return new PlacementResult.Failed("the board has no RAM bank to take MEMORY_START from", List.of());
        AddressRange ram = first.get().range();
        List<String> notes = new ArrayList<>();
        List<ImageBuilderFile> files = files(design, notes);
        Set<AddressRange> reserved = new LinkedHashSet<>();
        for (ReservedRange r : design.board().reserved()) {
            if (r.source() == ReservedRange.Source.RESERVED_MEMORY_NODE) reserved.add(r.range());
        }
        ImageBuilderPlacement.Layout layout = ImageBuilderPlacement.place(ram.base(), ram.end(), files,
            new ArrayList<>(reserved), flavour);
        if (!layout.fits()) return new PlacementResult.Failed(ImageBuilderPlacement.overflowMessage(layout, ram.end()), List.of());
        Design out = design;
        for (ImageBuilderPlacement.Loaded f : layout.files()) {
            if (f.subject().equals(SubjectPath.XEN_IMAGE)) {
                out = out.withXen(out.xen().withStartAddress(f.address()));
            } else {
                out = DesignPlacement.withRange(out, f.subject(), f.range());
            }
        }
        notes.add(0, "ImageBuilder (" + flavour + ") with MEMORY_START " + Hex.of(ram.base()) + " and MEMORY_END "
            + Hex.of(ram.end()) + ": boot.scr at " + Hex.of(layout.bootScript()) + ", " + layout.files().size()
            + " files up to " + Hex.of(layout.endAddress()) + ".");
        return new PlacementResult.Placed(out, notes, DesignValidator.full().validate(out));
    }

    static List<ImageBuilderFile> files(Design design, List<String> notes) {
        List<ImageBuilderFile> out = new ArrayList<>();
        List<BootModule> host = new ArrayList<>(design.modules());
        take(host, ModuleKind.KERNEL, m -> out.add(file(SubjectPath.hostModule(m.name()), m)));
        take(host, ModuleKind.RAMDISK, m -> out.add(file(SubjectPath.hostModule(m.name()), m)));
        for (Domain d : design.domains()) {
            List<BootModule> mods = new ArrayList<>(d.modules());
            for (ModuleKind kind : List.of(ModuleKind.KERNEL, ModuleKind.RAMDISK, ModuleKind.DEVICE_TREE)) {
                take(mods, kind, m -> out.add(file(SubjectPath.domainModule(d.name(), m.name()), m)));
            }
            for (BootModule m : mods) {
                out.add(file(SubjectPath.domainModule(d.name(), m.name()), m));
                notes.add(d.name() + " " + m.name() + " has no ImageBuilder variable; loaded after the domain's files.");
            }
        }
        List<XenSection> s = design.xen().sections();
        long image = design.xen().imageRange().size();
        long binary = s.get(XenSection.Kind.BSS.ordinal()).range().base() - design.xen().startAddress();
        out.add(new ImageBuilderFile(SubjectPath.XEN_IMAGE, binary, image));
        take(host, ModuleKind.XSM_POLICY, m -> out.add(file(SubjectPath.hostModule(m.name()), m)));
        BootModule dtb = host.stream().filter(m -> m.kind() == ModuleKind.DEVICE_TREE).findFirst().orElse(null);
        if (dtb != null) host.remove(dtb);
        List<BootModule> overlays = host.stream().filter(m -> m.kind() == ModuleKind.DEVICE_TREE).toList();
        for (BootModule m : overlays) out.add(file(SubjectPath.hostModule(m.name()), m));
        host.removeAll(overlays);
        if (dtb != null) out.add(file(SubjectPath.hostModule(dtb.name()), dtb));
        for (BootModule m : host) {
            out.add(file(SubjectPath.hostModule(m.name()), m));
            notes.add(m.name() + " has no ImageBuilder variable; loaded last.");
        }
        return out;
    }

    private static ImageBuilderFile file(SubjectPath subject, BootModule m) {
        return new ImageBuilderFile(subject, m.range().size(), 0);
    }

    /** Removes the first module of a kind from the list and hands it over. */
    private static void take(List<BootModule> modules, ModuleKind kind, java.util.function.Consumer<BootModule> sink) {
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).kind() == kind) {
                sink.accept(modules.remove(i));
                return;
            }
        }
    }
}

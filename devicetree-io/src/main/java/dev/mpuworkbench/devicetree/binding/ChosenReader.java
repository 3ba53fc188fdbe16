package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Xen part of {@code /chosen}: static heap, {@code mpu,*} sections, host modules, domains, locks. */
final class ChosenReader {
    private final ImportContext ctx;
    private final Node chosen;
    private final Cells.Widths chosenWidths;

    ChosenReader(ImportContext ctx, Node chosen) throws BindingException {
        this.ctx = ctx;
        this.chosen = chosen;
        this.chosenWidths = ctx.cells.widthsOf(chosen);
    }

    /** {@code xen,static-heap}, in the root's cells as Xen's binding says. */
    List<AddressRange> staticHeap() throws BindingException {
        Cells.Widths root = ctx.cells.widthsOf(ctx.tree.root());
        return Optional.ofNullable(ctx.cells.ranges(chosen, XenNames.STATIC_HEAP, root)).orElse(List.of());
    }

    Sections sections() throws BindingException {
        return new Sections(section(XenNames.BOOT_MODULE_SECTION, Extensions.BOOT_MODULE_SECTION),
            section(XenNames.GUEST_MEMORY_SECTION, Extensions.GUEST_MEMORY_SECTION),
            section(XenNames.DEVICE_MEMORY_SECTION, Extensions.DEVICE_MEMORY_SECTION));
    }

    private AddressRange section(String xenName, String ourName) throws BindingException {
        AddressRange xen = ctx.cells.oneRange(chosen, xenName, chosenWidths);
        return xen != null ? xen : ctx.cells.oneRange(chosen, ourName, chosenWidths);
    }

    List<BootModule> hostModules() throws BindingException {
        ModuleReader reader = new ModuleReader(ctx, chosen);
        List<BootModule> out = new ArrayList<>();
        for (Node child : chosen.children()) {
            if (ModuleReader.isHostModule(child)) {
                reader.read(child).ifPresent(out::add);
            } else if (ModuleReader.isDomainModule(child)) {
                ctx.note(child, "a dom0 module: the design has no dom0 (dom0less only); left out");
            } else if (child.isCompatible(XenNames.SHARED_MEMORY)) {
                ctx.note(child, "dom0 shared memory: the design has no dom0; left out");
            } else if (!DomainReader.isDomain(child)) {
                ctx.note(child, "not part of the design (" + String.join(", ", child.strings("compatible"))
                    + "); left out");
            }
        }
        return out;
    }

    List<Domain> domains(Map<String, String> deviceNameByPath, List<String> passthroughPaths)
        throws BindingException {
        DomainReader reader = new DomainReader(ctx, deviceNameByPath);
        List<Domain> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node child : chosen.children()) {
            if (!DomainReader.isDomain(child)) continue;
            Domain d = reader.read(child, chosenWidths);
            if (!names.add(d.name())) throw ctx.error(child, "a second domain is called \"" + d.name() + "\"");
            out.add(d);
        }
        return assignUnclaimed(out, deviceNameByPath, passthroughPaths);
    }

    /**
     * Host nodes marked {@code xen,passthrough} that no domain names: which domain gets them is in the
     * domains' partial device trees, which the tree does not hold. With exactly one domain that has a
     * device-tree module, that domain is the only one that can get them.
     */
    private List<Domain> assignUnclaimed(List<Domain> domains, Map<String, String> deviceNameByPath,
                                         List<String> passthroughPaths) {
        Set<String> claimed = new HashSet<>();
        domains.forEach(d -> claimed.addAll(d.passthrough()));
        Set<String> unclaimed = new LinkedHashSet<>();
        for (String path : passthroughPaths) {
            String device = deviceNameByPath.get(path);
            if (device != null && !claimed.contains(device)) unclaimed.add(device);
        }
        if (unclaimed.isEmpty()) return domains;
        List<Domain> withDtb = domains.stream()
            .filter(d -> d.modules().stream().anyMatch(m -> m.kind() == ModuleKind.DEVICE_TREE)).toList();
        if (withDtb.size() != 1) {
            ctx.note(chosen, "devices marked xen,passthrough that no domain names (" + String.join(", ", unclaimed)
                + "): " + withDtb.size() + " domains have a partial device tree, so the owner is unknown; left "
                + "unassigned");
            return domains;
        }
        Domain owner = withDtb.get(0);
        ctx.note(chosen, "devices marked xen,passthrough (" + String.join(", ", unclaimed) + ") assigned to "
            + owner.name() + ", the only domain with a partial device tree");
        List<Domain> out = new ArrayList<>();
        for (Domain d : domains) {
            if (d != owner) {
                out.add(d);
                continue;
            }
            List<String> pt = new ArrayList<>(d.passthrough());
            pt.addAll(unclaimed);
            out.add(new Domain(d.name(), d.vcpus(), d.memoryKib(), d.staticMem(), d.directMap(), d.el1Msa(), pt,
                d.sharedMemory(), d.modules(), d.bootargs()));
        }
        return out;
    }

    List<SubjectPath> locked() {
        List<SubjectPath> out = new ArrayList<>();
        for (String s : chosen.strings(Extensions.LOCKED)) {
            if (!s.isBlank()) out.add(new SubjectPath(s));
        }
        return out;
    }

    String designName(String fallback) throws BindingException {
        return Optional.ofNullable(ctx.cells.string(chosen, Extensions.DESIGN_NAME)).orElse(fallback);
    }
}

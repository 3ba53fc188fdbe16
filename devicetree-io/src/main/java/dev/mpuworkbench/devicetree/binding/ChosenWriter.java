package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.List;
import java.util.Map;

/** {@code /chosen}: Xen's command line, static heap, {@code mpu,*} sections, domains, modules, extensions. */
final class ChosenWriter {
    private final Design design;
    private final CellEncoder cells;
    private final int addressCells;
    private final int sizeCells;

    ChosenWriter(Design design, CellEncoder cells, int addressCells, int sizeCells) {
        this.design = design;
        this.cells = cells;
        this.addressCells = addressCells;
        this.sizeCells = sizeCells;
    }

    /**
     * Fills {@code chosen} (already in the tree); {@code pathByDevice} maps device names to host node paths,
     * {@code console} says whether {@code /aliases/serial0} names the console UART.
     */
    void write(Node chosen, Map<String, String> pathByDevice, boolean console) throws BindingException {
        XenBuild xen = design.xen();
        chosen.setProperty(Property.cells("#address-cells", addressCells));
        chosen.setProperty(Property.cells("#size-cells", sizeCells));
        if (console) chosen.setProperty(Property.strings("stdout-path", BoardTreeWriter.CONSOLE_ALIAS));
        chosen.setProperty(Property.strings(XenNames.XEN_BOOTARGS, xen.bootargs()));
        if (!design.staticHeap().isEmpty()) {
            cells.pairs(chosen, XenNames.STATIC_HEAP, addressCells, sizeCells, design.staticHeap());
        }
        sections(chosen, design.sections(), xen.mode() == XenMode.PARTITIONED);
        extensions(chosen, xen);
        NodeNames names = new NodeNames();
        for (Domain d : design.domains()) domain(chosen, names, d, pathByDevice);
        for (BootModule m : design.modules()) module(chosen, names, m, hostCompatible(m.kind()), null);
    }

    private void sections(Node chosen, Sections s, boolean partitioned) throws BindingException {
        section(chosen, partitioned ? XenNames.BOOT_MODULE_SECTION : Extensions.BOOT_MODULE_SECTION, s.bootModules());
        section(chosen, partitioned ? XenNames.GUEST_MEMORY_SECTION : Extensions.GUEST_MEMORY_SECTION, s.guestMemory());
        section(chosen, partitioned ? XenNames.DEVICE_MEMORY_SECTION : Extensions.DEVICE_MEMORY_SECTION,
            s.deviceMemory());
    }

    private void section(Node chosen, String name, AddressRange range) throws BindingException {
        if (range != null) cells.pairs(chosen, name, addressCells, sizeCells, List.of(range));
    }

    private void extensions(Node chosen, XenBuild xen) throws BindingException {
        chosen.setProperty(Property.cells(Extensions.FORMAT, Extensions.FORMAT_VERSION));
        chosen.setProperty(Property.strings(Extensions.DESIGN_NAME, design.name()));
        chosen.setProperty(Property.u64s(Extensions.XEN_START_ADDRESS, xen.startAddress()));
        XenImageSizes s = xen.sizes();
        chosen.setProperty(Property.u64s(Extensions.XEN_IMAGE_SIZES, s.text(), s.rodata(), s.roAfterInit(), s.data(),
            s.initText(), s.initData(), s.bss()));
        chosen.setProperty(Property.strings(Extensions.XEN_MODE, XenBuildReader.modeText(xen.mode())));
        if (xen.efiBoot()) chosen.setProperty(Property.empty(Extensions.EFI_BOOT));
        if (xen.earlyUart() == null) {
            chosen.setProperty(Property.empty(Extensions.EARLY_UART));
        } else {
            cells.pairs(chosen, Extensions.EARLY_UART, addressCells, sizeCells, List.of(xen.earlyUart()));
        }
        if (!design.locked().isEmpty()) {
            chosen.setProperty(Property.strings(Extensions.LOCKED,
                design.locked().stream().map(SubjectPath::value).toArray(String[]::new)));
        }
        List<ReservedRange> memreserves = design.board().reserved().stream()
            .filter(r -> r.source() == ReservedRange.Source.MEMRESERVE).toList();
        boolean defaultNames = memreserves.stream()
            .allMatch(r -> r.name().equals(MemoryReader.memreserveName(r.range().base())));
        if (!defaultNames) {
            chosen.setProperty(Property.strings(Extensions.MEMRESERVE_NAMES,
                memreserves.stream().map(ReservedRange::name).toArray(String[]::new)));
        }
    }

    private void domain(Node chosen, NodeNames names, Domain d, Map<String, String> pathByDevice)
        throws BindingException {
        String nodeName = names.pick(d.name(), null, d.name());
        Node node = chosen.addChild(nodeName);
        node.setProperty(Property.strings("compatible", XenNames.DOMAIN));
        node.setProperty(Property.cells("#address-cells", addressCells));
        node.setProperty(Property.cells("#size-cells", sizeCells));
        node.setProperty(Property.cells(XenNames.MEMORY, d.memoryKib() >>> 32, d.memoryKib() & 0xffffffffL));
        node.setProperty(Property.cells(XenNames.CPUS, d.vcpus()));
        if (!d.staticMem().isEmpty()) cells.pairs(node, XenNames.STATIC_MEM, addressCells, sizeCells, d.staticMem());
        if (d.directMap()) node.setProperty(Property.empty(XenNames.DIRECT_MAP));
        node.setProperty(Property.strings(XenNames.EL1_MSA, d.el1Msa().dtValue()));
        if (!nodeName.equals(d.name())) node.setProperty(Property.strings(Extensions.NAME, d.name()));
        if (!d.passthrough().isEmpty()) {
            node.setProperty(Property.strings(Extensions.PASSTHROUGH, d.passthrough().stream()
                .map(n -> pathByDevice.getOrDefault(n, "/" + n)).toArray(String[]::new)));
        }
        boolean hasKernel = d.modules().stream().anyMatch(m -> m.kind() == ModuleKind.KERNEL);
        if (!hasKernel && !d.bootargs().isEmpty()) node.setProperty(Property.strings(Extensions.BOOTARGS, d.bootargs()));
        NodeNames moduleNames = new NodeNames();
        boolean argsWritten = false;
        for (BootModule m : d.modules()) {
            String kernelArgs = null;
            if (m.kind() == ModuleKind.KERNEL && !argsWritten) {
                argsWritten = true;
                if (!d.bootargs().isEmpty()) kernelArgs = d.bootargs();
            }
            module(node, moduleNames, m, domainCompatible(m.kind()), kernelArgs);
        }
        for (int i = 0; i < d.sharedMemory().size(); i++) sharedMemory(node, i, d.sharedMemory().get(i));
    }

    private void module(Node parent, NodeNames names, BootModule m, String[] compatible, String bootargs)
        throws BindingException {
        Node node = parent.addChild(names.pick("", NodeNames.unit(m.range().base()), "module"));
        node.setProperty(Property.strings("compatible", compatible));
        cells.pairs(node, "reg", addressCells, sizeCells, List.of(m.range()));
        if (bootargs != null) node.setProperty(Property.strings(XenNames.BOOTARGS, bootargs));
        node.setProperty(Property.strings(Extensions.NAME, m.name()));
        node.setProperty(Property.strings(Extensions.FILE, m.file()));
        if (!m.bootargs().isEmpty()) node.setProperty(Property.strings(Extensions.BOOTARGS, m.bootargs()));
    }

    private void sharedMemory(Node domain, int index, SharedMemory s) throws BindingException {
        Node node = domain.addChild("shared-memory-" + index);
        node.setProperty(Property.strings("compatible", XenNames.SHARED_MEMORY));
        node.setProperty(Property.strings(XenNames.SHM_ID, s.id()));
        cells.tuple(node, XenNames.SHARED_MEM, new long[] {s.host().base(), s.guestAddress(), s.host().size()},
            new int[] {addressCells, addressCells, sizeCells});
        node.setProperty(Property.strings(XenNames.ROLE, s.role() == SharedMemory.Role.OWNER ? "owner" : "borrower"));
    }

    private static String[] domainCompatible(ModuleKind kind) {
        String specific = switch (kind) {
            case KERNEL -> XenNames.MULTIBOOT_KERNEL;
            case RAMDISK -> XenNames.MULTIBOOT_RAMDISK;
            case DEVICE_TREE -> XenNames.MULTIBOOT_DEVICE_TREE;
            case XSM_POLICY -> XenNames.XSM_POLICY;
        };
        return new String[] {specific, XenNames.MULTIBOOT_MODULE};
    }

    /** Host-level modules: Xen's XSM policy binding, our own compatibles for the rest (not dom0's modules). */
    private static String[] hostCompatible(ModuleKind kind) {
        return switch (kind) {
            case KERNEL -> new String[] {Extensions.HOST_KERNEL};
            case RAMDISK -> new String[] {Extensions.HOST_RAMDISK};
            case DEVICE_TREE -> new String[] {Extensions.HOST_DTB};
            case XSM_POLICY -> new String[] {XenNames.XSM_POLICY, XenNames.MULTIBOOT_MODULE};
        };
    }
}

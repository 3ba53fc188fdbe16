package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;
import java.util.function.Consumer;

/**
 * The alignments Xen and the MPU demand (DOMAIN.md §5): 4 KiB for the Xen link address, static memory,
 * shared memory and passed-through device windows; 64 B for the early UART and the MPU sections; 8 B for
 * device-tree modules; 64 KiB recommended for the static heap.
 */
public final class AlignmentRule implements Rule {
    public static final String XEN_START_UNALIGNED = "XEN_START_UNALIGNED";
    public static final String STATIC_MEM_UNALIGNED = "STATIC_MEM_UNALIGNED";
    public static final String SHM_UNALIGNED = "SHM_UNALIGNED";
    public static final String EARLY_UART_UNALIGNED = "EARLY_UART_UNALIGNED";
    public static final String SECTION_UNALIGNED = "SECTION_UNALIGNED";
    public static final String DTB_UNALIGNED = "DTB_UNALIGNED";
    public static final String HEAP_UNALIGNED = "HEAP_UNALIGNED";
    public static final String DEVICE_UNALIGNED = "DEVICE_UNALIGNED";

    private static final long HEAP_ALIGNMENT = 64 * 1024;
    private static final long DTB_ALIGNMENT = 8;

    @Override
    public List<String> codes() {
        return List.of(XEN_START_UNALIGNED, STATIC_MEM_UNALIGNED, SHM_UNALIGNED, EARLY_UART_UNALIGNED,
            SECTION_UNALIGNED, DTB_UNALIGNED, HEAP_UNALIGNED, DEVICE_UNALIGNED);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        long start = design.xen().startAddress();
        if (!AddressRange.isAligned(start, AddressRange.PAGE)) {
            long fixed = AddressRange.alignUp(start, AddressRange.PAGE);
            report.accept(Diagnostic.error(XEN_START_UNALIGNED, SubjectPath.XEN_IMAGE, design.xen().imageRange(),
                    "XEN_START_ADDRESS " + Hex.of(start) + " is not 4 KiB aligned (the build fails); use "
                        + Hex.of(fixed) + ".")
                .withFix(new Fix("Move Xen to " + Hex.of(fixed),
                    new ResizeBlock(SubjectPath.XEN_IMAGE, design.xen().imageRange().withBase(fixed)))));
        }
        AddressRange uart = design.xen().earlyUart();
        if (uart != null && !uart.isAligned(AddressRange.MPU_GRANULE)) {
            report.accept(Diagnostic.error(EARLY_UART_UNALIGNED, SubjectPath.EARLY_UART, uart,
                "early UART " + uart + " must have base and size aligned to 64 B (the MPU granule); set them to "
                    + uart.alignOutward(AddressRange.MPU_GRANULE) + "."));
        }
        for (Domain d : design.domains()) {
            for (int i = 0; i < d.staticMem().size(); i++) {
                requirePage(STATIC_MEM_UNALIGNED, SubjectPath.staticMem(d.name(), i), d.staticMem().get(i),
                    d.name() + " xen,static-mem bank " + i, report);
            }
        }
        DesignBlocks.sharedRegions(design).forEach((id, range) ->
            requirePage(SHM_UNALIGNED, SubjectPath.of("sharedMemory", id), range, "shared memory " + id, report));
        checkSections(design, report);
        checkModules(design, report);
        checkHeap(design, report);
        checkPassthrough(design, report);
    }

    private static void requirePage(String code, SubjectPath subject, AddressRange r, String what,
                                    Consumer<Diagnostic> report) {
        if (r.isAligned(AddressRange.PAGE)) return;
        AddressRange fixed = r.alignInward(AddressRange.PAGE).isEmpty()
            ? AddressRange.of(AddressRange.alignUp(r.base(), AddressRange.PAGE), AddressRange.alignUp(r.size(), AddressRange.PAGE))
            : r.alignInward(AddressRange.PAGE);
        report.accept(Diagnostic.error(code, subject, r,
                what + " " + r + " must start and end on a 4 KiB boundary; use " + fixed + ".")
            .withFix(new Fix("Align to " + fixed, new ResizeBlock(subject, fixed))));
    }

    private static void checkSections(Design design, Consumer<Diagnostic> report) {
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.blockClass() != BlockClass.SECTION) continue;
            if (!b.range().isAligned(AddressRange.MPU_GRANULE)) {
                AddressRange fixed = b.range().alignOutward(AddressRange.MPU_GRANULE);
                report.accept(Diagnostic.error(SECTION_UNALIGNED, b.subject(), b.range(),
                        b.label() + " " + b.range() + " must be 64 B aligned to become one MPU region; use " + fixed + ".")
                    .withFix(new Fix("Align to " + fixed, new ResizeBlock(b.subject(), fixed))));
            }
        }
    }

    private static void checkModules(Design design, Consumer<Diagnostic> report) {
        for (BootModule m : design.modules()) checkDtb(SubjectPath.hostModule(m.name()), m, m.name(), report);
        for (Domain d : design.domains()) {
            for (BootModule m : d.modules()) {
                checkDtb(SubjectPath.domainModule(d.name(), m.name()), m, d.name() + " " + m.name(), report);
            }
        }
    }

    private static void checkDtb(SubjectPath subject, BootModule m, String label, Consumer<Diagnostic> report) {
        if (m.kind() != ModuleKind.DEVICE_TREE || AddressRange.isAligned(m.range().base(), DTB_ALIGNMENT)) return;
        long fixed = AddressRange.alignUp(m.range().base(), DTB_ALIGNMENT);
        report.accept(Diagnostic.error(DTB_UNALIGNED, subject, m.range(),
                "device tree " + label + " at " + Hex.of(m.range().base()) + " must be 8-byte aligned; load it at "
                    + Hex.of(fixed) + ".")
            .withFix(new Fix("Load at " + Hex.of(fixed), new ResizeBlock(subject, m.range().withBase(fixed)))));
    }

    private static void checkHeap(Design design, Consumer<Diagnostic> report) {
        for (int i = 0; i < design.staticHeap().size(); i++) {
            AddressRange heap = design.staticHeap().get(i);
            if (!heap.isAligned(HEAP_ALIGNMENT)) {
                report.accept(Diagnostic.warning(HEAP_UNALIGNED, SubjectPath.staticHeap(i), heap,
                    "static heap " + heap + " is not 64 KiB aligned as Xen's binding asks; Xen maps only "
                        + heap.alignInward(AddressRange.PAGE) + ". Align it to 64 KiB."));
            }
        }
    }

    private static void checkPassthrough(Design design, Consumer<Diagnostic> report) {
        for (Domain d : design.domains()) {
            for (String name : d.passthrough()) {
                design.board().device(name).ifPresent(dev -> {
                    for (AddressRange w : dev.mmio()) {
                        if (!w.isAligned(AddressRange.PAGE)) {
                            report.accept(Diagnostic.warning(DEVICE_UNALIGNED, SubjectPath.device(name), w,
                                "device " + name + " window " + w + " passed through to " + d.name()
                                    + " is not 4 KiB aligned; Xen maps " + w.alignOutward(AddressRange.PAGE)
                                    + ", which exposes neighbouring registers."));
                        }
                    }
                });
            }
        }
    }
}

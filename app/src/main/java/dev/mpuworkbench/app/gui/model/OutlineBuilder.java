package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;

/** The outline of a design: board, Xen build, sections, heap, domains and host modules. */
public final class OutlineBuilder {
    private OutlineBuilder() {
    }

    public static OutlineNode of(Design design) {
        List<OutlineNode> top = new ArrayList<>();
        top.add(board(design.board()));
        top.add(new OutlineNode(SubjectPath.XEN, "Xen build", design.xen().mode().name().toLowerCase(java.util.Locale.ROOT),
            List.of(OutlineNode.leaf(SubjectPath.XEN_IMAGE, "image", range(design.xen().imageRange())))));
        top.add(sections(design.sections()));
        List<OutlineNode> heap = new ArrayList<>();
        for (int i = 0; i < design.staticHeap().size(); i++) {
            heap.add(OutlineNode.leaf(SubjectPath.staticHeap(i), "bank " + i, range(design.staticHeap().get(i))));
        }
        top.add(new OutlineNode(SubjectPath.of("staticHeap"), "Static heap", count(heap.size(), "bank"), heap));
        List<OutlineNode> domains = new ArrayList<>();
        for (Domain d : design.domains()) domains.add(domain(d));
        top.add(new OutlineNode(SubjectPath.of("domains"), "Domains", count(domains.size(), "domain"), domains));
        List<OutlineNode> modules = new ArrayList<>();
        for (BootModule m : design.modules()) {
            modules.add(OutlineNode.leaf(SubjectPath.hostModule(m.name()), m.name(), range(m.range())));
        }
        top.add(new OutlineNode(SubjectPath.of("modules"), "Host modules", count(modules.size(), "module"), modules));
        return new OutlineNode(SubjectPath.DESIGN, design.name(), "", top);
    }

    private static OutlineNode board(Board b) {
        List<OutlineNode> children = new ArrayList<>();
        children.add(OutlineNode.leaf(SubjectPath.of("board", "cpu"), "cpu", b.cpu() + " ×" + b.cpuCount()
            + ", MPU " + b.el2MpuRegions() + "/" + b.el1MpuRegions()));
        List<OutlineNode> banks = new ArrayList<>();
        for (MemoryBank m : b.memory()) banks.add(OutlineNode.leaf(SubjectPath.memoryBank(m.name()), m.name(), range(m.range())));
        children.add(new OutlineNode(SubjectPath.of("board", "memory"), "Memory banks", count(banks.size(), "bank"), banks));
        List<OutlineNode> reserved = new ArrayList<>();
        for (ReservedRange r : b.reserved()) {
            reserved.add(OutlineNode.leaf(SubjectPath.reserved(r.name()), r.name(), range(r.range())));
        }
        children.add(new OutlineNode(SubjectPath.of("board", "reserved"), "Reserved", count(reserved.size(), "range"),
            reserved));
        List<OutlineNode> devices = new ArrayList<>();
        for (Device d : b.devices()) {
            devices.add(OutlineNode.leaf(SubjectPath.device(d.name()), d.name(),
                d.mmio().isEmpty() ? d.kind().toString() : range(d.mmio().get(0))));
        }
        children.add(new OutlineNode(SubjectPath.of("board", "devices"), "Devices", count(devices.size(), "device"),
            devices));
        return new OutlineNode(SubjectPath.BOARD, "Board " + b.name(), "", children);
    }

    private static OutlineNode sections(Sections s) {
        List<OutlineNode> children = new ArrayList<>();
        if (s.bootModules() != null) {
            children.add(OutlineNode.leaf(SubjectPath.section("bootModules"), "boot modules", range(s.bootModules())));
        }
        if (s.guestMemory() != null) {
            children.add(OutlineNode.leaf(SubjectPath.section("guestMemory"), "guest memory", range(s.guestMemory())));
        }
        if (s.deviceMemory() != null) {
            children.add(OutlineNode.leaf(SubjectPath.section("deviceMemory"), "device memory", range(s.deviceMemory())));
        }
        return new OutlineNode(SubjectPath.of("sections"), "Sections", count(children.size(), "section"), children);
    }

    private static OutlineNode domain(Domain d) {
        List<OutlineNode> children = new ArrayList<>();
        for (int i = 0; i < d.staticMem().size(); i++) {
            children.add(OutlineNode.leaf(SubjectPath.staticMem(d.name(), i), "RAM bank " + i, range(d.staticMem().get(i))));
        }
        for (BootModule m : d.modules()) {
            children.add(OutlineNode.leaf(SubjectPath.domainModule(d.name(), m.name()), m.name(), range(m.range())));
        }
        for (SharedMemory s : d.sharedMemory()) {
            children.add(OutlineNode.leaf(SubjectPath.sharedMemory(d.name(), s.id()), s.id() + " ("
                + s.role().name().toLowerCase(java.util.Locale.ROOT) + ")", range(s.host())));
        }
        return new OutlineNode(SubjectPath.domain(d.name()), d.name(), d.vcpus() + " vCPU, "
            + Hex.size(d.memoryKib() * 1024), children);
    }

    private static String range(AddressRange r) {
        return Hex.of(r.base()) + " · " + Sizes.human(r.size());
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

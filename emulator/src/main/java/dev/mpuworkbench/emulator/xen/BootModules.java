package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Xen's {@code check_reserved_regions_overlap} as {@code bootfdt} applies it: boot modules (Xen itself, the DTB,
 * every multiboot module) must not overlap each other nor reserved memory ({@code /reserved-memory}, the static heap,
 * every domain's static memory), and reserved ranges must not overlap each other.
 */
final class BootModules {
    private record Named(String what, AddressRange range) {
    }

    private BootModules() {
    }

    static Optional<String> firstOverlap(BootInfo info, AddressRange xen, AddressRange dtb) {
        List<Named> reserved = new ArrayList<>();
        for (AddressRange r : info.reserved()) reserved.add(new Named("reserved memory", r));
        for (AddressRange h : info.staticHeap()) reserved.add(new Named("the static heap", h));
        for (DomainNode d : info.domains()) {
            for (AddressRange b : d.staticMem()) reserved.add(new Named(d.name() + "'s xen,static-mem", b));
        }
        for (int i = 0; i < reserved.size(); i++) {
            for (int j = 0; j < i; j++) {
                Optional<String> clash = clash(reserved.get(i), reserved.get(j));
                if (clash.isPresent()) return clash;
            }
        }
        List<Named> modules = new ArrayList<>();
        modules.add(new Named("the Xen image", xen));
        modules.add(new Named("the DTB", dtb));
        for (Module m : info.hostModules()) modules.add(new Named(m.path(), m.range()));
        for (DomainNode d : info.domains()) for (Module m : d.modules()) modules.add(new Named(m.path(), m.range()));
        for (int i = 0; i < modules.size(); i++) {
            for (Named r : reserved) {
                Optional<String> clash = clash(modules.get(i), r);
                if (clash.isPresent()) return clash;
            }
            for (int j = 0; j < i; j++) {
                Optional<String> clash = clash(modules.get(i), modules.get(j));
                if (clash.isPresent()) return clash;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clash(Named a, Named b) {
        if (!a.range().overlaps(b.range())) return Optional.empty();
        return Optional.of(String.format("Region %s of %s overlaps %s %s: Early FDT parsing failed", a.range(), a.what(),
            b.what(), b.range()));
    }
}

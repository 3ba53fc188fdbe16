package dev.mpuworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and replaces the address range of a placeable subject, so that moving and resizing work the
 * same way for every kind of block. Devices and the board are hardware and cannot be moved.
 */
public final class DesignPlacement {
    private DesignPlacement() {
    }

    public static Optional<AddressRange> rangeOf(Design design, SubjectPath subject) {
        return DesignBlocks.of(design).stream().filter(b -> b.subject().equals(subject)).map(MemoryBlock::range)
            .findFirst();
    }

    public static boolean isMovable(SubjectPath subject) {
        return !subject.startsWith(SubjectPath.BOARD);
    }

    /** Whether the size of the subject can change (the Xen image's size comes from the build). */
    public static boolean isResizable(SubjectPath subject) {
        return isMovable(subject) && !subject.equals(SubjectPath.XEN_IMAGE);
    }

    /**
     * The design with {@code subject} at {@code range}.
     *
     * @throws IllegalArgumentException when the subject does not exist or cannot take that range
     */
    public static Design withRange(Design design, SubjectPath subject, AddressRange range) {
        List<String> s = subject.segments();
        switch (s.get(0)) {
            case "xen" -> {
                if (!subject.equals(SubjectPath.XEN_IMAGE)) break;
                if (range.size() != design.xen().imageRange().size()) {
                    throw new IllegalArgumentException("the Xen image size comes from the build and cannot be changed here");
                }
                return design.withXen(design.xen().withStartAddress(range.base()));
            }
            case "staticHeap" -> {
                return design.withStaticHeap(replace(design.staticHeap(), index(s, 1, design.staticHeap().size(), subject),
                    range));
            }
            case "sections" -> {
                if (s.size() != 2) break;
                Sections sec = design.sections();
                return switch (s.get(1)) {
                    case "bootModules" -> design.withSections(sec.withBootModules(range));
                    case "guestMemory" -> design.withSections(sec.withGuestMemory(range));
                    case "deviceMemory" -> design.withSections(sec.withDeviceMemory(range));
                    default -> throw unknown(subject);
                };
            }
            case "modules" -> {
                if (s.size() != 2) break;
                return design.withModules(replaceModule(design.modules(), s.get(1), range, subject));
            }
            case "domains" -> {
                if (s.size() != 4) break;
                Domain d = design.domain(s.get(1)).orElseThrow(() -> unknown(subject));
                return switch (s.get(2)) {
                    case "staticMem" -> design.withDomain(d.name(), dom -> withBank(dom, index(s, 3,
                        dom.staticMem().size(), subject), range));
                    case "modules" -> design.withDomain(d.name(),
                        dom -> dom.withModules(replaceModule(dom.modules(), s.get(3), range, subject)));
                    default -> throw unknown(subject);
                };
            }
            case "sharedMemory" -> {
                if (s.size() != 2) break;
                return withSharedRegion(design, s.get(1), range, subject);
            }
            default -> {
            }
        }
        throw new IllegalArgumentException(subject + " cannot be moved or resized");
    }

    private static Domain withBank(Domain d, int bank, AddressRange range) {
        List<AddressRange> banks = replace(d.staticMem(), bank, range);
        boolean memoryMatched = d.memoryKib() * 1024 == d.staticMemBytes();
        return memoryMatched ? d.withStaticMemAndMatchingMemory(banks) : d.withStaticMem(banks);
    }

    private static Design withSharedRegion(Design design, String id, AddressRange range, SubjectPath subject) {
        boolean found = false;
        List<Domain> domains = new ArrayList<>();
        for (Domain d : design.domains()) {
            List<SharedMemory> shm = new ArrayList<>();
            for (SharedMemory m : d.sharedMemory()) {
                if (m.id().equals(id)) {
                    shm.add(m.withHost(range));
                    found = true;
                } else {
                    shm.add(m);
                }
            }
            domains.add(d.withSharedMemory(shm));
        }
        if (!found) throw unknown(subject);
        return design.withDomains(domains);
    }

    private static List<BootModule> replaceModule(List<BootModule> modules, String name, AddressRange range,
                                                  SubjectPath subject) {
        List<BootModule> out = new ArrayList<>(modules);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(name)) {
                out.set(i, out.get(i).withRange(range));
                return out;
            }
        }
        throw unknown(subject);
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> out = new ArrayList<>(list);
        out.set(index, value);
        return out;
    }

    private static int index(List<String> segments, int at, int size, SubjectPath subject) {
        try {
            int i = Integer.parseInt(segments.get(at));
            if (i >= 0 && i < size) return i;
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw unknown(subject);
    }

    private static IllegalArgumentException unknown(SubjectPath subject) {
        return new IllegalArgumentException("nothing at " + subject);
    }
}

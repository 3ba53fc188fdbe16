package dev.mpuworkbench.core.placement;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.XenDevices;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.rules.HeapRule;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The smart placement. Xen stays at XEN_START_ADDRESS (moved only when that is not free RAM and Xen is not
 * locked); locked blocks, reservations and devices are obstacles. Then, first-fit from the end of Xen:
 * the static heap (one 64 KiB-aligned bank, right after Xen when it fits, so it can share the data region),
 * the guest memory as one contiguous run in {@link GuestMemoryOrder} (so each domain's banks and shared memory
 * merge into few regions and the hypervisor maps all guest RAM with one), the boot modules as one run. The
 * MPU sections are set to hold exactly their members. The result must pass the full validator.
 */
final class SmartPlacer {
    private static final long HEAP_ALIGNMENT = 64 * 1024;
    private static final long RUN_ALIGNMENT = 2 * 1024 * 1024;

    private record Failure(String reason) {
    }

    private Design design;
    private final List<String> notes = new ArrayList<>();
    private final Map<SubjectPath, AddressRange> moves = new LinkedHashMap<>();
    private FreeRam free;
    /** A locked section's free space belongs to its members only. */
    private final Map<SubjectPath, FreeRam> insideLockedSection = new LinkedHashMap<>();
    private long xenEnd;

    private SmartPlacer(Design design) {
        this.design = design;
    }

    static PlacementResult place(Design design) {
        return new SmartPlacer(design).run();
    }

    private PlacementResult run() {
        Optional<Failure> failure = placeXen();
        if (failure.isEmpty()) failure = placeHeap();
        boolean partitioned = design.xen().mode() == XenMode.PARTITIONED;
        if (failure.isEmpty()) {
            failure = packGroup("the guest memory (static-memory banks and shared memory)", GuestMemoryOrder.of(design),
                SubjectPath.section("guestMemory"), design.sections().guestMemory(), partitioned);
        }
        if (failure.isEmpty()) {
            failure = packGroup("the boot modules", moduleSubjects(), SubjectPath.section("bootModules"),
                design.sections().bootModules(), partitioned);
        }
        if (failure.isPresent()) return new PlacementResult.Failed(failure.get().reason(), List.of());
        placeDeviceSection(partitioned);
        Design out = design;
        for (Map.Entry<SubjectPath, AddressRange> m : moves.entrySet()) out = DesignPlacement.withRange(out, m.getKey(), m.getValue());
        out = directMapSharedMemory(out);
        List<Diagnostic> diagnostics = DesignValidator.full().validate(out);
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            return new PlacementResult.Failed("no valid placement: after placing every movable block the design still has "
                + errors.size() + " error(s) that moving blocks cannot fix: "
                + errors.stream().limit(5).map(Diagnostic::format).collect(Collectors.joining("; ")), errors);
        }
        return new PlacementResult.Placed(out, notes, diagnostics);
    }

    private boolean locked(SubjectPath subject) {
        for (SubjectPath p : design.locked()) {
            if (subject.startsWith(p)) return true;
        }
        return false;
    }

    private Optional<Failure> placeXen() {
        AddressRange image = design.xen().imageRange();
        List<AddressRange> ram = design.board().memory().stream().map(MemoryBank::range).toList();
        FreeRam board = new FreeRam(ram);
        for (ReservedRange r : design.board().reserved()) board.take(r.range());
        for (Device d : design.board().devices()) d.mmio().forEach(board::take);
        boolean fine = AddressRange.isAligned(image.base(), AddressRange.PAGE) && board.contains(image);
        if (!fine) {
            if (locked(SubjectPath.XEN_IMAGE)) {
                return Optional.of(new Failure("Xen is locked at " + image + " (XEN_START_ADDRESS " + Hex.of(image.base())
                    + "), which is not free, 4 KiB-aligned RAM; unlock it or change XEN_START_ADDRESS."));
            }
            long lowest = ram.stream().mapToLong(AddressRange::base).min().orElse(0);
            Optional<AddressRange> at = board.firstFit(image.size(), RUN_ALIGNMENT, lowest + RUN_ALIGNMENT);
            if (at.isEmpty()) {
                return Optional.of(new Failure("Xen's image needs " + Hex.of(image.size()) + " bytes of free RAM; the largest "
                    + "free range is " + board.largest() + ": " + Hex.of(image.size() - board.largest().size()) + " bytes missing."));
            }
            design = design.withXen(design.xen().withStartAddress(at.get().base()));
            notes.add("moved Xen from " + Hex.of(image.base()) + " (not free RAM) to " + Hex.of(at.get().base())
                + ": rebuild Xen with CONFIG_XEN_START_ADDRESS=" + Hex.of(at.get().base()) + ".");
        }
        xenEnd = design.xen().imageRange().end();
        free = new FreeRam(ram);
        free.take(design.xen().imageRange());
        for (ReservedRange r : design.board().reserved()) free.take(r.range());
        for (Device d : design.board().devices()) d.mmio().forEach(free::take);
        List<AddressRange> lockedRam = new ArrayList<>();
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (locked(b.subject()) && b.blockClass().isRam()) lockedRam.add(b.range());
        }
        lockedRam.forEach(free::take);
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.blockClass() != BlockClass.SECTION || !locked(b.subject())) continue;
            FreeRam inside = free.copy();
            inside.keepOnly(b.range());
            insideLockedSection.put(b.subject(), inside);
            free.take(b.range());
        }
        return Optional.empty();
    }

    private Optional<Failure> placeHeap() {
        List<AddressRange> heap = new ArrayList<>(design.staticHeap());
        boolean anyLocked = false;
        for (int i = 0; i < heap.size(); i++) anyLocked |= locked(SubjectPath.staticHeap(i));
        long needed = HeapRule.frameTableBytes(design);
        if (heap.isEmpty()) {
            heap.add(AddressRange.of(0, HeapRule.minimumHeap(design)));
            notes.add("added a static heap of " + Hex.size(HeapRule.minimumHeap(design)) + " (Xen on the MPU needs one; the "
                + "frame table alone takes " + Hex.size(needed) + ").");
        } else if (heap.size() > 1 && !anyLocked) {
            long total = heap.stream().mapToLong(AddressRange::size).sum();
            heap = new ArrayList<>(List.of(AddressRange.of(heap.get(0).base(), total)));
            notes.add("merged the static heap into one bank of " + Hex.size(total) + " (Xen maps only the first bank).");
        }
        for (int i = 0; i < heap.size(); i++) {
            if (locked(SubjectPath.staticHeap(i))) continue;
            long size = AddressRange.alignUp(heap.get(i).size(), HEAP_ALIGNMENT);
            if (i == 0 && size < needed) {
                size = HeapRule.minimumHeap(design);
                notes.add("grew the static heap to " + Hex.size(size) + " so that the frame table (" + Hex.size(needed) + ") fits.");
            } else if (size != heap.get(i).size()) {
                notes.add("rounded the static heap up to " + Hex.size(size) + " (64 KiB multiple).");
            }
            Optional<AddressRange> at = free.firstFit(size, HEAP_ALIGNMENT, xenEnd);
            if (at.isEmpty()) return Optional.of(missing("the static heap", size, HEAP_ALIGNMENT));
            free.take(at.get());
            heap.set(i, at.get());
        }
        design = design.withStaticHeap(heap);
        return Optional.empty();
    }

    private List<SubjectPath> moduleSubjects() {
        List<SubjectPath> out = new ArrayList<>();
        for (BootModule m : design.modules()) out.add(SubjectPath.hostModule(m.name()));
        for (Domain d : design.domains()) {
            for (BootModule m : d.modules()) out.add(SubjectPath.domainModule(d.name(), m.name()));
        }
        return out;
    }

    /**
     * Packs members back to back (each on a page boundary) in one free run, or inside the section when the section
     * is locked; then the section, when the mode uses it, becomes the run plus any locked members.
     */
    private Optional<Failure> packGroup(String what, List<SubjectPath> members, SubjectPath sectionPath,
                                        AddressRange section, boolean makeSection) {
        List<SubjectPath> movable = new ArrayList<>();
        List<AddressRange> fixed = new ArrayList<>();
        Map<SubjectPath, Long> sizes = new LinkedHashMap<>();
        for (SubjectPath s : members) {
            AddressRange r = DesignPlacement.rangeOf(design, s).orElseThrow();
            sizes.put(s, r.size());
            if (locked(s)) fixed.add(r); else movable.add(s);
        }
        FreeRam inside = insideLockedSection.get(sectionPath);
        if (inside != null) {
            for (SubjectPath s : movable) {
                Optional<AddressRange> at = inside.firstFitInside(sizes.get(s), AddressRange.PAGE, section);
                if (at.isEmpty()) {
                    long need = movable.stream().mapToLong(x -> AddressRange.alignUp(sizes.get(x), AddressRange.PAGE)).sum();
                    long room = inside.freeBytesInside(section);
                    return Optional.of(new Failure(what + ": " + Hex.of(need) + " bytes must fit in the locked section " + section
                        + ", which has " + Hex.of(room) + " bytes free" + (room >= need ? " in pieces too small" : ": "
                        + Hex.of(need - room) + " bytes missing") + "; unlock or grow the section."));
                }
                inside.take(at.get().alignOutward(AddressRange.PAGE));
                moves.put(s, at.get());
            }
            return Optional.empty();
        }
        long total = 0;
        for (SubjectPath s : movable) total += AddressRange.alignUp(sizes.get(s), AddressRange.PAGE);
        AddressRange run = null;
        if (total > 0) {
            long from = fixed.isEmpty() ? xenEnd : fixed.stream().mapToLong(AddressRange::base).min().orElseThrow();
            Optional<AddressRange> at = free.firstFit(total, RUN_ALIGNMENT, from);
            if (at.isEmpty()) at = free.firstFit(total, AddressRange.PAGE, from);
            if (at.isEmpty()) return Optional.of(missing(what, total, AddressRange.PAGE));
            run = at.get();
            free.take(run);
            long cursor = run.base();
            for (SubjectPath s : movable) {
                moves.put(s, AddressRange.of(cursor, sizes.get(s)));
                cursor = AddressRange.alignUp(cursor + sizes.get(s), AddressRange.PAGE);
            }
        }
        if ((makeSection || section != null) && !locked(sectionPath) && (run != null || !fixed.isEmpty())) {
            long lo = run == null ? Long.MAX_VALUE : run.base();
            long hi = run == null ? Long.MIN_VALUE : run.end();
            for (AddressRange r : fixed) {
                lo = Math.min(lo, r.base());
                hi = Math.max(hi, r.end());
            }
            moves.put(sectionPath, AddressRange.between(lo, hi).alignOutward(AddressRange.MPU_GRANULE));
        }
        return Optional.empty();
    }

    private void placeDeviceSection(boolean partitioned) {
        SubjectPath path = SubjectPath.section("deviceMemory");
        AddressRange current = design.sections().deviceMemory();
        if ((!partitioned && current == null) || locked(path)) return;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Device d : XenDevices.mapped(design).values()) {
            for (AddressRange w : d.mmio()) {
                lo = Math.min(lo, w.base());
                hi = Math.max(hi, w.end());
            }
        }
        if (lo < hi) moves.put(path, AddressRange.between(lo, hi).alignOutward(AddressRange.MPU_GRANULE));
    }

    private Design directMapSharedMemory(Design d) {
        List<Domain> out = new ArrayList<>();
        for (Domain dom : d.domains()) {
            if (!dom.directMap()) {
                out.add(dom);
                continue;
            }
            List<SharedMemory> shm = new ArrayList<>();
            for (SharedMemory s : dom.sharedMemory()) {
                if (s.guestAddress() != s.host().base()) {
                    notes.add(dom.name() + " is direct-mapped: " + s.id() + " now appears at its host address "
                        + Hex.of(s.host().base()) + ".");
                    s = new SharedMemory(s.id(), s.host(), s.host().base(), s.role());
                }
                shm.add(s);
            }
            out.add(dom.withSharedMemory(shm));
        }
        return d.withDomains(out);
    }

    private Failure missing(String what, long size, long alignment) {
        AddressRange largest = free.largest();
        long usable = largest.isEmpty() ? 0 : largest.end() - AddressRange.alignUp(largest.base(), alignment);
        return new Failure(what + ": " + Hex.of(size) + " bytes (" + Hex.size(size) + ") must fit in one free RAM range, "
            + "but the largest free range left is " + largest + " ("
            + Hex.of(Math.max(usable, 0)) + " usable bytes): " + Hex.of(size - Math.max(usable, 0)) + " bytes missing.");
    }
}

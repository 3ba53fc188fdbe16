package dev.mpuworkbench.emulator.guest;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.emulator.boot.BootInfo;
import dev.mpuworkbench.emulator.boot.BootInfo.DomainNode;
import dev.mpuworkbench.emulator.boot.BootInfo.DtDevice;
import dev.mpuworkbench.emulator.boot.BootInfo.SharedMem;
import dev.mpuworkbench.emulator.guest.GuestAction.Barrier;
import dev.mpuworkbench.emulator.guest.GuestAction.Touch;
import dev.mpuworkbench.emulator.guest.GuestAction.WriteRegister;
import dev.mpuworkbench.emulator.mpu.AccessType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small deterministic program every guest vCPU runs. On the MPU the guest's physical address space is the
 * host's (VA == IPA == PA), so every address below is a host address.
 * <ol>
 *   <li>Slice 1: an RTOS-like guest ({@code v8r_el1_msa = "mpu"}) programs its EL1 MPU (its RAM split into a
 *       read-only executable part and a read-write part, its devices, its shared memory, the GIC distributor, and
 *       for the rogue the memory it is about to touch) and turns it on; a guest with an MMU at EL1 does nothing
 *       here (its stage 1 is not modelled). Then it touches its RAM (fetch, read, write), its passed-through
 *       devices and its shared memory: all allowed.</li>
 *   <li>Slice 2: it reads the GIC distributor, which no guest has at stage 2: Xen's vGIC emulates it.</li>
 *   <li>Slice 3, vCPU 0 of the rogue domain only: it writes to another domain's RAM: stage-2 fault, Xen crashes
 *       the rogue, the others keep running.</li>
 * </ol>
 */
public final class GuestWorkload {
    /** MAIR_EL1 of the guests: Attr0 Device-nGnRE, Attr1 Normal write-back. */
    public static final long GUEST_MAIR = 0xFF04L;
    /** SCTLR_EL1 with the RES1 bits, I, C and M. */
    public static final long GUEST_SCTLR = 0x30D0_1805L;
    private static final long GRANULE = AddressRange.MPU_GRANULE;
    private static final long TEXT_PART = 2L << 20;

    private GuestWorkload() {
    }

    /**
     * @param victim the domain whose RAM a rogue vCPU 0 writes to, or empty when this domain is not the rogue
     */
    public static GuestScript script(BootInfo info, DomainNode d, int vcpu, int el1Regions,
                                     Optional<DomainNode> victim) {
        List<List<GuestAction>> slices = new ArrayList<>();
        List<GuestAction> first = new ArrayList<>();
        Optional<AddressRange> gicd = info.gics().stream().filter(g -> !g.mmio().isEmpty())
            .map(g -> g.mmio().get(0)).findFirst();
        Optional<AddressRange> target = vcpu == 0 ? victim.flatMap(v -> v.staticMem().stream().findFirst())
            : Optional.empty();
        if (!d.el1Mmu()) programEl1Mpu(info, d, el1Regions, gicd, target, first);
        String name = d.name();
        for (AddressRange bank : d.staticMem()) {
            first.add(new Touch(name + " RAM fetch", AccessType.EXECUTE, bank.base(), Expectation.ALLOWED));
            first.add(new Touch(name + " RAM read", AccessType.READ, bank.base(), Expectation.ALLOWED));
            first.add(new Touch(name + " RAM write", AccessType.WRITE, bank.end() - 8, Expectation.ALLOWED));
        }
        for (String path : d.passthrough()) {
            Optional<DtDevice> dev = info.device(path);
            if (dev.isEmpty()) continue;
            for (AddressRange w : dev.get().mmio()) {
                first.add(new Touch(dev.get().name() + " read", AccessType.READ, w.base(), Expectation.ALLOWED));
                first.add(new Touch(dev.get().name() + " write", AccessType.WRITE, w.base(), Expectation.ALLOWED));
            }
        }
        for (SharedMem s : d.sharedMemory()) {
            first.add(new Touch("shm " + s.id() + " write", AccessType.WRITE, s.host().base(), Expectation.ALLOWED));
        }
        slices.add(first);
        if (gicd.isPresent()) {
            slices.add(List.of(
                new Touch("GICD_CTLR read", AccessType.READ, gicd.get().base(), Expectation.EMULATED),
                new Touch("GICD_TYPER read", AccessType.READ, gicd.get().base() + 4, Expectation.EMULATED)));
        }
        if (target.isPresent()) {
            slices.add(List.of(new Touch(victim.get().name() + " RAM write (isolation)", AccessType.WRITE,
                target.get().base(), Expectation.CRASH)));
        }
        return new GuestScript(slices);
    }

    private static void programEl1Mpu(BootInfo info, DomainNode d, int el1Regions, Optional<AddressRange> gicd,
                                      Optional<AddressRange> target, List<GuestAction> out) {
        List<long[]> regions = new ArrayList<>();
        for (AddressRange bank : d.staticMem()) {
            AddressRange b = bank.alignOutward(GRANULE);
            long split = Math.min(b.end(), b.base() + Math.min(TEXT_PART, AddressRange.alignDown(b.size() / 2, GRANULE)));
            if (split > b.base()) addRegion(regions, b.base(), split, 0x38, 1);
            addRegion(regions, split, b.end(), 0x32, 1);
        }
        for (String path : d.passthrough()) {
            info.device(path).ifPresent(dev -> dev.mmio().forEach(w -> addOut(regions, w, 0x22, 0)));
        }
        for (SharedMem s : d.sharedMemory()) addOut(regions, s.host(), 0x32, 1);
        gicd.ifPresent(g -> addOut(regions, g, 0x22, 0));
        target.ifPresent(t -> addOut(regions, t, 0x32, 1));
        out.add(new WriteRegister("MAIR_EL1", GUEST_MAIR));
        int n = Math.min(regions.size(), el1Regions);
        for (int i = 0; i < n; i++) {
            out.add(new WriteRegister("PRSELR_EL1", i));
            out.add(new Barrier(false));
            out.add(new WriteRegister("PRBAR_EL1", regions.get(i)[0]));
            out.add(new WriteRegister("PRLAR_EL1", regions.get(i)[1]));
        }
        out.add(new Barrier(true));
        out.add(new Barrier(false));
        out.add(new WriteRegister("SCTLR_EL1", GUEST_SCTLR));
        out.add(new Barrier(false));
    }

    private static void addOut(List<long[]> regions, AddressRange r, long prbarBits, int attr) {
        AddressRange o = r.alignOutward(GRANULE);
        addRegion(regions, o.base(), o.end(), prbarBits, attr);
    }

    /** Adds an EL1 region unless it would overlap one already chosen (two hits fault). */
    private static void addRegion(List<long[]> regions, long base, long end, long prbarBits, int attr) {
        if (end <= base) return;
        for (long[] r : regions) {
            long b = r[0] & ~0x3FL;
            long l = (r[1] & ~0x3FL) | 0x3F;
            if (base <= l && end - 1 >= b) return;
        }
        regions.add(new long[] {base | prbarBits, ((end - 1) & ~0x3FL) | ((long) attr << 1) | 1L});
    }
}

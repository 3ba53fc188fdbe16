package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.devicetree.imagebuilder.AddressSize;
import dev.mpuworkbench.devicetree.imagebuilder.DomU;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderConfig;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderPlacement;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderProblem;
import dev.mpuworkbench.devicetree.imagebuilder.PlacedFile;
import dev.mpuworkbench.devicetree.imagebuilder.SharedMem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A design from an ImageBuilder config placed by {@link ImageBuilderPlacement}, on a given board. The
 * modules and Xen get the addresses ImageBuilder would choose (Xen runs where it is loaded: on the MPU the
 * load address becomes {@code XEN_START_ADDRESS}); guests, static memory, shared memory and the static heap
 * come from the config. What the config does not say is filled with the defaults listed in {@link #notes}:
 * <ul>
 *   <li>Xen section sizes: those of a typical arm64 MPU build ({@link #DEFAULT_XEN_SIZES}, 0x192000 bytes in
 *       all); when the Xen file is larger, text grows so the image covers it;</li>
 *   <li>mode {@code partitioned}; no early UART (a build option the config cannot hold); no EFI unless
 *       {@code BOOT_CMD=bootefi};</li>
 *   <li>{@code v8r_el1_msa}: "mpu" for a guest with static memory and direct map, else "mmu";</li>
 *   <li>sections: guest memory spans the static-memory banks and shared regions; device memory spans the
 *       board's devices; the boot-module section is left unset when Xen lies between the modules (as
 *       ImageBuilder's order puts it), since a section must not contain Xen;</li>
 *   <li>shared memory: every domain is a borrower (ImageBuilder writes no role).</li>
 * </ul>
 * Not imported: dom0 (an error: the workbench models dom0less systems), guests ImageBuilder does not boot
 * ({@code DOMU_NOBOOT}, {@code DOMU_ROOTFS}), DT overlays and the FPGA bitstream (U-Boot consumes them).
 */
public final class ImageBuilderImport {
    public static final XenImageSizes DEFAULT_XEN_SIZES =
        new XenImageSizes(0xC_0000, 0x4_0000, 0x2000, 0x2_0000, 0x1_0000, 0x2_0000, 0x4_0000);
    /** Xen's command line when XEN_CMD is unset: ImageBuilder's default with the dom0 words removed. */
    public static final String DEFAULT_XEN_CMD = "console=dtuart dtuart=serial0 bootscrub=0 vwfi=native sched=null";

    private ImageBuilderImport() {
    }

    /**
     * @throws ImageBuilderException when the placement does not fit, the config has a dom0, a shared region
     *                               has no host address, or a passthrough path names no device of the board
     */
    public static Design toDesign(ImageBuilderConfig config, ImageBuilderPlacement placement, Board board)
            throws ImageBuilderException {
        return new Importer(config, placement, board).run();
    }

    /** The defaults {@link #toDesign} applied and what it left out, one sentence each. */
    public static List<String> notes(ImageBuilderConfig config, ImageBuilderPlacement placement, Board board)
            throws ImageBuilderException {
        Importer i = new Importer(config, placement, board);
        i.run();
        return List.copyOf(i.notes);
    }

    private static final class Importer {
        private final ImageBuilderConfig config;
        private final ImageBuilderPlacement placement;
        private final Board board;
        private final List<String> notes = new ArrayList<>();
        private final List<ImageBuilderProblem> problems = new ArrayList<>();

        Importer(ImageBuilderConfig config, ImageBuilderPlacement placement, Board board) {
            this.config = config;
            this.placement = placement;
            this.board = board;
        }

        Design run() throws ImageBuilderException {
            placement.overflowMessage().ifPresent(m -> problem("MEMORY_END", m));
            config.dom0Kernel().ifPresent(k -> problem("DOM0_KERNEL", "DOM0_KERNEL: the workbench models dom0less"
                + " systems only; remove dom0 or boot it as a domU"));
            XenBuild xen = xen();
            List<BootModule> hostModules = hostModules();
            List<Domain> domains = new ArrayList<>();
            for (DomU d : config.domUs()) {
                if (d.booted()) {
                    domains.add(domain(d));
                } else {
                    notes.add("domU" + d.index() + " is left out: ImageBuilder does not boot it (DOMU_NOBOOT or DOMU_ROOTFS)");
                }
            }
            if (!problems.isEmpty()) throw new ImageBuilderException(problems);
            for (int i = 0; i < config.dtOverlays().size(); i++) {
                notes.add("DT_OVERLAY[" + i + "] " + config.dtOverlays().get(i) + " is left out: U-Boot applies it to the DTB");
            }
            config.bitstream().ifPresent(b -> notes.add("BITSTREAM " + b + " is left out: U-Boot loads it into the FPGA"));
            placement.notes().forEach(notes::add);
            List<AddressRange> heap = config.staticHeap().stream().map(Importer::range).toList();
            if (heap.isEmpty()) notes.add("no XEN_STATIC_HEAP: Xen on the MPU needs one static heap bank; add it");
            Sections sections = sections(domains, xen, hostModules);
            return new Design("ImageBuilder import of " + config.fileName(), board, xen, sections, heap, domains,
                hostModules, List.of());
        }

        private XenBuild xen() {
            PlacedFile file = placement.file("XEN").orElseThrow(() -> new IllegalArgumentException("the placement has no XEN"));
            XenImageSizes s = DEFAULT_XEN_SIZES;
            long total = new XenBuild(0, s, null, XenMode.PARTITIONED, false, "").imageRange().size();
            if (file.size() > total) {
                long text = AddressRange.alignUp(s.text() + file.size() - total, AddressRange.PAGE);
                s = new XenImageSizes(text, s.rodata(), s.roAfterInit(), s.data(), s.initText(), s.initData(), s.bss());
                notes.add("Xen section sizes are typical ones with text grown to " + Hex.of(text) + " so the image covers the "
                    + Hex.of(file.size()) + "-byte Xen file; enter the real sizes of your build");
            } else {
                notes.add("Xen section sizes are those of a typical arm64 MPU build (" + Hex.of(total)
                    + " bytes in all); enter the real sizes of your build");
            }
            notes.add("Xen is linked at its ImageBuilder load address " + Hex.of(file.address())
                + " (CONFIG_XEN_START_ADDRESS); early printk is off and the mode is partitioned");
            boolean efi = config.bootCmd().filter("bootefi"::equals).isPresent();
            String cmd = config.xenCmd().orElse(DEFAULT_XEN_CMD).trim().replaceAll("\\s+", " ");
            return new XenBuild(file.address(), s, null, XenMode.PARTITIONED, efi, cmd);
        }

        private List<BootModule> hostModules() {
            List<BootModule> out = new ArrayList<>();
            placement.file("DEVICE_TREE").ifPresent(f -> out.add(module("dtb", ModuleKind.DEVICE_TREE, f)));
            placement.file("XEN_POLICY").ifPresent(f -> out.add(module("xsm-policy", ModuleKind.XSM_POLICY, f)));
            return out;
        }

        private Domain domain(DomU d) {
            String name = "domU" + d.index();
            String i = "[" + d.index() + "]";
            List<BootModule> modules = new ArrayList<>();
            placement.file("DOMU_KERNEL" + i).ifPresent(f -> modules.add(module("kernel", ModuleKind.KERNEL, f)));
            placement.file("DOMU_RAMDISK" + i).ifPresent(f -> modules.add(module("ramdisk", ModuleKind.RAMDISK, f)));
            placement.file("DOMU_PASSTHROUGH_DTB" + i).ifPresent(f -> modules.add(module("dtb", ModuleKind.DEVICE_TREE, f)));
            List<String> passthrough = new ArrayList<>();
            for (String path : d.passthroughPaths()) device(path, "DOMU_PASSTHROUGH_PATHS" + i).ifPresent(passthrough::add);
            List<SharedMemory> shm = new ArrayList<>();
            d.sharedMem().ifPresent(s -> sharedMemory(s, "DOMU_SHARED_MEM" + i).ifPresent(shm::add));
            boolean directMap = d.effectiveDirectMap();
            El1Msa msa = directMap ? El1Msa.MPU : El1Msa.MMU;
            notes.add(name + " runs with v8r_el1_msa \"" + msa.dtValue() + "\" (" + (directMap
                ? "it has static memory and direct map" : "without static memory and direct map it cannot use the EL1 MPU") + ")");
            List<AddressRange> banks = d.staticMem().stream().map(Importer::range).toList();
            return new Domain(name, d.effectiveVcpus(), d.effectiveMemKib(), banks, directMap, msa, passthrough, shm, modules,
                d.effectiveCmd());
        }

        private Optional<String> device(String path, String variable) {
            String nodeName = path.substring(path.lastIndexOf('/') + 1);
            if (board.device(nodeName).isPresent()) return Optional.of(nodeName);
            problem(variable, variable + ": the board " + board.name() + " has no device " + nodeName + " (from " + path
                + "); its devices are " + String.join(", ", board.devices().stream().map(Device::name).toList()));
            return Optional.empty();
        }

        private Optional<SharedMemory> sharedMemory(SharedMem s, String variable) {
            if (s.hostAddress().isEmpty()) {
                problem(variable, variable + ": the host address of " + s.id() + " is omitted; the workbench needs a fixed"
                    + " host address (write \"ID HOST GUEST SIZE\")");
                return Optional.empty();
            }
            return Optional.of(new SharedMemory(s.id(), AddressRange.of(s.hostAddress().getAsLong(), s.size()), s.guestAddress(),
                SharedMemory.Role.BORROWER));
        }

        private Sections sections(List<Domain> domains, XenBuild xen, List<BootModule> hostModules) {
            List<AddressRange> modules = new ArrayList<>();
            domains.forEach(d -> d.modules().forEach(m -> modules.add(m.range())));
            hostModules.forEach(m -> modules.add(m.range()));
            AddressRange boot = span(modules, AddressRange.SECTION_2M);
            if (boot != null && boot.overlaps(xen.imageRange())) {
                notes.add("no boot-module section: Xen lies between the modules ImageBuilder loads, so no one section"
                    + " covers them without Xen; move Xen or the modules and add it");
                boot = null;
            } else if (boot != null) {
                notes.add("the boot-module section " + boot + " spans the modules");
            }
            List<AddressRange> guest = new ArrayList<>();
            domains.forEach(d -> guest.addAll(d.staticMem()));
            domains.forEach(d -> d.sharedMemory().forEach(s -> guest.add(s.host())));
            AddressRange guestSection = span(guest, AddressRange.MPU_GRANULE);
            if (guestSection != null) notes.add("the guest-memory section " + guestSection + " spans static and shared memory");
            List<AddressRange> devices = new ArrayList<>();
            board.devices().forEach(dev -> devices.addAll(dev.mmio()));
            AddressRange deviceSection = span(devices, AddressRange.MPU_GRANULE);
            if (deviceSection != null) notes.add("the device-memory section " + deviceSection + " spans the board's devices");
            return new Sections(boot, guestSection, deviceSection);
        }

        private static AddressRange span(List<AddressRange> ranges, long alignment) {
            List<AddressRange> nonEmpty = ranges.stream().filter(r -> !r.isEmpty()).toList();
            if (nonEmpty.isEmpty()) return null;
            long base = nonEmpty.stream().mapToLong(AddressRange::base).min().getAsLong();
            long end = nonEmpty.stream().mapToLong(AddressRange::end).max().getAsLong();
            return AddressRange.between(base, end).alignOutward(alignment);
        }

        private static BootModule module(String name, ModuleKind kind, PlacedFile f) {
            return new BootModule(name, kind, f.file(), AddressRange.of(f.address(), f.size()), "");
        }

        private static AddressRange range(AddressSize a) {
            return AddressRange.of(a.address(), a.size());
        }

        private void problem(String variable, String message) {
            problems.add(new ImageBuilderProblem(config.fileName(), config.positionOf(variable), message));
        }
    }
}

package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The U-Boot boot script of a design: {@code boot.source} loads every boot module and Xen at the design's
 * addresses and boots Xen with the host DTB; {@code boot.scr} is that text in a legacy image. The runtime
 * DTB already holds {@code /chosen} (exported elsewhere), so the script edits no device tree.
 * <p>
 * Order: the modules of each domain (design order), the host modules, then Xen at {@code XEN_START_ADDRESS}.
 * AArch64 boards boot with {@code booti}; AArch32 (Cortex-R52) boards with {@code bootz}, the command for an
 * arm32 zImage-format Xen, and a 32-bit {@code fdt_high}.
 */
public final class BootScript {
    /** The window reserved for the script when its address is chosen (what ImageBuilder reserves). */
    public static final long SCRIPT_WINDOW = AddressRange.SECTION_2M;
    private static final Pattern SAFE_WORD = Pattern.compile("[^\\s;\"'$\\\\#]+");

    private BootScript() {
    }

    public static String source(Design design, BootScriptOptions options) throws ExportException {
        requireWords("load command", options.loadCommand());
        requireWord("Xen file name", options.xenFile());
        BootModule dtb = DesignLookups.hostDeviceTree(design);
        StringBuilder out = new StringBuilder();
        for (Domain d : design.domains()) {
            for (BootModule m : d.modules()) load(out, options, m.range().base(), m.file(), d.name() + " " + m.name());
        }
        for (BootModule m : design.modules()) load(out, options, m.range().base(), m.file(), m.name());
        long xen = design.xen().startAddress();
        load(out, options, xen, options.xenFile(), "Xen");
        boolean aarch32 = design.board().cpu() == CpuKind.CORTEX_R52;
        out.append("setenv fdt_high ").append(aarch32 ? "0xffffffff" : "0xffffffffffffffff").append('\n');
        out.append("fdt addr ").append(Hex.of(dtb.range().base())).append('\n');
        out.append(aarch32 ? "bootz " : "booti ").append(Hex.of(xen)).append(" - ").append(Hex.of(dtb.range().base()))
            .append('\n');
        return out.toString();
    }

    /** {@code boot.scr}: the script in a legacy image of type script, loaded at {@link #scriptAddress}. */
    public static byte[] scr(Design design, String source, BootScriptOptions options) throws ExportException {
        long address = scriptAddress(design, options, source.length());
        if (address > 0xFFFF_FFFFL) {
            throw new ExportException("the script address " + Hex.of(address)
                + " does not fit the 32-bit load address of a legacy image; choose one below 4 GiB");
        }
        LegacyImage.Arch arch = design.board().cpu() == CpuKind.CORTEX_R52 ? LegacyImage.Arch.ARM : LegacyImage.Arch.ARM64;
        return LegacyImage.script(source, arch, address, "MPU Workbench boot script", 0);
    }

    /**
     * Where the firmware should load {@code boot.scr}: the option when set, else the lowest 2 MiB-aligned
     * window, from 2 MiB above the start of a RAM bank (ImageBuilder's first slot, without its 12 MiB floor),
     * that touches no placed RAM block of the design (Xen, modules, heap, guest RAM, shared memory) and no
     * reserved range.
     */
    public static long scriptAddress(Design design, BootScriptOptions options, long scriptBytes) throws ExportException {
        if (options.scriptAddress().isPresent()) return options.scriptAddress().getAsLong();
        long window = Math.max(SCRIPT_WINDOW, AddressRange.alignUp(scriptBytes + 64, SCRIPT_WINDOW));
        List<AddressRange> taken = DesignBlocks.of(design).stream().filter(b -> b.blockClass().isRam())
            .map(MemoryBlock::range).toList();
        List<AddressRange> reserved = design.board().reserved().stream().map(ReservedRange::range).toList();
        for (MemoryBank bank : design.board().memory()) {
            for (long at = AddressRange.alignUp(bank.range().base() + SCRIPT_WINDOW, SCRIPT_WINDOW);
                 at + window <= bank.range().end(); at += SCRIPT_WINDOW) {
                AddressRange candidate = AddressRange.of(at, window);
                if (taken.stream().noneMatch(candidate::overlaps) && reserved.stream().noneMatch(candidate::overlaps)) {
                    return at;
                }
            }
        }
        throw new ExportException("no free 2 MiB-aligned window in RAM for the boot script; give its address");
    }

    /** The load commands of a boot script; see {@link #parse}. */
    public static List<BootScriptContents.Load> parseLoads(String text) throws InputException {
        return parse(text, "boot.source", null).loads();
    }

    public static List<BootScriptContents.Load> parseLoads(String text, String fileName) throws InputException {
        return parse(text, fileName, null).loads();
    }

    /**
     * Reads the loads, {@code fdt addr} and boot command of a script.
     *
     * @param customLoadCommand a load command besides tftp/tftpb/tftpboot and load/fatload/ext2load/ext4load
     *                          (followed by {@code <address> <file>}), or null
     * @throws InputException with {@code file:line:col: message} for every load or boot line it cannot read
     */
    public static BootScriptContents parse(String text, String fileName, String customLoadCommand) throws InputException {
        return BootScriptReader.read(text, fileName, customLoadCommand);
    }

    private static void load(StringBuilder out, BootScriptOptions options, long address, String file, String what)
            throws ExportException {
        if (!SAFE_WORD.matcher(file).matches()) {
            throw new ExportException("the file name '" + file + "' of " + what
                + " cannot be used in a U-Boot load command (no spaces, quotes, ';', '$', '#' or '\\')");
        }
        out.append(options.loadCommand().strip().replaceAll("\\s+", " ")).append(' ').append(Hex.of(address)).append(' ').append(file).append('\n');
    }

    private static void requireWord(String what, String value) throws ExportException {
        if (!SAFE_WORD.matcher(value).matches()) {
            throw new ExportException("the " + what + " '" + value + "' must be one word without quotes, ';', '$', '#' or '\\'");
        }
    }

    private static void requireWords(String what, String value) throws ExportException {
        if (value.isBlank()) throw new ExportException("the " + what + " is empty");
        for (String word : value.strip().split("\\s+")) requireWord(what, word);
    }
}

package dev.mpuworkbench.emulator.xen;

import static dev.mpuworkbench.emulator.xen.MachineOps.EL2;
import static dev.mpuworkbench.emulator.xen.MachineOps.dsb;
import static dev.mpuworkbench.emulator.xen.MachineOps.isb;
import static dev.mpuworkbench.emulator.xen.MachineOps.write;

import dev.mpuworkbench.emulator.boot.XenImage;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.MemoryAttribute;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import dev.mpuworkbench.devicetree.export.BootScriptContents;
import java.util.ArrayList;
import java.util.List;

/** P0–P6: firmware, head.S (bit-exact boot region program, xen_mpu.md §2) and the start of {@code start_xen}. */
final class EarlyPhases {
    /** SCTLR_EL2_SET: RES1 | SA | I; M, C, WXN and EE clear (head.S cpu_init). */
    static final long SCTLR_EL2_SET = 0x30C5_1838L;
    /** HCR_EL2 as init_traps writes it: PTW, BSU inner, AMO, IMO, FMO, VM, TID3, TSC, TAC, SWIO, TIDCP, FB, TSW. */
    static final long HCR_EL2_XEN = 0x7C_063FL;
    /** TCR_RES1 | SH0 inner | ORGN0/IRGN0 WBWA | T0SZ(16), PS filled in from ID_AA64MMFR0_EL1.PARange. */
    static final long TCR_EL2_BASE = 0x8080_3510L;
    static final long TEXT_PRBAR = 0x38;
    static final long RO_PRBAR = 0x3A;
    static final long DATA_PRBAR = 0x32;
    static final long DEVICE_PRBAR = 0x22;
    static final long NORMAL_PRLAR = 0x0F;
    static final long DEVICE_PRLAR = 0x09;
    static final long DISABLED_PRLAR = 0x00;

    private EarlyPhases() {
    }

    /** P0: the boot script's loads and jump; Xen must be loaded where it is linked, with the DTB in x0. */
    static void firmware(XenCpu c) {
        XenState s = c.state();
        XenImage image = s.inputs.build().image();
        BootScriptContents script = s.inputs.script();
        if (script.boot().isEmpty()) {
            c.panic("the boot script has no booti/bootz/bootm command: the firmware never enters Xen");
            return;
        }
        BootScriptContents.Boot boot = script.boot().get();
        if (boot.command().equals("bootz")) {
            c.panic("the boot script boots an AArch32 Xen (bootz): Cortex-R52 boots are not modelled (and upstream "
                + "arm32 setup_virt_paging is BUG_ON(\"unimplemented\"))");
            return;
        }
        if (boot.kernelAddress() != image.start()) {
            c.panic(String.format("the firmware jumps to 0x%X but Xen is linked at CONFIG_XEN_START_ADDRESS 0x%X "
                + "(boot script line %d): Xen runs where it is linked", boot.kernelAddress(), image.start(), boot.line()));
            return;
        }
        if (script.loads().stream().noneMatch(l -> l.address() == image.start())) {
            c.panic(String.format("the boot script loads nothing at 0x%X, where Xen is linked", image.start()));
            return;
        }
        long fdt = boot.fdtAddress();
        if (script.loads().stream().noneMatch(l -> l.address() == fdt)) {
            c.panic(String.format("the boot script passes the DTB at 0x%X but loads nothing there", fdt));
            return;
        }
        s.fdtAddress = fdt;
        s.fdtSize = s.inputs.dtb().length;
        List<String> files = new ArrayList<>();
        for (BootScriptContents.Load l : script.loads()) files.add(String.format("%s at 0x%X", l.file(), l.address()));
        c.decide("firmware loaded " + String.join(", ", files) + String.format("; %s 0x%X - 0x%X: S-EL2, MPU off, x0 = 0x%X",
            boot.command(), boot.kernelAddress(), fdt, fdt));
        c.machine().setPc(EL2, image.start());
    }

    /** P2 cpu_init. */
    static List<Op> cpuInit() {
        SysReg id = SysRegs.idAa64mmfr0();
        SysReg tcr = SysRegs.control(ControlRegister.TCR_EL2);
        return List.of(
            write("MAIR_EL2", MemoryAttribute.XEN_MAIR),
            c -> c.machine().write(tcr, TCR_EL2_BASE | ((c.machine().read(id) & 0x7) << 16)),
            write("SCTLR_EL2", SCTLR_EL2_SET),
            isb());
    }

    /** P3 enable_boot_cpu_mm: the regions of §2.3 in order, then every other selector disabled as head.S does. */
    static void enableBootCpuMm(XenCpu c) {
        XenState s = c.state();
        int count = (int) (c.machine().read(SysRegs.mpuir(EL2)) & 0xFF);
        s.mpumap = new XenMpuMap(count);
        XenImage x = s.inputs.build().image();
        List<Op> ops = new ArrayList<>();
        int[] sel = {0};
        prepare(ops, sel, count, x.stext(), x.etext(), TEXT_PRBAR, NORMAL_PRLAR, "text");
        s.rodataRegion = prepare(ops, sel, count, x.srodata(), x.erodata(), RO_PRBAR, NORMAL_PRLAR, "rodata");
        s.dataRegion = prepare(ops, sel, count, x.roAfterInitStart(), x.initBegin(), DATA_PRBAR, NORMAL_PRLAR,
            "ro_after_init + data");
        s.initTextRegion = prepare(ops, sel, count, x.initBegin(), x.initDataBegin(), TEXT_PRBAR, NORMAL_PRLAR,
            "init text");
        s.bssRegion = prepare(ops, sel, count, x.initDataBegin(), x.bssEnd(), DATA_PRBAR, NORMAL_PRLAR,
            "init data + bss");
        s.inputs.build().earlyUart().ifPresent(u -> prepare(ops, sel, count, u.base(), u.end(), DEVICE_PRBAR,
            DEVICE_PRLAR, "early UART"));
        if (sel[0] > count) {
            ops.add(cpu -> cpu.panic("- Selected MPU region is above the implemented number in MPUIR_EL2 - (MPUIR_EL2 "
                + "has " + count + " regions)"));
        }
        while (sel[0] < count) prepare(ops, sel, count, 0, 1, DATA_PRBAR, DISABLED_PRLAR, "disabled");
        c.push(ops);
    }

    /**
     * {@code prepare_xen_region}: PRSELR; ISB; PRBAR; PRLAR; DSB; ISB; then the shadow entry. Returns the selector
     * used, or -1 for an empty range (which takes none).
     */
    private static int prepare(List<Op> ops, int[] sel, int count, long base, long end, long prbarAttr,
                               long prlarAttr, String what) {
        if (base == end) return -1;
        int index = sel[0]++;
        if (index >= count) return -1;
        long prbar = prbarAttr | (base & ~0x3FL);
        long prlar = prlarAttr | ((end - 1) & ~0x3FL);
        ops.add(c -> {
            if (prlarAttr != DISABLED_PRLAR) {
                c.decide(String.format("boot region %d: %s [0x%X, 0x%X) PRBAR 0x%X PRLAR 0x%X", index, what, base, end,
                    prbar, prlar));
            }
            c.state().mpumap.bootEntry(index, prbar, prlar);
        });
        ops.add(write("PRSELR_EL2", index));
        ops.add(isb());
        ops.add(write("PRBAR_EL2", prbar));
        ops.add(write("PRLAR_EL2", prlar));
        ops.add(dsb());
        ops.add(isb());
        return index;
    }

    /** P4 enable_mpu: background region off, MPU, caches and WXN on. */
    static List<Op> enableMpu() {
        SysReg sctlr = SysRegs.control(ControlRegister.SCTLR_EL2);
        return List.of(
            c -> c.machine().write(sctlr, (c.machine().read(sctlr) & ~ControlRegister.SCTLR_BR)
                | ControlRegister.SCTLR_M | ControlRegister.SCTLR_C | ControlRegister.SCTLR_WXN),
            isb());
    }

    /** P5: the boot stack, zero_bss, and start_xen (an __init function). */
    static void launch(XenCpu c) {
        XenImage x = c.state().inputs.build().image();
        c.machine().setSp(EL2, x.bootStackTop());
        c.machine().setPc(EL2, x.initBegin());
        c.push(XenAccess.range(AccessType.WRITE, x.bssStart(), x.bssEnd(), "bss (zero_bss)"));
    }

    /** P6 init_traps: HCR_EL2 (stage 2 on for guests), then ISB. */
    static List<Op> initTraps() {
        return List.of(write("HCR_EL2", HCR_EL2_XEN), isb());
    }
}

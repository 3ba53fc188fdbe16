package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.ExceptionLevel;

/**
 * Test driver: the register sequence of Xen's arm64 MPU head.S (xen_mpu.md §2.2–2.5), with addresses of a typical
 * build linked at 0x200000 and the FVP's UART0.
 */
final class XenBootSequence {
    static final long TEXT = 0x0020_0000L;
    static final long TEXT_END = 0x002C_3A44L;
    static final long RODATA = 0x002C_4000L;
    static final long RODATA_END = 0x002F_1B28L;
    static final long DATA = 0x002F_2000L;
    static final long INIT_TEXT = 0x0033_0000L;
    static final long INIT_DATA = 0x0035_2000L;
    static final long BSS_END = 0x003A_8D40L;
    static final long UART = 0x9C09_0000L;
    static final long BOOT_PC = TEXT + 0x100;
    static final long BOOT_SP = 0x0036_0000L;
    static final long SCTLR_EL2_SET = 0x30C5_1838L;
    static final long SCTLR_EL2_ON = 0x30CD_183DL;

    private XenBootSequence() {
    }

    /** P2–P4: cpu_init, enable_boot_cpu_mm (regions 0–5, zero the rest), enable_mpu. */
    static void boot(Machine m) {
        m.setPc(ExceptionLevel.EL2, BOOT_PC);
        m.setSp(ExceptionLevel.EL2, BOOT_SP);
        m.write("MAIR_EL2", 0xFF00_0004_EEAA_4400L);
        m.write("SCTLR_EL2", SCTLR_EL2_SET);
        m.isb();
        int sel = 0;
        sel = prepare(m, sel, TEXT, TEXT_END, 0x38, 0x0F);
        sel = prepare(m, sel, RODATA, RODATA_END, 0x3A, 0x0F);
        sel = prepare(m, sel, DATA, INIT_TEXT, 0x32, 0x0F);
        sel = prepare(m, sel, INIT_TEXT, INIT_DATA, 0x38, 0x0F);
        sel = prepare(m, sel, INIT_DATA, BSS_END, 0x32, 0x0F);
        sel = prepare(m, sel, UART, UART + 0x1000, 0x22, 0x09);
        long count = m.read("MPUIR_EL2") & 0xFF;
        while (sel < count) sel = prepare(m, sel, 0, 1, 0x32, 0x00);
        long sctlr = m.read("SCTLR_EL2");
        m.write("SCTLR_EL2", (sctlr & ~(1L << 17)) | 1L | (1L << 2) | (1L << 19));
        m.isb();
    }

    /** prepare_xen_region: PRSELR; ISB; PRBAR; PRLAR; DSB; ISB. */
    static int prepare(Machine m, int sel, long base, long end, long prbarAttr, long prlarAttr) {
        m.write("PRSELR_EL2", sel);
        m.isb();
        m.write("PRBAR_EL2", prbarAttr | (base & ~0x3FL));
        m.write("PRLAR_EL2", prlarAttr | ((end - 1) & ~0x3FL));
        m.dsb();
        m.isb();
        return sel + 1;
    }

    /** Runtime write_protection_region through the direct aliases (mpu/arm64/mm.c). */
    static void writeRegion(Machine m, int sel, long prbar, long prlar) {
        if ((m.read("PRSELR_EL2") & 0xF0) != (sel & 0xF0)) {
            m.write("PRSELR_EL2", sel & 0xF0);
            m.isb();
        }
        m.write("PRBAR" + (sel & 0xF) + "_EL2", prbar);
        m.write("PRLAR" + (sel & 0xF) + "_EL2", prlar);
        m.dsb();
        m.isb();
    }
}

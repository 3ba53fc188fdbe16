package dev.mpuworkbench.emulator.mpu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of every modelled system register, looked up by name or by encoding.
 * Alias arithmetic (DOMAIN.md §4): PRBAR&lt;n&gt;_ELx is {@code S3_<op1>_C6_C(8 + (n >> 1))_((n & 1) << 2)}, PRLAR the
 * same with op2 + 1; op1 is 0 for EL1 and 4 for EL2. n = 0 is the unsuffixed PRBAR_ELx / PRLAR_ELx.
 */
public final class SysRegs {
    public static final int ALIASES = 16;

    private static final List<SysReg> ALL;
    private static final Map<String, SysReg> BY_NAME = new HashMap<>();
    private static final Map<Integer, SysReg> BY_ENCODING = new HashMap<>();
    private static final SysReg[][] PRBAR = new SysReg[3][ALIASES];
    private static final SysReg[][] PRLAR = new SysReg[3][ALIASES];
    private static final SysReg[] PRSELR = new SysReg[3];
    private static final SysReg[] PRENR = new SysReg[3];
    private static final SysReg[] MPUIR = new SysReg[3];
    private static final SysReg[] CONTROL = new SysReg[ControlRegister.values().length];
    private static final SysReg ID_AA64MMFR0_EL1;

    static {
        List<SysReg> all = new ArrayList<>();
        for (ControlRegister c : ControlRegister.values()) {
            CONTROL[c.ordinal()] = add(all, new SysReg(c.name(), c.encoding(), SysRegKind.CONTROL, null, -1, c));
        }
        ID_AA64MMFR0_EL1 = add(all, new SysReg("ID_AA64MMFR0_EL1", new SysRegEncoding(3, 0, 0, 7, 0),
            SysRegKind.ID_AA64MMFR0, null, -1, null));
        for (ExceptionLevel el : List.of(ExceptionLevel.EL1, ExceptionLevel.EL2)) {
            int op1 = el == ExceptionLevel.EL2 ? 4 : 0;
            String suffix = "_" + el.name();
            MPUIR[el.number()] = add(all, new SysReg("MPUIR" + suffix, new SysRegEncoding(3, op1, 0, 0, 4),
                SysRegKind.MPUIR, el, -1, null));
            PRENR[el.number()] = add(all, new SysReg("PRENR" + suffix, new SysRegEncoding(3, op1, 6, 1, 1),
                SysRegKind.PRENR, el, -1, null));
            PRSELR[el.number()] = add(all, new SysReg("PRSELR" + suffix, new SysRegEncoding(3, op1, 6, 2, 1),
                SysRegKind.PRSELR, el, -1, null));
            for (int n = 0; n < ALIASES; n++) {
                String index = n == 0 ? "" : Integer.toString(n);
                int crm = 8 + (n >> 1);
                int op2 = (n & 1) << 2;
                PRBAR[el.number()][n] = add(all, new SysReg("PRBAR" + index + suffix,
                    new SysRegEncoding(3, op1, 6, crm, op2), SysRegKind.PRBAR, el, n, null));
                PRLAR[el.number()][n] = add(all, new SysReg("PRLAR" + index + suffix,
                    new SysRegEncoding(3, op1, 6, crm, op2 | 1), SysRegKind.PRLAR, el, n, null));
            }
            // Xen's spelling of the n = 0 slot; it is the same register as PRBAR_ELx.
            BY_NAME.put("PRBAR0" + suffix, PRBAR[el.number()][0]);
            BY_NAME.put("PRLAR0" + suffix, PRLAR[el.number()][0]);
        }
        ALL = Collections.unmodifiableList(all);
    }

    private SysRegs() {
    }

    private static SysReg add(List<SysReg> all, SysReg reg) {
        if (BY_NAME.put(reg.name(), reg) != null) throw new IllegalStateException("duplicate name " + reg.name());
        if (BY_ENCODING.put(reg.encoding().key(), reg) != null) {
            throw new IllegalStateException("duplicate encoding " + reg.encoding());
        }
        all.add(reg);
        return reg;
    }

    /** Every modelled register, in a fixed order (control registers, ID, then EL1 and EL2 MPU registers). */
    public static List<SysReg> all() {
        return ALL;
    }

    /** By name ({@code PRLAR5_EL2}, case-insensitive) or by encoding ({@code S3_4_C6_C10_5}). */
    public static SysReg parse(String nameOrEncoding) {
        String text = nameOrEncoding.trim();
        if (SysRegEncoding.looksLikeEncoding(text)) return byEncoding(SysRegEncoding.parse(text));
        return byName(text);
    }

    public static SysReg byName(String name) {
        SysReg reg = BY_NAME.get(name.trim().toUpperCase(Locale.ROOT));
        if (reg == null) throw new IllegalArgumentException("unknown system register '" + name + "'");
        return reg;
    }

    public static SysReg byEncoding(SysRegEncoding encoding) {
        SysReg reg = BY_ENCODING.get(encoding.key());
        if (reg == null) throw new IllegalArgumentException("no modelled system register has encoding " + encoding);
        return reg;
    }

    public static SysReg control(ControlRegister register) {
        return CONTROL[register.ordinal()];
    }

    public static SysReg idAa64mmfr0() {
        return ID_AA64MMFR0_EL1;
    }

    /** PRBAR_ELx (n = 0) or PRBAR&lt;n&gt;_ELx (n = 1..15). */
    public static SysReg prbar(ExceptionLevel mpu, int n) {
        return PRBAR[mpuIndex(mpu)][checkAlias(n)];
    }

    /** PRLAR_ELx (n = 0) or PRLAR&lt;n&gt;_ELx (n = 1..15). */
    public static SysReg prlar(ExceptionLevel mpu, int n) {
        return PRLAR[mpuIndex(mpu)][checkAlias(n)];
    }

    public static SysReg prselr(ExceptionLevel mpu) {
        return PRSELR[mpuIndex(mpu)];
    }

    public static SysReg prenr(ExceptionLevel mpu) {
        return PRENR[mpuIndex(mpu)];
    }

    public static SysReg mpuir(ExceptionLevel mpu) {
        return MPUIR[mpuIndex(mpu)];
    }

    private static int mpuIndex(ExceptionLevel mpu) {
        if (!mpu.hasMpu()) throw new IllegalArgumentException("EL0 has no MPU");
        return mpu.number();
    }

    private static int checkAlias(int n) {
        if (n < 0 || n >= ALIASES) throw new IllegalArgumentException("alias index must be 0..15, was " + n);
        return n;
    }
}

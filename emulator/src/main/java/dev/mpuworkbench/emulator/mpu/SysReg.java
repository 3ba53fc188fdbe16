package dev.mpuworkbench.emulator.mpu;

import java.util.Objects;

/**
 * One system register the machine knows: its architectural name, its encoding and what it reaches.
 * Instances come from {@link SysRegs}; there is exactly one per name, so identity comparison is fine.
 */
public final class SysReg {
    private final String name;
    private final SysRegEncoding encoding;
    private final SysRegKind kind;
    private final ExceptionLevel mpuLevel;
    private final int alias;
    private final ControlRegister control;

    SysReg(String name, SysRegEncoding encoding, SysRegKind kind, ExceptionLevel mpuLevel, int alias,
           ControlRegister control) {
        this.name = Objects.requireNonNull(name);
        this.encoding = Objects.requireNonNull(encoding);
        this.kind = Objects.requireNonNull(kind);
        this.mpuLevel = mpuLevel;
        this.alias = alias;
        this.control = control;
    }

    /** Canonical name, e.g. {@code PRBAR_EL2}, {@code PRLAR5_EL1}, {@code SCTLR_EL2}. */
    public String name() {
        return name;
    }

    public SysRegEncoding encoding() {
        return encoding;
    }

    public SysRegKind kind() {
        return kind;
    }

    /** The MPU the register belongs to (EL1 or EL2), or null for registers outside the MPUs. */
    public ExceptionLevel mpuLevel() {
        return mpuLevel;
    }

    /**
     * For PRBAR/PRLAR: 0 for the unsuffixed register (region = PRSELR.REGION), n = 1..15 for the alias
     * PRBAR&lt;n&gt;_ELx (region = (PRSELR.REGION &amp; 0xF0) | n). -1 for other registers.
     */
    public int alias() {
        return alias;
    }

    /** The storage register for {@link SysRegKind#CONTROL}, else null. */
    public ControlRegister control() {
        return control;
    }

    public boolean readOnly() {
        return kind.readOnly();
    }

    /** The region a PRBAR/PRLAR access reaches given the selector value, or -1 for other registers. */
    public int regionFor(int prselr) {
        if (kind != SysRegKind.PRBAR && kind != SysRegKind.PRLAR) return -1;
        return alias == 0 ? prselr & 0xFF : (prselr & 0xF0) | alias;
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.mpuworkbench.emulator.mpu;

/** Test helper: program a register file the way Xen's prepare_xen_region does, then synchronise. */
final class Registers {
    private Registers() {
    }

    static RegisterFile fvp() {
        return new RegisterFile(32, 32, 0);
    }

    static void region(RegisterFile regs, ExceptionLevel mpu, int index, long prbar, long prlar) {
        regs.write(SysRegs.prselr(mpu), index);
        regs.isb();
        regs.write(SysRegs.prbar(mpu, 0), prbar);
        regs.write(SysRegs.prlar(mpu, 0), prlar);
        sync(regs);
    }

    static void region(RegisterFile regs, ExceptionLevel mpu, int index, RegionFields fields) {
        region(regs, mpu, index, fields.prbar(), fields.prlar());
    }

    static void control(RegisterFile regs, ControlRegister register, long value) {
        regs.write(SysRegs.control(register), value);
        regs.isb();
    }

    static void sync(RegisterFile regs) {
        regs.dsb();
        regs.isb();
    }
}

package dev.mpuworkbench.emulator.machine;

import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.RegisterFile;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.util.List;

/** Test helper: every piece of machine state as text, without emitting events, so two states compare. */
final class MachineDump {
    private MachineDump() {
    }

    static String of(Machine m) {
        RegisterFile regs = m.registers();
        StringBuilder sb = new StringBuilder();
        sb.append("level ").append(m.level()).append(" seq ").append(m.sequence()).append('\n');
        for (ExceptionLevel el : ExceptionLevel.values()) {
            sb.append(el).append(" pc ").append(Long.toHexString(m.pc(el))).append(" sp ")
                .append(Long.toHexString(m.sp(el))).append('\n');
        }
        for (SysReg r : SysRegs.all()) {
            sb.append(r.name()).append('=').append(Long.toHexString(regs.read(r))).append('\n');
        }
        for (ExceptionLevel mpu : List.of(ExceptionLevel.EL1, ExceptionLevel.EL2)) {
            sb.append(mpu).append(" selector synced ").append(regs.selectorSynchronized(mpu)).append('\n');
            bank(sb, "arch", regs.architectural(), mpu);
            bank(sb, "eff", regs.effective(), mpu);
        }
        for (ControlRegister c : ControlRegister.values()) {
            sb.append("eff ").append(c).append('=').append(Long.toHexString(regs.effective().control(c))).append('\n');
        }
        sb.append("pending ").append(regs.pendingWrites()).append('\n');
        return sb.toString();
    }

    private static void bank(StringBuilder sb, String name, RegisterBank bank, ExceptionLevel mpu) {
        for (int r = 0; r < bank.regionCount(mpu); r++) {
            sb.append(name).append(' ').append(mpu).append('[').append(r).append("] ")
                .append(Long.toHexString(bank.prbar(mpu, r))).append(' ')
                .append(Long.toHexString(bank.prlar(mpu, r))).append('\n');
        }
    }
}

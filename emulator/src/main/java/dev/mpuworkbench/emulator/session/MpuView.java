package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegionBits;
import dev.mpuworkbench.emulator.mpu.RegionDescription;
import dev.mpuworkbench.emulator.mpu.RegionFields;
import dev.mpuworkbench.emulator.mpu.RegisterFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The registers of one MPU: every region's PRBAR/PRLAR as software reads them (architectural) and as access checks
 * see them (effective, after DSB + ISB); a row is {@code pending} while the two differ.
 */
public record MpuView(ExceptionLevel mpu, int regionCount, List<Row> rows) {
    public MpuView {
        rows = List.copyOf(rows);
    }

    /** One region. {@code description} decodes the architectural values with the MPU's MAIR. */
    public record Row(int index, long prbar, long prlar, long effectivePrbar, long effectivePrlar,
                      RegionDescription description) {
        public boolean enabled() {
            return RegionBits.enabled(effectivePrlar);
        }

        public boolean pending() {
            return prbar != effectivePrbar || prlar != effectivePrlar;
        }
    }

    static MpuView of(RegisterFile registers, ExceptionLevel mpu) {
        int n = registers.regionCount(mpu);
        long mair = registers.architectural().control(mpu == ExceptionLevel.EL2 ? ControlRegister.MAIR_EL2
            : ControlRegister.MAIR_EL1);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long prbar = registers.architectural().prbar(mpu, i);
            long prlar = registers.architectural().prlar(mpu, i);
            rows.add(new Row(i, prbar, prlar, registers.effective().prbar(mpu, i), registers.effective().prlar(mpu, i),
                RegionFields.decode(prbar, prlar).describe(mpu, mair)));
        }
        return new MpuView(mpu, n, rows);
    }

    /** The enabled regions (effective), as {index, prbar, prlar} rows. */
    public List<Row> enabled() {
        return rows.stream().filter(Row::enabled).toList();
    }
}

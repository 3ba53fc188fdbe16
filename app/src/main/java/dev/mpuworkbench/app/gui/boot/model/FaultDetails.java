package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.mpu.FaultSyndrome;
import dev.mpuworkbench.emulator.session.BootEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The latest MPU fault at or before the current step, with its syndrome decoded. */
public record FaultDetails(int step, String phase, FaultEvent fault) {
    public FaultDetails {
        Objects.requireNonNull(fault, "fault");
    }

    public static FaultDetails of(BootEvent e) {
        if (!(e.machine() instanceof FaultEvent f)) throw new IllegalArgumentException("step " + e.step() + " is no fault");
        return new FaultDetails(e.step(), e.phase().id(), f);
    }

    public int ec() {
        return FaultSyndrome.ec(fault.esr());
    }

    public int fsc() {
        return FaultSyndrome.fsc(fault.esr());
    }

    public boolean wnr() {
        return FaultSyndrome.wnr(fault.esr());
    }

    /** One line: {@code step 478 (P31): permission fault, EL1 read 0xAF00_0000, stage 2}. */
    public String headline() {
        return String.format(Locale.ROOT, "step %d (%s): %s fault, %s %s %s, stage %d, taken to %s", step, phase,
            fault.fault().name().toLowerCase(Locale.ROOT), fault.level(), fault.access().label(),
            BootText.addr(fault.address()), fault.stage(), fault.target());
    }

    /** The decoded fields as label / value pairs. */
    public List<String[]> fields() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"ESR", BootText.reg(fault.esr())});
        out.add(new String[] {"EC", String.format(Locale.ROOT, "0x%02X %s", ec(), FaultText.exceptionClass(ec()))});
        out.add(new String[] {"FSC", String.format(Locale.ROOT, "0x%02X %s", fsc(), FaultText.statusCode(fsc()))});
        out.add(new String[] {"WnR", wnr() ? "1 (write)" : "0 (read or fetch)"});
        out.add(new String[] {"FAR", BootText.addr(fault.far())});
        out.add(new String[] {"HPFAR", fault.stage() == 2
            ? BootText.reg(fault.hpfar()) + " (IPA page " + BootText.addr(ControlDecoder.hpfarIpa(fault.hpfar())) + ")"
            : "not written (stage 1)"});
        out.add(new String[] {"Regions hit", fault.regions().isEmpty() ? "none" : fault.regions().toString()});
        return out;
    }
}

package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.mpu.RegionAttributes;
import dev.mpuworkbench.core.mpu.RegionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner (core-model) and the emulator read PRBAR/PRLAR the same way: every attribute combination the
 * planner can encode grants in the access check exactly what its flags say.
 */
class PlannerEncodingAgreementTest {
    private static final AddressRange RANGE = AddressRange.of(0x1000_0000L, 0x10_0000L);

    static List<RegionAttributes> everyCombination() {
        List<RegionAttributes> all = new ArrayList<>();
        for (MemoryType type : MemoryType.values()) {
            for (int bits = 0; bits < 16; bits++) {
                all.add(new RegionAttributes(type, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0));
            }
        }
        return all;
    }

    @Test
    void everyPlannerEncodingGrantsWhatItsFlagsSay() {
        RegionEncoding encoding = RegionEncoding.forCpu(CpuKind.CORTEX_R82);
        for (RegionAttributes a : everyCombination()) {
            long prbar = encoding.prbar(RANGE, a);
            long prlar = encoding.prlar(RANGE, a);
            RegisterFile regs = Registers.fvp();
            Registers.region(regs, ExceptionLevel.EL2, 0, prbar, prlar);
            Registers.control(regs, ControlRegister.SCTLR_EL2, ControlRegister.SCTLR_M);
            Registers.control(regs, ControlRegister.HCR_EL2, ControlRegister.HCR_VM);
            String what = a.describe() + String.format(" PRBAR 0x%X PRLAR 0x%X", prbar, prlar);
            long address = RANGE.base() + 0x40;
            assertEquals(true, allowed(regs, ExceptionLevel.EL2, AccessType.READ, address), what);
            assertEquals(a.writable(), allowed(regs, ExceptionLevel.EL2, AccessType.WRITE, address), what);
            assertEquals(a.executableAtEl2(), allowed(regs, ExceptionLevel.EL2, AccessType.EXECUTE, address), what);
            assertEquals(a.el1Access(), allowed(regs, ExceptionLevel.EL1, AccessType.READ, address), what);
            assertEquals(a.el1Access() && a.writable(), allowed(regs, ExceptionLevel.EL1, AccessType.WRITE, address),
                what);
            assertEquals(a.el1Access() && !a.el1ExecuteNever(),
                allowed(regs, ExceptionLevel.EL1, AccessType.EXECUTE, address), what);
            RegionFields fields = RegionFields.decode(prbar, prlar);
            assertEquals(RANGE.base(), fields.base(), what);
            assertEquals(RANGE.last() | 0x3F, fields.limit(), what);
            assertEquals(a.type().mairIndex(), fields.attrIndx(), what);
            assertEquals(a.shareability(), fields.sh().bits(), what);
        }
    }

    @Test
    void xenBootConstantsAgree() {
        RegionEncoding encoding = RegionEncoding.forCpu(CpuKind.CORTEX_R82);
        assertEquals(encoding.bootTextPrbar(), RegionFields.ofRange(0, 64, AccessPermission.RO_OWN_EL, 0,
            Shareability.INNER_SHAREABLE, 7, true).prbar());
        assertEquals(encoding.bootReadOnlyPrbar(), RegionFields.ofRange(0, 64, AccessPermission.RO_OWN_EL, 2,
            Shareability.INNER_SHAREABLE, 7, true).prbar());
        assertEquals(encoding.bootDataPrbar(), RegionFields.ofRange(0, 64, AccessPermission.RW_OWN_EL, 2,
            Shareability.INNER_SHAREABLE, 7, true).prbar());
        assertEquals(encoding.bootDevicePrbar(), RegionFields.ofRange(0, 64, AccessPermission.RW_OWN_EL, 2,
            Shareability.OUTER_SHAREABLE, 4, true).prbar());
        assertEquals(RegionEncoding.MAIR_EL2, MemoryAttribute.XEN_MAIR);
    }

    private static boolean allowed(RegisterFile regs, ExceptionLevel el, AccessType type, long address) {
        AccessOutcome out = new AccessOutcome();
        AccessChecker.check(regs.effective(), el, type, address, out);
        return out.allowed();
    }
}

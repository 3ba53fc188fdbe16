package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.mpu.ControlRegister;
import dev.mpuworkbench.emulator.mpu.FaultSyndrome;
import dev.mpuworkbench.emulator.mpu.MemoryAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The fields of the EL2 control registers the boot view shows, in words. */
public final class ControlDecoder {
    /** The registers listed, in this order. */
    public static final List<String> SHOWN = List.of("SCTLR_EL2", "HCR_EL2", "VTCR_EL2", "VSCTLR_EL2", "MAIR_EL2",
        "ESR_EL2", "FAR_EL2", "HPFAR_EL2", "PRSELR_EL2", "PRENR_EL2", "SCTLR_EL1");

    /** HCR_EL2 bits by position (Arm ARM D13.2.47), the ones a hypervisor sets. */
    private static final String[] HCR_BITS = new String[35];

    static {
        String[] names = {"VM", "SWIO", "PTW", "FMO", "IMO", "AMO", "VF", "VI", "VSE", "FB", null, null, "DC", "TWI",
            "TWE", "TID0", "TID1", "TID2", "TID3", "TSC", "TIDCP", "TACR", "TSW", "TPCP", "TPU", "TTLB", "TVM", "TGE",
            "TDZ", "HCD", "TRVM", "RW", "CD", "ID", "E2H"};
        System.arraycopy(names, 0, HCR_BITS, 0, names.length);
    }

    private ControlDecoder() {
    }

    /** The lines for {@link #SHOWN}, marked changed where the value differs from {@code before} (may be null). */
    public static List<ControlLine> lines(Map<String, Long> now, Map<String, Long> before) {
        List<ControlLine> out = new ArrayList<>(SHOWN.size());
        for (String name : SHOWN) {
            Long v = now.get(name);
            if (v == null) continue;
            Long b = before == null ? null : before.get(name);
            out.add(new ControlLine(name, v, decode(name, v), b != null && !b.equals(v)));
        }
        return out;
    }

    public static String decode(String register, long v) {
        return switch (register) {
            case "SCTLR_EL2", "SCTLR_EL1" -> sctlr(v);
            case "HCR_EL2" -> hcr(v);
            case "VTCR_EL2" -> vtcr(v);
            case "VSCTLR_EL2" -> "VMID " + ControlRegister.vmid(v);
            case "MAIR_EL2" -> mair(v);
            case "ESR_EL2" -> esr(v);
            case "FAR_EL2" -> v == 0 ? "" : "faulting address " + BootText.addr(v);
            case "HPFAR_EL2" -> v == 0 ? "" : "faulting IPA page " + BootText.addr(hpfarIpa(v));
            case "PRSELR_EL2" -> "region " + (v & 0xFF) + " selected";
            case "PRENR_EL2" -> prenr(v);
            default -> "";
        };
    }

    static String sctlr(long v) {
        return bit(v, ControlRegister.SCTLR_M, "M", "MPU on", "MPU off") + ", "
            + bit(v, ControlRegister.SCTLR_C, "C", null, null) + ", "
            + bit(v, ControlRegister.SCTLR_I, "I", null, null) + ", "
            + bit(v, ControlRegister.SCTLR_BR, "BR", "background region", null) + ", "
            + bit(v, ControlRegister.SCTLR_WXN, "WXN", null, null);
    }

    private static String bit(long v, long mask, String name, String whenSet, String whenClear) {
        boolean set = (v & mask) != 0;
        String text = set ? whenSet : whenClear;
        return name + "=" + (set ? 1 : 0) + (text == null ? "" : " (" + text + ")");
    }

    static String hcr(long v) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < HCR_BITS.length; i++) {
            if ((v & (1L << i)) != 0 && HCR_BITS[i] != null) j.add(HCR_BITS[i]);
        }
        int bsu = (int) (v >>> 10) & 3;
        if (bsu != 0) j.add("BSU=" + new String[] {"", "IS", "OS", "FS"}[bsu]);
        String set = j.toString();
        String stage2 = (v & ControlRegister.HCR_VM) != 0 ? "stage 2 on" : "stage 2 off";
        return stage2 + (set.isEmpty() ? "" : ": " + set);
    }

    static String vtcr(long v) {
        String msa = (v & ControlRegister.VTCR_MSA) != 0 ? "MSA=1 (EL1 VMSA, an MMU)" : "MSA=0 (EL1 PMSA, the MPU)";
        int ps = (int) (v >>> 16) & 7;
        String[] bits = {"32", "36", "40", "42", "44", "48", "52", "?"};
        return msa + ", PS=" + ps + " (" + bits[ps] + "-bit PA)";
    }

    static String mair(long v) {
        StringJoiner j = new StringJoiner(" · ");
        for (int i = 7; i >= 0; i--) {
            int b = MemoryAttribute.attrByte(v, i);
            if (b != 0 || i == 0) j.add(i + ": " + MemoryAttribute.decode(b).text());
        }
        return j.toString();
    }

    static String esr(long v) {
        if (v == 0) return "";
        int ec = FaultSyndrome.ec(v);
        StringBuilder sb = new StringBuilder("EC ").append(String.format("0x%02X ", ec))
            .append(FaultText.exceptionClass(ec));
        if (FaultText.isAbort(ec)) {
            int fsc = FaultSyndrome.fsc(v);
            sb.append(", FSC 0x").append(String.format("%02X", fsc)).append(" ").append(FaultText.statusCode(fsc));
            if (ec == FaultSyndrome.EC_DATA_ABORT_LOWER || ec == FaultSyndrome.EC_DATA_ABORT_SAME) {
                sb.append(", WnR=").append(FaultSyndrome.wnr(v) ? "1 (write)" : "0 (read)");
            }
        }
        return sb.toString();
    }

    /** The IPA page HPFAR_EL2.FIPA holds (IPA[47:12] in bits [39:4]). */
    public static long hpfarIpa(long hpfar) {
        return (hpfar & FaultSyndrome.HPFAR_FIPA_MASK) << 8;
    }

    static String prenr(long v) {
        if (v == 0) return "no region enabled";
        StringJoiner j = new StringJoiner(", ");
        int i = 0;
        while (i < 32) {
            if ((v & (1L << i)) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 32 && (v & (1L << i)) != 0) i++;
            j.add(start == i - 1 ? Integer.toString(start) : start + "-" + (i - 1));
        }
        return "enabled: " + j;
    }
}

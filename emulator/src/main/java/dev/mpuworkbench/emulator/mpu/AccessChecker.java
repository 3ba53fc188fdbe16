package dev.mpuworkbench.emulator.mpu;

/**
 * The PMSAv8-64 access check (DOMAIN.md §4, research/pmsa.md §2, §7), pure: it reads a {@link RegisterBank} and
 * fills an {@link AccessOutcome}; it neither writes syndrome registers nor allocates.
 *
 * <ul>
 *   <li>EL2 accesses: stage 1 by the EL2 MPU.</li>
 *   <li>EL1/EL0 accesses: stage 1 by the EL1 MPU (when VTCR_EL2.MSA = 0), fault to EL1; then, when HCR_EL2.VM = 1,
 *       stage 2 by the EL2 MPU, fault to EL2. Stage 2 is gated by HCR_EL2.VM alone (QEMU's model). The effective
 *       permission is the AND of both stages.</li>
 *   <li>Match: EN = 1 and base &lt;= A &lt;= limit | 0x3F. None: background region only with SCTLR.M = 1, BR = 1 and
 *       an access from the MPU's own level, never EL0, never stage 2; otherwise translation fault level 0. Two or
 *       more: translation fault level 0.</li>
 *   <li>AP: 00 own-level RW, 01 RW all, 10 own-level RO, 11 RO all. Stage 2 uses the EL1/EL0 column.</li>
 *   <li>Execute needs read permission and XN[1] = 0 at stage 1; at stage 2 it needs XN[0] = 0 (XN[0] is the stage-2
 *       execute-never as in Arm's Xen MPU branch and the workbench's planner; unverified against DDI 0600).
 *       SCTLR_ELx.WXN makes every region writable in the regime execute-never (stage 1 only).
 *       A region writable at EL0 (AP = 01) is not executable at EL1 (inferred from VMSAv8-64).</li>
 * </ul>
 */
public final class AccessChecker {
    private static final int SCTLR_EL1 = ControlRegister.SCTLR_EL1.ordinal();
    private static final int SCTLR_EL2 = ControlRegister.SCTLR_EL2.ordinal();
    private static final int HCR_EL2 = ControlRegister.HCR_EL2.ordinal();
    private static final int VTCR_EL2 = ControlRegister.VTCR_EL2.ordinal();

    private AccessChecker() {
    }

    private static final int READ = AccessType.READ.ordinal();
    private static final int WRITE = AccessType.WRITE.ordinal();
    private static final int EXECUTE = AccessType.EXECUTE.ordinal();
    private static final int TRANSLATION = FaultKind.TRANSLATION.ordinal();
    private static final int PERMISSION = FaultKind.PERMISSION.ordinal();
    private static final int MPU_DISABLED = StageResolution.MPU_DISABLED.ordinal();
    private static final int NOT_MODELLED = StageResolution.NOT_MODELLED.ordinal();
    private static final int REGION = StageResolution.REGION.ordinal();
    private static final int BACKGROUND = StageResolution.BACKGROUND.ordinal();
    private static final int NO_MATCH = StageResolution.NO_MATCH.ordinal();
    private static final int MULTIPLE_MATCH = StageResolution.MULTIPLE_MATCH.ordinal();

    public static void check(RegisterBank bank, ExceptionLevel el, AccessType type, long address, AccessOutcome out) {
        int level = el.ordinal();
        out.begin(level, type.ordinal(), address);
        if (level == 2) {
            if (stage1(bank, 2, SCTLR_EL2, 2, address, out)) allow(out);
            else fault(out, 1, 2, true, address);
            return;
        }
        if ((bank.control[VTCR_EL2] & ControlRegister.VTCR_MSA) != 0) {
            out.stage1 = NOT_MODELLED;
        } else if (!stage1(bank, 1, SCTLR_EL1, level, address, out)) {
            fault(out, 1, 1, level == 1, address);
            return;
        }
        if ((bank.control[HCR_EL2] & ControlRegister.HCR_VM) == 0) {
            allow(out);
        } else if (stage2(bank, address, out)) {
            allow(out);
        } else {
            fault(out, 2, 2, false, address);
        }
    }

    /** Stage 1 by the MPU of level {@code mpu} for an access from {@code level}; false = fault (kind set). */
    private static boolean stage1(RegisterBank bank, int mpu, int sctlrIndex, int level, long address,
                                  AccessOutcome out) {
        long sctlr = bank.control[sctlrIndex];
        if ((sctlr & ControlRegister.SCTLR_M) == 0) {
            out.stage1 = MPU_DISABLED;
            return true;
        }
        RegionLookup lookup = bank.lookup(mpu);
        int seg = lookup.segment(address);
        long match = lookup.match(seg);
        int region = RegionLookup.regionOf(match);
        out.stage1Segment = seg;
        out.stage1Lookup = lookup;
        if (region == RegionLookup.NONE) {
            if ((sctlr & ControlRegister.SCTLR_BR) != 0 && level == mpu) {
                out.stage1 = BACKGROUND;
                return true;
            }
            out.stage1 = NO_MATCH;
            out.faultKind = TRANSLATION;
            return false;
        }
        if (region == RegionLookup.MULTIPLE) {
            out.stage1 = MULTIPLE_MATCH;
            out.faultKind = TRANSLATION;
            return false;
        }
        out.stage1 = REGION;
        out.stage1Region = region;
        long prbar = match;
        int ap = (int) (prbar >>> 2) & 3;
        boolean own = level == mpu;
        boolean readable = own || (ap & 1) != 0;
        int type = out.type;
        boolean ok;
        if (type == READ) {
            ok = readable;
        } else if (type == WRITE) {
            ok = own ? (ap & 2) == 0 : ap == 1;
        } else {
            ok = readable && (prbar & RegionBits.PRBAR_XN1) == 0
                && ((sctlr & ControlRegister.SCTLR_WXN) == 0 || (ap & 2) != 0)
                && !(mpu == 1 && level == 1 && ap == 1);
        }
        if (!ok) out.faultKind = PERMISSION;
        return ok;
    }

    /** Stage 2 by the EL2 MPU for an EL1/EL0 access: no background region, the EL1/EL0 AP column. */
    private static boolean stage2(RegisterBank bank, long address, AccessOutcome out) {
        RegionLookup lookup = bank.lookup(2);
        int seg = lookup.segment(address);
        long match = lookup.match(seg);
        int region = RegionLookup.regionOf(match);
        out.stage2Segment = seg;
        out.stage2Lookup = lookup;
        if (region < 0) {
            out.stage2 = region == RegionLookup.NONE ? NO_MATCH : MULTIPLE_MATCH;
            out.faultKind = TRANSLATION;
            return false;
        }
        out.stage2 = REGION;
        out.stage2Region = region;
        long prbar = match;
        int ap = (int) (prbar >>> 2) & 3;
        boolean readable = (ap & 1) != 0;
        int type = out.type;
        boolean ok;
        if (type == READ) {
            ok = readable;
        } else if (type == WRITE) {
            ok = ap == 1;
        } else {
            ok = readable && (prbar & RegionBits.PRBAR_XN0) == 0;
        }
        if (!ok) out.faultKind = PERMISSION;
        return ok;
    }

    private static void allow(AccessOutcome out) {
        out.allowed = true;
        out.faultKind = 0;
    }

    private static void fault(AccessOutcome out, int stage, int target, boolean sameLevel, long address) {
        out.allowed = false;
        out.faultStage = stage;
        out.targetLevel = target;
        int ec = out.type == EXECUTE
            ? (sameLevel ? FaultSyndrome.EC_INSTRUCTION_ABORT_SAME : FaultSyndrome.EC_INSTRUCTION_ABORT_LOWER)
            : (sameLevel ? FaultSyndrome.EC_DATA_ABORT_SAME : FaultSyndrome.EC_DATA_ABORT_LOWER);
        long iss = (out.faultKind == PERMISSION ? FaultSyndrome.FSC_PERMISSION_L0 : FaultSyndrome.FSC_TRANSLATION_L0)
            | (out.type == WRITE ? FaultSyndrome.WNR : 0);
        out.esr = ((long) ec << 26) | FaultSyndrome.IL | iss;
        out.far = address;
        if (stage == 2) {
            out.hpfar = FaultSyndrome.hpfar(address);
            out.hpfarValid = true;
        }
    }
}

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
    private static final int TRANSLATION = FaultKind.TRANSLATION.ordinal();
    private static final int PERMISSION = FaultKind.PERMISSION.ordinal();
    private static final int NOT_APPLIED = StageResolution.NOT_APPLIED.ordinal();
    private static final int MPU_DISABLED = StageResolution.MPU_DISABLED.ordinal();
    private static final int NOT_MODELLED = StageResolution.NOT_MODELLED.ordinal();
    private static final int REGION = StageResolution.REGION.ordinal();
    private static final int BACKGROUND = StageResolution.BACKGROUND.ordinal();
    private static final int NO_MATCH = StageResolution.NO_MATCH.ordinal();
    private static final int MULTIPLE_MATCH = StageResolution.MULTIPLE_MATCH.ordinal();

    private AccessChecker() {
    }

    public static void check(RegisterBank bank, ExceptionLevel el, AccessType type, long address, AccessOutcome out) {
        int level = el.ordinal();
        int t = type.ordinal();
        long[] control = bank.control;
        out.level = level;
        out.type = t;
        out.address = address;
        int fault;
        if (level == 2) {
            fault = stage1(bank, 2, control[SCTLR_EL2], level, t, address, out);
            out.notApplied2();
            out.finish(fault, 1);
            return;
        }
        if ((control[VTCR_EL2] & ControlRegister.VTCR_MSA) != 0) {
            out.passed1(NOT_MODELLED);
        } else {
            fault = stage1(bank, 1, control[SCTLR_EL1], level, t, address, out);
            if (fault != 0) {
                out.notApplied2();
                out.finish(fault, 1);
                return;
            }
        }
        if ((control[HCR_EL2] & ControlRegister.HCR_VM) == 0) {
            out.notApplied2();
            out.finish(0, 0);
            return;
        }
        out.finish(stage2(bank, t, address, out), 2);
    }

    /**
     * Stage 1 by the MPU of level {@code mpu} for an access from {@code level}: 0 when it passes, else the fault kind
     * (ordinal).
     */
    private static int stage1(RegisterBank bank, int mpu, long sctlr, int level, int type, long address,
                              AccessOutcome out) {
        if ((sctlr & ControlRegister.SCTLR_M) == 0) {
            out.passed1(MPU_DISABLED);
            return 0;
        }
        RegionLookup lookup = bank.lookup(mpu);
        int slot = lookup.slot(address);
        long match = lookup.match(slot);
        int region = RegionLookup.regionOf(match);
        out.matched1(lookup, slot, Math.max(region, -1));
        if (((match >>> AccessClass.stage1(level, type, sctlr)) & 1) != 0) {
            out.stage1 = REGION;
            return 0;
        }
        if (region >= 0) {
            out.stage1 = REGION;
            return PERMISSION;
        }
        if (region == RegionLookup.NONE && (sctlr & ControlRegister.SCTLR_BR) != 0 && level == mpu) {
            out.stage1 = BACKGROUND;
            return 0;
        }
        out.stage1 = region == RegionLookup.NONE ? NO_MATCH : MULTIPLE_MATCH;
        return TRANSLATION;
    }

    /** Stage 2 by the EL2 MPU for an EL1/EL0 access: no background region, the EL1/EL0 AP column. */
    private static int stage2(RegisterBank bank, int type, long address, AccessOutcome out) {
        RegionLookup lookup = bank.lookup(2);
        int slot = lookup.slot(address);
        long match = lookup.match(slot);
        int region = RegionLookup.regionOf(match);
        out.matched2(lookup, slot, Math.max(region, -1));
        if (((match >>> AccessClass.stage2(type)) & 1) != 0) {
            out.stage2 = REGION;
            return 0;
        }
        if (region >= 0) {
            out.stage2 = REGION;
            return PERMISSION;
        }
        out.stage2 = region == RegionLookup.NONE ? NO_MATCH : MULTIPLE_MATCH;
        return TRANSLATION;
    }
}

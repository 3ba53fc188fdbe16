package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;

/**
 * The outcome of one access check, filled in place so the hot path allocates nothing. A caller keeps one and
 * passes it to {@link AccessChecker#check}; {@link #toResult()} makes an immutable copy when one is needed.
 */
public final class AccessOutcome {
    private static final int[] NONE = {};

    ExceptionLevel level;
    AccessType type;
    long address;
    boolean allowed;
    FaultKind faultKind = FaultKind.NONE;
    int faultStage;
    ExceptionLevel targetLevel;
    long esr;
    long far;
    long hpfar;
    boolean hpfarValid;
    StageResolution stage1 = StageResolution.NOT_APPLIED;
    int stage1Region = -1;
    int[] stage1Hits = NONE;
    StageResolution stage2 = StageResolution.NOT_APPLIED;
    int stage2Region = -1;
    int[] stage2Hits = NONE;

    void begin(ExceptionLevel el, AccessType accessType, long addr) {
        level = el;
        type = accessType;
        address = addr;
        allowed = false;
        faultKind = FaultKind.NONE;
        faultStage = 0;
        targetLevel = null;
        esr = 0;
        far = 0;
        hpfar = 0;
        hpfarValid = false;
        stage1 = StageResolution.NOT_APPLIED;
        stage1Region = -1;
        stage1Hits = NONE;
        stage2 = StageResolution.NOT_APPLIED;
        stage2Region = -1;
        stage2Hits = NONE;
    }

    /** Copies every field of another outcome. */
    public void copyFrom(AccessOutcome o) {
        level = o.level;
        type = o.type;
        address = o.address;
        allowed = o.allowed;
        faultKind = o.faultKind;
        faultStage = o.faultStage;
        targetLevel = o.targetLevel;
        esr = o.esr;
        far = o.far;
        hpfar = o.hpfar;
        hpfarValid = o.hpfarValid;
        stage1 = o.stage1;
        stage1Region = o.stage1Region;
        stage1Hits = o.stage1Hits;
        stage2 = o.stage2;
        stage2Region = o.stage2Region;
        stage2Hits = o.stage2Hits;
    }

    public ExceptionLevel level() {
        return level;
    }

    public AccessType type() {
        return type;
    }

    public long address() {
        return address;
    }

    public boolean allowed() {
        return allowed;
    }

    public FaultKind faultKind() {
        return faultKind;
    }

    /** 1 or 2 for a fault, 0 when allowed. */
    public int faultStage() {
        return faultStage;
    }

    /** The level the abort is taken to (EL1 for EL1&0 stage-1 faults, EL2 otherwise), or null when allowed. */
    public ExceptionLevel targetLevel() {
        return targetLevel;
    }

    public long esr() {
        return esr;
    }

    public long far() {
        return far;
    }

    /** HPFAR_EL2, meaningful only when {@link #hpfarValid()} (stage-2 faults). */
    public long hpfar() {
        return hpfar;
    }

    public boolean hpfarValid() {
        return hpfarValid;
    }

    public StageResolution stage1() {
        return stage1;
    }

    /** The region that decided stage 1, or -1. */
    public int stage1Region() {
        return stage1Region;
    }

    public int stage1MatchCount() {
        return stage1Hits.length;
    }

    public int stage1Match(int i) {
        return stage1Hits[i];
    }

    public StageResolution stage2() {
        return stage2;
    }

    /** The EL2 MPU region that decided stage 2, or -1. */
    public int stage2Region() {
        return stage2Region;
    }

    public int stage2MatchCount() {
        return stage2Hits.length;
    }

    public int stage2Match(int i) {
        return stage2Hits[i];
    }

    /** Same decision: allowed or the same fault, decided by the same regions. */
    public boolean sameDecision(AccessOutcome o) {
        return allowed == o.allowed && faultKind == o.faultKind && faultStage == o.faultStage && stage1 == o.stage1
            && stage1Region == o.stage1Region && stage2 == o.stage2 && stage2Region == o.stage2Region
            && Arrays.equals(stage1Hits, o.stage1Hits) && Arrays.equals(stage2Hits, o.stage2Hits);
    }

    public AccessResult toResult() {
        return new AccessResult(level, type, address, allowed, faultKind, faultStage, targetLevel, esr, far, hpfar,
            hpfarValid, stage1, stage1Region, Arrays.stream(stage1Hits).boxed().toList(), stage2, stage2Region,
            Arrays.stream(stage2Hits).boxed().toList());
    }

    /** One line, e.g. "EL2 write 0x1000: permission fault, stage 1, region 1 (ESR 0x9600004C)". */
    public String describe() {
        String head = level + " " + type.label() + " 0x" + Long.toHexString(address).toUpperCase(java.util.Locale.ROOT);
        if (allowed) return head + ": allowed (" + stageText(1) + (stage2 == StageResolution.NOT_APPLIED ? ""
            : "; " + stageText(2)) + ")";
        return head + ": " + faultKind.name().toLowerCase(java.util.Locale.ROOT) + " fault, " + stageText(faultStage)
            + String.format(" (ESR 0x%X)", esr);
    }

    private String stageText(int stage) {
        StageResolution res = stage == 1 ? stage1 : stage2;
        int region = stage == 1 ? stage1Region : stage2Region;
        int[] hits = stage == 1 ? stage1Hits : stage2Hits;
        String text = "stage " + stage + " " + res.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (region >= 0) text += " region " + region;
        if (hits.length > 1) text += " regions " + Arrays.toString(hits);
        return text;
    }
}

package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;
import java.util.Locale;

/**
 * The outcome of one access check, filled in place so the hot path allocates nothing. A caller keeps one and
 * passes it to {@link AccessChecker#check}; {@link #toResult()} makes an immutable copy when one is needed.
 * Fields are kept as primitives (enum ordinals, segment numbers) so that filling it costs no reference stores.
 */
public final class AccessOutcome {
    static final int NO_LEVEL = -1;
    private static final int[] NO_HITS = {};

    int level;
    int type;
    long address;
    boolean allowed;
    int faultKind;
    int faultStage;
    int targetLevel = NO_LEVEL;
    long esr;
    long far;
    long hpfar;
    boolean hpfarValid;
    int stage1;
    int stage1Region;
    /** Segment of {@link #stage1Lookup} that matched, or -1 (then the lookup reference is stale and unused). */
    int stage1Segment;
    RegionLookup stage1Lookup;
    int stage2;
    int stage2Region;
    int stage2Segment;
    RegionLookup stage2Lookup;

    void begin(int el, int accessType, long addr) {
        level = el;
        type = accessType;
        address = addr;
        allowed = false;
        faultKind = 0;
        faultStage = 0;
        targetLevel = NO_LEVEL;
        esr = 0;
        far = 0;
        hpfar = 0;
        hpfarValid = false;
        stage1 = 0;
        stage1Region = -1;
        stage1Segment = -1;
        stage2 = 0;
        stage2Region = -1;
        stage2Segment = -1;
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
        stage1Segment = o.stage1Segment;
        stage1Lookup = o.stage1Lookup;
        stage2 = o.stage2;
        stage2Region = o.stage2Region;
        stage2Segment = o.stage2Segment;
        stage2Lookup = o.stage2Lookup;
    }

    public ExceptionLevel level() {
        return ExceptionLevel.of(level);
    }

    public AccessType type() {
        return AccessType.of(type);
    }

    public long address() {
        return address;
    }

    public boolean allowed() {
        return allowed;
    }

    public FaultKind faultKind() {
        return FaultKind.of(faultKind);
    }

    /** 1 or 2 for a fault, 0 when allowed. */
    public int faultStage() {
        return faultStage;
    }

    /** The level the abort is taken to (EL1 for EL1&0 stage-1 faults, EL2 otherwise), or null when allowed. */
    public ExceptionLevel targetLevel() {
        return targetLevel == NO_LEVEL ? null : ExceptionLevel.of(targetLevel);
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
        return StageResolution.of(stage1);
    }

    /** The region that decided stage 1, or -1. */
    public int stage1Region() {
        return stage1Region;
    }

    public int stage1MatchCount() {
        return stage1Segment < 0 ? 0 : stage1Lookup.hitCount(stage1Segment);
    }

    public int stage1Match(int i) {
        return stage1Lookup.hit(stage1Segment, i);
    }

    public StageResolution stage2() {
        return StageResolution.of(stage2);
    }

    /** The EL2 MPU region that decided stage 2, or -1. */
    public int stage2Region() {
        return stage2Region;
    }

    public int stage2MatchCount() {
        return stage2Segment < 0 ? 0 : stage2Lookup.hitCount(stage2Segment);
    }

    public int stage2Match(int i) {
        return stage2Lookup.hit(stage2Segment, i);
    }

    private int[] stage1Hits() {
        return stage1Segment < 0 ? NO_HITS : stage1Lookup.hitsOf(stage1Segment);
    }

    private int[] stage2Hits() {
        return stage2Segment < 0 ? NO_HITS : stage2Lookup.hitsOf(stage2Segment);
    }

    /** Same decision: allowed or the same fault, decided by the same regions. */
    public boolean sameDecision(AccessOutcome o) {
        return allowed == o.allowed && faultKind == o.faultKind && faultStage == o.faultStage && stage1 == o.stage1
            && stage1Region == o.stage1Region && stage2 == o.stage2 && stage2Region == o.stage2Region
            && Arrays.equals(stage1Hits(), o.stage1Hits()) && Arrays.equals(stage2Hits(), o.stage2Hits());
    }

    public AccessResult toResult() {
        return new AccessResult(level(), type(), address, allowed, faultKind(), faultStage, targetLevel(), esr, far,
            hpfar, hpfarValid, stage1(), stage1Region, Arrays.stream(stage1Hits()).boxed().toList(), stage2(),
            stage2Region, Arrays.stream(stage2Hits()).boxed().toList());
    }

    /** One line, e.g. "EL2 write 0x1000: permission fault, stage 1 region 1 (ESR 0x9600004C)". */
    public String describe() {
        String head = level() + " " + type().label() + " 0x" + Long.toHexString(address).toUpperCase(Locale.ROOT);
        if (allowed) {
            return head + ": allowed (" + stageText(1) + (stage2() == StageResolution.NOT_APPLIED ? ""
                : "; " + stageText(2)) + ")";
        }
        return head + ": " + faultKind().name().toLowerCase(Locale.ROOT) + " fault, " + stageText(faultStage)
            + String.format(" (ESR 0x%X)", esr);
    }

    private String stageText(int stage) {
        StageResolution res = stage == 1 ? stage1() : stage2();
        int region = stage == 1 ? stage1Region : stage2Region;
        int[] hits = stage == 1 ? stage1Hits() : stage2Hits();
        String text = "stage " + stage + " " + res.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (region >= 0) text += " region " + region;
        if (hits.length > 1) text += " regions " + Arrays.toString(hits);
        return text;
    }
}

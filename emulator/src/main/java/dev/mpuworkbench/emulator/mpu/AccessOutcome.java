package dev.mpuworkbench.emulator.mpu;

import java.util.Arrays;
import java.util.Locale;

/**
 * The outcome of one access check, filled in place so the hot path allocates nothing. A caller keeps one and
 * passes it to {@link AccessChecker#check}; {@link #toResult()} makes an immutable copy when one is needed.
 * Fields are kept as primitives (enum ordinals, segment numbers) so that filling it costs no reference stores.
 */
public final class AccessOutcome {
    private static final int[] NO_HITS = {};
    private static final int PERMISSION = FaultKind.PERMISSION.ordinal();
    private static final int EXECUTE = AccessType.EXECUTE.ordinal();
    private static final int WRITE = AccessType.WRITE.ordinal();

    int level;
    int type;
    long address;
    boolean allowed;
    /** FaultKind ordinal: 0 when allowed. The syndrome (ESR, FAR, HPFAR, target) follows from it and is derived. */
    int faultKind;
    int faultStage;
    int stage1;
    int stage1Region = -1;
    /** Slot of {@link #stage1Lookup} that matched; slot 0 (below every region) holds no region in any lookup. */
    int stage1Slot;
    RegionLookup stage1Lookup;
    int stage2;
    int stage2Region = -1;
    int stage2Slot;
    RegionLookup stage2Lookup;

    /** Stage 1 passed without looking at regions (MPU disabled, or not modelled). */
    void passed1(int resolution) {
        stage1 = resolution;
        stage1Region = -1;
        stage1Slot = 0;
    }

    /** Stage 1 looked the address up; the resolution is set by the caller. */
    void matched1(RegionLookup lookup, int slot, int region) {
        if (stage1Lookup != lookup) stage1Lookup = lookup;
        stage1Slot = slot;
        stage1Region = region;
    }

    void notApplied2() {
        stage2 = 0;
        stage2Region = -1;
        stage2Slot = 0;
    }

    void matched2(RegionLookup lookup, int slot, int region) {
        if (stage2Lookup != lookup) stage2Lookup = lookup;
        stage2Slot = slot;
        stage2Region = region;
    }

    /** The decision: {@code fault} 0 (allowed) or a FaultKind ordinal raised at {@code stage}. */
    void finish(int fault, int stage) {
        allowed = fault == 0;
        faultKind = fault;
        faultStage = fault == 0 ? 0 : stage;
    }

    /** Copies every field of another outcome. */
    public void copyFrom(AccessOutcome o) {
        level = o.level;
        type = o.type;
        address = o.address;
        allowed = o.allowed;
        faultKind = o.faultKind;
        faultStage = o.faultStage;
        stage1 = o.stage1;
        stage1Region = o.stage1Region;
        stage1Slot = o.stage1Slot;
        stage1Lookup = o.stage1Lookup;
        stage2 = o.stage2;
        stage2Region = o.stage2Region;
        stage2Slot = o.stage2Slot;
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
        if (faultStage == 0) return null;
        return faultStage == 1 && level < 2 ? ExceptionLevel.EL1 : ExceptionLevel.EL2;
    }

    /** ESR of the abort (0 when allowed): a stage-1 fault from EL1 or EL2 is taken at the same level. */
    public long esr() {
        if (faultStage == 0) return 0;
        boolean sameLevel = faultStage == 1 && level > 0;
        int ec = type == EXECUTE
            ? (sameLevel ? FaultSyndrome.EC_INSTRUCTION_ABORT_SAME : FaultSyndrome.EC_INSTRUCTION_ABORT_LOWER)
            : (sameLevel ? FaultSyndrome.EC_DATA_ABORT_SAME : FaultSyndrome.EC_DATA_ABORT_LOWER);
        long iss = (faultKind == PERMISSION ? FaultSyndrome.FSC_PERMISSION_L0 : FaultSyndrome.FSC_TRANSLATION_L0)
            | (type == WRITE ? FaultSyndrome.WNR : 0);
        return ((long) ec << 26) | FaultSyndrome.IL | iss;
    }

    public long far() {
        return faultStage == 0 ? 0 : address;
    }

    /** HPFAR_EL2, meaningful only when {@link #hpfarValid()} (stage-2 faults). */
    public long hpfar() {
        return faultStage == 2 ? FaultSyndrome.hpfar(address) : 0;
    }

    public boolean hpfarValid() {
        return faultStage == 2;
    }

    public StageResolution stage1() {
        return StageResolution.of(stage1);
    }

    /** The region that decided stage 1, or -1. */
    public int stage1Region() {
        return stage1Region;
    }

    public int stage1MatchCount() {
        return stage1Slot == 0 ? 0 : stage1Lookup.slotHitCount(stage1Slot);
    }

    public int stage1Match(int i) {
        return stage1Lookup.hit(stage1Slot - 1, i);
    }

    public StageResolution stage2() {
        return StageResolution.of(stage2);
    }

    /** The EL2 MPU region that decided stage 2, or -1. */
    public int stage2Region() {
        return stage2Region;
    }

    public int stage2MatchCount() {
        return stage2Slot == 0 ? 0 : stage2Lookup.slotHitCount(stage2Slot);
    }

    public int stage2Match(int i) {
        return stage2Lookup.hit(stage2Slot - 1, i);
    }

    private int[] stage1Hits() {
        return stage1Slot == 0 ? NO_HITS : stage1Lookup.slotHits(stage1Slot);
    }

    private int[] stage2Hits() {
        return stage2Slot == 0 ? NO_HITS : stage2Lookup.slotHits(stage2Slot);
    }

    /** Same decision: allowed or the same fault, decided by the same regions. */
    public boolean sameDecision(AccessOutcome o) {
        return allowed == o.allowed && faultKind == o.faultKind && faultStage == o.faultStage && stage1 == o.stage1
            && stage1Region == o.stage1Region && stage2 == o.stage2 && stage2Region == o.stage2Region
            && sameHits(stage1Lookup, stage1Slot, o.stage1Lookup, o.stage1Slot)
            && sameHits(stage2Lookup, stage2Slot, o.stage2Lookup, o.stage2Slot);
    }

    private static boolean sameHits(RegionLookup a, int slotA, RegionLookup b, int slotB) {
        if (slotA == 0 || slotB == 0) return (slotA == 0 || a.slotHitCount(slotA) == 0)
            && (slotB == 0 || b.slotHitCount(slotB) == 0);
        return a.sameHits(slotA, b, slotB);
    }

    public AccessResult toResult() {
        return new AccessResult(level(), type(), address, allowed, faultKind(), faultStage, targetLevel(), esr(),
            far(), hpfar(), hpfarValid(), stage1(), stage1Region, Arrays.stream(stage1Hits()).boxed().toList(), stage2(),
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
            + String.format(" (ESR 0x%X)", esr());
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

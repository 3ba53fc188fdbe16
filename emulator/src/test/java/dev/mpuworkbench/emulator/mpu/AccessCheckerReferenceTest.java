package dev.mpuworkbench.emulator.mpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The access check against a plain reference written straight from the rules (a linear scan over the regions, no
 * lookup tables): random region tables with overlaps, disabled and empty regions, every control combination that
 * steers the check, every level and access type, addresses at and around region edges. MPU sizes cover one and
 * several words of region bits.
 */
class AccessCheckerReferenceTest {
    private static final AccessType[] TYPES = AccessType.values();

    @ParameterizedTest(name = "{0} regions per MPU")
    @ValueSource(ints = {0, 1, 5, 32, 63, 64, 65, 130, 255})
    void agreesWithALinearScan(int regions) {
        Random random = new Random(regions * 7919L + 1);
        AccessOutcome out = new AccessOutcome();
        AccessOutcome other = new AccessOutcome();
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            RegisterBank bank = new RegisterBank(regions, Math.max(0, regions - round % 3));
            List<Long> edges = new ArrayList<>();
            for (int el = 1; el <= 2; el++) {
                int count = bank.regionCount(ExceptionLevel.of(el));
                int used = count == 0 ? 0 : 1 + random.nextInt(count);
                for (int r = 0; r < used; r++) {
                    long base = random.nextInt(256) * 0x400L;
                    long limit = base + random.nextInt(16) * 0x400L - (random.nextInt(10) == 0 ? 0x800 : 0);
                    long prlar = (Math.max(0, limit) & RegionBits.ADDRESS_MASK) | random.nextInt(32);
                    bank.setPrbar(el, r, base | random.nextInt(64));
                    bank.setPrlar(el, r, prlar);
                    edges.add(base);
                    edges.add(RegionBits.limit(prlar));
                }
            }
            for (int controls = 0; controls < 64; controls++) {
                bank.setControl(ControlRegister.SCTLR_EL2, sctlr(controls & 7));
                bank.setControl(ControlRegister.SCTLR_EL1, sctlr((controls >> 3) & 7));
                bank.setControl(ControlRegister.HCR_EL2, random.nextBoolean() ? ControlRegister.HCR_VM : 0);
                bank.setControl(ControlRegister.VTCR_EL2, random.nextInt(4) == 0 ? ControlRegister.VTCR_MSA : 0);
                for (int i = 0; i < 60; i++) {
                    long address = edges.isEmpty() || random.nextInt(4) == 0 ? random.nextInt(0x50000)
                        : edges.get(random.nextInt(edges.size())) + random.nextInt(3) - 1;
                    if (random.nextInt(50) == 0) address = random.nextBoolean() ? -1 : RegionBits.MAX_ADDRESS + 1;
                    ExceptionLevel el = ExceptionLevel.of(random.nextInt(3));
                    AccessType type = TYPES[random.nextInt(3)];
                    AccessChecker.check(bank, el, type, address, out);
                    AccessResult expected = Reference.check(bank, el, type, address);
                    assertEquals(expected, out.toResult(), () -> "bank " + describe(bank));
                    AccessChecker.check(bank, el, type, address, other);
                    assertTrue(out.sameDecision(other));
                    checked++;
                }
            }
        }
        assertTrue(checked > 100_000);
    }

    private static long sctlr(int bits) {
        return ((bits & 1) != 0 ? ControlRegister.SCTLR_M : 0) | ((bits & 2) != 0 ? ControlRegister.SCTLR_BR : 0)
            | ((bits & 4) != 0 ? ControlRegister.SCTLR_WXN : 0);
    }

    private static String describe(RegisterBank bank) {
        StringBuilder b = new StringBuilder();
        for (int el = 1; el <= 2; el++) {
            ExceptionLevel mpu = ExceptionLevel.of(el);
            for (int r = 0; r < bank.regionCount(mpu); r++) {
                b.append(String.format("%nEL%d r%d %X %X", el, r, bank.prbar(mpu, r), bank.prlar(mpu, r)));
            }
        }
        return b.toString();
    }

    /** The rules of {@link AccessChecker}'s documentation, one region at a time. */
    private static final class Reference {
        private record Stage(StageResolution resolution, int region, List<Integer> matches, FaultKind fault) {
            boolean passes() {
                return fault == FaultKind.NONE;
            }
        }

        static AccessResult check(RegisterBank bank, ExceptionLevel el, AccessType type, long address) {
            boolean el2 = el == ExceptionLevel.EL2;
            Stage s1;
            Stage s2 = new Stage(StageResolution.NOT_APPLIED, -1, List.of(), FaultKind.NONE);
            if (el2) {
                s1 = stage1(bank, ExceptionLevel.EL2, el, type, address);
                if (!s1.passes()) return fault(el, type, address, 1, ExceptionLevel.EL2, true, s1, s2);
            } else {
                if ((bank.control(ControlRegister.VTCR_EL2) & ControlRegister.VTCR_MSA) != 0) {
                    s1 = new Stage(StageResolution.NOT_MODELLED, -1, List.of(), FaultKind.NONE);
                } else {
                    s1 = stage1(bank, ExceptionLevel.EL1, el, type, address);
                    if (!s1.passes()) {
                        return fault(el, type, address, 1, ExceptionLevel.EL1, el == ExceptionLevel.EL1, s1, s2);
                    }
                }
                if ((bank.control(ControlRegister.HCR_EL2) & ControlRegister.HCR_VM) != 0) {
                    s2 = stage2(bank, type, address);
                    if (!s2.passes()) return fault(el, type, address, 2, ExceptionLevel.EL2, false, s1, s2);
                }
            }
            return new AccessResult(el, type, address, true, FaultKind.NONE, 0, null, 0, 0, 0, false,
                s1.resolution(), s1.region(), s1.matches(), s2.resolution(), s2.region(), s2.matches());
        }

        private static AccessResult fault(ExceptionLevel el, AccessType type, long address, int stage,
                                          ExceptionLevel target, boolean same, Stage s1, Stage s2) {
            FaultKind kind = stage == 1 ? s1.fault() : s2.fault();
            return new AccessResult(el, type, address, false, kind, stage, target,
                FaultSyndrome.esr(type, same, kind), address, stage == 2 ? FaultSyndrome.hpfar(address) : 0,
                stage == 2, s1.resolution(), s1.region(), s1.matches(), s2.resolution(), s2.region(), s2.matches());
        }

        private static List<Integer> matches(RegisterBank bank, ExceptionLevel mpu, long address) {
            List<Integer> hits = new ArrayList<>();
            for (int r = 0; r < bank.regionCount(mpu); r++) {
                long prbar = bank.prbar(mpu, r);
                long prlar = bank.prlar(mpu, r);
                if ((prlar & 1) != 0 && (prbar & RegionBits.ADDRESS_MASK) <= address
                    && address <= ((prlar & RegionBits.ADDRESS_MASK) | 0x3F)) {
                    hits.add(r);
                }
            }
            return hits;
        }

        private static Stage stage1(RegisterBank bank, ExceptionLevel mpu, ExceptionLevel el, AccessType type,
                                    long address) {
            long sctlr = bank.control(mpu == ExceptionLevel.EL2 ? ControlRegister.SCTLR_EL2 : ControlRegister.SCTLR_EL1);
            if ((sctlr & ControlRegister.SCTLR_M) == 0) {
                return new Stage(StageResolution.MPU_DISABLED, -1, List.of(), FaultKind.NONE);
            }
            List<Integer> hits = matches(bank, mpu, address);
            if (hits.isEmpty()) {
                return (sctlr & ControlRegister.SCTLR_BR) != 0 && el == mpu
                    ? new Stage(StageResolution.BACKGROUND, -1, hits, FaultKind.NONE)
                    : new Stage(StageResolution.NO_MATCH, -1, hits, FaultKind.TRANSLATION);
            }
            if (hits.size() > 1) return new Stage(StageResolution.MULTIPLE_MATCH, -1, hits, FaultKind.TRANSLATION);
            int region = hits.get(0);
            AccessPermission ap = AccessPermission.of(RegionBits.ap(bank.prbar(mpu, region)));
            boolean own = el == mpu;
            boolean xn1 = (RegionBits.xn(bank.prbar(mpu, region)) & 2) != 0;
            boolean wxn = (sctlr & ControlRegister.SCTLR_WXN) != 0;
            boolean readable = own || ap.lowerLevels();
            boolean ok = switch (type) {
                case READ -> readable;
                case WRITE -> own ? ap.writable() : ap == AccessPermission.RW_ALL;
                case EXECUTE -> readable && !xn1 && !(wxn && ap.writable())
                    && !(mpu == ExceptionLevel.EL1 && el == ExceptionLevel.EL1 && ap == AccessPermission.RW_ALL);
            };
            return new Stage(StageResolution.REGION, region, hits, ok ? FaultKind.NONE : FaultKind.PERMISSION);
        }

        private static Stage stage2(RegisterBank bank, AccessType type, long address) {
            List<Integer> hits = matches(bank, ExceptionLevel.EL2, address);
            if (hits.size() != 1) {
                return new Stage(hits.isEmpty() ? StageResolution.NO_MATCH : StageResolution.MULTIPLE_MATCH, -1, hits,
                    FaultKind.TRANSLATION);
            }
            int region = hits.get(0);
            AccessPermission ap = AccessPermission.of(RegionBits.ap(bank.prbar(ExceptionLevel.EL2, region)));
            boolean xn0 = (RegionBits.xn(bank.prbar(ExceptionLevel.EL2, region)) & 1) != 0;
            boolean ok = switch (type) {
                case READ -> ap.lowerLevels();
                case WRITE -> ap == AccessPermission.RW_ALL;
                case EXECUTE -> ap.lowerLevels() && !xn0;
            };
            return new Stage(StageResolution.REGION, region, hits, ok ? FaultKind.NONE : FaultKind.PERMISSION);
        }
    }
}

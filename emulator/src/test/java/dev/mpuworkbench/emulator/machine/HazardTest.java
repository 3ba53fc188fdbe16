package dev.mpuworkbench.emulator.machine;

import static dev.mpuworkbench.emulator.machine.XenBootSequence.BOOT_SP;
import static dev.mpuworkbench.emulator.machine.XenBootSequence.DATA;
import static dev.mpuworkbench.emulator.machine.XenBootSequence.INIT_DATA;
import static dev.mpuworkbench.emulator.machine.XenBootSequence.RODATA;
import static dev.mpuworkbench.emulator.machine.XenBootSequence.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.validation.Severity;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each hazard fires when it should and stays quiet when the programming is right. */
class HazardTest {
    private static final ExceptionLevel EL2 = ExceptionLevel.EL2;
    private static final long FREE = 0x4000_0000L;

    private Machine machine;
    private final List<HazardEvent> hazards = new ArrayList<>();

    @BeforeEach
    void bootedXen() {
        machine = new Machine(MachineConfig.fvp());
        XenBootSequence.boot(machine);
        machine.addListener(e -> {
            if (e instanceof HazardEvent h) hazards.add(h);
        });
    }

    private List<HazardCode> codes() {
        return hazards.stream().map(HazardEvent::code).toList();
    }

    private HazardEvent only(HazardCode code) {
        List<HazardEvent> found = hazards.stream().filter(h -> h.code() == code).toList();
        assertEquals(1, found.size(), () -> code + " in " + hazards);
        return found.get(0);
    }

    // --- REGION_OVERLAP ---

    @Test
    void overlapFiresWhenItBecomesEffective() {
        XenBootSequence.writeRegion(machine, 7, (DATA + 0x1000) | 0x32, (DATA + 0x1FC0) | 0x0F);
        HazardEvent h = only(HazardCode.REGION_OVERLAP);
        assertEquals(Severity.ERROR, h.severity());
        assertEquals(EL2, h.mpu());
        assertEquals(2, h.region());
        assertTrue(h.message().contains("regions 2 (") && h.message().contains("and 7 ("), h.message());
        hazards.clear();
        XenBootSequence.writeRegion(machine, 8, FREE | 0x32, (FREE + 0xFC0) | 0x0F);
        assertEquals(List.of(), codes(), "a lasting overlap is reported once");
    }

    @Test
    void adjacentRegionsDoNotOverlap() {
        XenBootSequence.writeRegion(machine, 7, FREE | 0x32, (FREE + 0xFC0) | 0x0F);
        XenBootSequence.writeRegion(machine, 8, (FREE + 0x1000) | 0x32, (FREE + 0x1FC0) | 0x0F);
        assertEquals(List.of(), codes());
    }

    @Test
    void overlapIsReportedWhenTheMpuIsSwitchedOnNotBefore() {
        Machine fresh = new Machine(MachineConfig.fvp());
        List<HazardCode> seen = new ArrayList<>();
        fresh.addListener(e -> {
            if (e instanceof HazardEvent h) seen.add(h.code());
        });
        XenBootSequence.prepare(fresh, 0, 0x1000, 0x3000, 0x32, 0x0F);
        XenBootSequence.prepare(fresh, 1, 0x2000, 0x4000, 0x32, 0x0F);
        assertEquals(List.of(), seen, "MPU off: nothing checks the regions yet");
        fresh.write("SCTLR_EL2", 1);
        fresh.isb();
        assertEquals(List.of(HazardCode.REGION_OVERLAP), seen);
    }

    // --- ENABLED_REGION_REWRITTEN ---

    @Test
    void rewritingAnEnabledRegionFires() {
        // modify_after_init_mappings grows rodata in place
        XenBootSequence.writeRegion(machine, 1, RODATA | 0x3A, (DATA + 0x3FC0) | 0x0F);
        HazardEvent h = only(HazardCode.ENABLED_REGION_REWRITTEN);
        assertEquals(Severity.WARNING, h.severity());
        assertEquals(1, h.region());
        assertTrue(h.message().startsWith("PRLAR1_EL2 rewrites EL2 MPU region 1"), h.message());
    }

    @Test
    void disableSyncRewriteDoesNotFire() {
        XenBootSequence.writeRegion(machine, 1, RODATA | 0x3A, (RODATA + 0x3FC0) | 0x0E); // EN = 0
        XenBootSequence.writeRegion(machine, 1, RODATA | 0x3A, (RODATA + 0x7FC0) | 0x0F);
        assertEquals(List.of(), codes());
    }

    @Test
    void rewritingWithTheSameValueOrWithTheMpuOffDoesNotFire() {
        long prbar = machine.registers().effective().prbar(EL2, 1);
        long prlar = machine.registers().effective().prlar(EL2, 1);
        XenBootSequence.writeRegion(machine, 1, prbar, prlar);
        machine.write("SCTLR_EL2", 0);
        machine.isb();
        XenBootSequence.writeRegion(machine, 1, prbar, prlar + 0x1000);
        assertEquals(List.of(), codes());
    }

    @Test
    void el1RegionsRewrittenFromEl2DoNotFireButFromEl1TheyDo() {
        machine.write("SCTLR_EL1", 1);
        machine.write("PRBAR_EL1", 0x0002);
        machine.write("PRLAR_EL1", 0x1FC1);
        machine.dsb();
        machine.isb();
        machine.write("PRBAR_EL1", 0x1002);
        assertEquals(List.of(), codes(), "a vCPU's EL1 MPU state restored by Xen at EL2");
        machine.setPc(ExceptionLevel.EL1, Machine.NO_ADDRESS);
        machine.enterLevel(ExceptionLevel.EL1);
        machine.write("PRBAR_EL1", 0x0802);
        assertEquals(List.of(HazardCode.ENABLED_REGION_REWRITTEN), codes());
    }

    // --- PC_REGION_CHANGED / SP_REGION_CHANGED ---

    @Test
    void changingTheRegionThatHoldsThePcFires() {
        XenBootSequence.writeRegion(machine, 0, TEXT | 0x38, (TEXT + 0x8FFC0) | 0x0F); // shrink, PC stays in
        assertEquals(List.of(HazardCode.ENABLED_REGION_REWRITTEN, HazardCode.PC_REGION_CHANGED), codes());
        assertEquals(Severity.WARNING, only(HazardCode.PC_REGION_CHANGED).severity());
    }

    @Test
    void disablingThePcRegionThroughPrenrFires() {
        machine.write("PRENR_EL2", machine.read("PRENR_EL2") & ~1L);
        HazardEvent h = only(HazardCode.PC_REGION_CHANGED);
        assertTrue(h.message().startsWith("PRENR_EL2 disables EL2 MPU region 0"), h.message());
    }

    @Test
    void changingTheStackRegionFiresAndOtherRegionsDoNot() {
        machine.write("PRENR_EL2", machine.read("PRENR_EL2") & ~(1L << 3)); // init text: neither PC nor SP
        assertEquals(List.of(), codes());
        machine.write("PRENR_EL2", machine.read("PRENR_EL2") & ~(1L << 4)); // init data + bss holds the boot stack
        assertEquals(List.of(HazardCode.SP_REGION_CHANGED), codes());
    }

    // --- PC_NOT_COVERED / SP_NOT_COVERED ---

    @Test
    void losingThePcAtTheSynchronisationIsAnError() {
        machine.write("PRENR_EL2", machine.read("PRENR_EL2") & ~1L);
        machine.dsb();
        hazards.clear();
        machine.isb();
        HazardEvent h = only(HazardCode.PC_NOT_COVERED);
        assertEquals(Severity.ERROR, h.severity());
        assertTrue(h.message().contains("translation fault"), h.message());
    }

    @Test
    void losingTheStackAtTheSynchronisationIsAnError() {
        XenBootSequence.writeRegion(machine, 4, INIT_DATA | 0x3A, machine.registers().effective().prlar(EL2, 4));
        assertTrue(codes().contains(HazardCode.SP_NOT_COVERED), codes().toString());
        assertTrue(only(HazardCode.SP_NOT_COVERED).message().contains("permission fault"));
    }

    @Test
    void movingThePcAndStackRegionsWhileStillCoveringThemIsNoError() {
        long prlar = machine.registers().effective().prlar(EL2, 4);
        XenBootSequence.writeRegion(machine, 4, (BOOT_SP - 0x1000) | 0x32, prlar);
        assertEquals(List.of(HazardCode.ENABLED_REGION_REWRITTEN, HazardCode.SP_REGION_CHANGED), codes());
    }

    // --- WXN_WRITABLE_EXECUTABLE / WRITABLE_EXECUTABLE ---

    @Test
    void writableExecutableUnderWxnIsAnError() {
        XenBootSequence.writeRegion(machine, 7, FREE | 0x30, (FREE + 0xFC0) | 0x0F); // AP=00 XN=00
        HazardEvent h = only(HazardCode.WXN_WRITABLE_EXECUTABLE);
        assertEquals(Severity.ERROR, h.severity());
        assertEquals(7, h.region());
        assertTrue(h.message().contains("SCTLR_EL2.WXN = 1"), h.message());
    }

    @Test
    void writableExecutableWithoutWxnIsAWarning() {
        machine.write("SCTLR_EL2", XenBootSequence.SCTLR_EL2_ON & ~(1L << 19));
        machine.isb();
        XenBootSequence.writeRegion(machine, 7, FREE | 0x30, (FREE + 0xFC0) | 0x0F);
        assertEquals(Severity.WARNING, only(HazardCode.WRITABLE_EXECUTABLE).severity());
        hazards.clear();
        machine.write("SCTLR_EL2", XenBootSequence.SCTLR_EL2_ON);
        machine.isb();
        assertEquals(List.of(HazardCode.WXN_WRITABLE_EXECUTABLE), codes(), "turning WXN on changes the verdict");
    }

    @Test
    void readOnlyExecutableOrWritableExecuteNeverRegionsAreFine() {
        XenBootSequence.writeRegion(machine, 7, FREE | 0x38, (FREE + 0xFC0) | 0x0F);   // RO, executable
        XenBootSequence.writeRegion(machine, 8, (FREE + 0x1000) | 0x32, (FREE + 0x1FC0) | 0x0F); // RW, XN
        XenBootSequence.writeRegion(machine, 9, (FREE + 0x2000) | 0x36, (FREE + 0x2FC0) | 0x0F); // guest RAM
        assertEquals(List.of(), codes());
    }

    // --- ACCESS_BEFORE_SYNC ---

    @Test
    void anAccessThatDependsOnPendingWritesFires() {
        machine.write("PRSELR_EL2", 0);
        machine.isb();
        machine.write("PRBAR7_EL2", FREE | 0x32);
        machine.write("PRLAR7_EL2", (FREE + 0xFC0) | 0x0F);
        machine.access(EL2, AccessType.WRITE, FREE);
        HazardEvent h = only(HazardCode.ACCESS_BEFORE_SYNC);
        assertEquals(Severity.ERROR, h.severity());
        assertTrue(h.message().contains("translation fault") && h.message().contains("region 7"), h.message());
        machine.dsb();
        machine.isb();
        hazards.clear();
        machine.access(EL2, AccessType.WRITE, FREE);
        assertEquals(List.of(), codes());
    }

    @Test
    void anAccessThePendingWritesDoNotAffectIsQuiet() {
        machine.write("PRSELR_EL2", 0);
        machine.isb();
        machine.write("PRBAR7_EL2", FREE | 0x32);
        machine.write("PRLAR7_EL2", (FREE + 0xFC0) | 0x0F);
        machine.access(EL2, AccessType.READ, DATA);
        assertEquals(List.of(), codes());
    }

    @Test
    void aPendingSctlrChangeCountsToo() {
        machine.write("SCTLR_EL2", XenBootSequence.SCTLR_EL2_ON & ~1L); // MPU off, no ISB yet
        machine.access(EL2, AccessType.READ, FREE);
        assertEquals(List.of(HazardCode.ACCESS_BEFORE_SYNC), codes());
    }

    // --- SELECTOR_NOT_SYNCHRONIZED ---

    @Test
    void selectorWithoutIsbFiresOnWriteAndRead() {
        machine.write("PRSELR_EL2", 16);
        machine.write("PRBAR1_EL2", FREE | 0x32);
        machine.read("PRLAR_EL2");
        assertEquals(List.of(HazardCode.SELECTOR_NOT_SYNCHRONIZED, HazardCode.SELECTOR_NOT_SYNCHRONIZED), codes());
        assertEquals(17, hazards.get(0).region());
        hazards.clear();
        machine.isb();
        machine.write("PRBAR1_EL2", FREE | 0x32);
        assertEquals(List.of(), codes());
    }

    // --- REGION_OUT_OF_RANGE ---

    @Test
    void regionsBeyondMpuirFireAndAreIgnored() {
        machine.write("PRSELR_EL2", 32);
        machine.isb();
        machine.write("PRBAR_EL2", FREE | 0x32);
        assertEquals(0, machine.read("PRBAR_EL2"));
        assertEquals(List.of(HazardCode.REGION_OUT_OF_RANGE, HazardCode.REGION_OUT_OF_RANGE), codes());
        assertTrue(hazards.get(0).message().contains("MPUIR_EL2.REGION is 32"), hazards.get(0).message());
        assertTrue(machine.registers().pendingWrites().isEmpty());
        hazards.clear();
        machine.write("PRSELR_EL2", 31);
        machine.isb();
        machine.write("PRLAR_EL2", 0);
        assertEquals(List.of(), codes());
    }

    // --- READ_ONLY_REGISTER_WRITE ---

    @Test
    void writingMpuirFiresAndChangesNothing() {
        List<MachineEvent> all = new ArrayList<>();
        machine.addListener(all::add);
        machine.write("MPUIR_EL2", 8);
        assertEquals(32, machine.read("MPUIR_EL2"));
        assertEquals(List.of(HazardCode.READ_ONLY_REGISTER_WRITE), codes());
        assertTrue(((SysRegWriteEvent) all.get(0)).ignored());
        hazards.clear();
        machine.write("MAIR_EL2", 0);
        assertEquals(List.of(), codes());
    }
}

package dev.mpuworkbench.emulator.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.FaultKind;
import dev.mpuworkbench.emulator.mpu.SysRegEncoding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineEventsTest {
    private final Machine machine = new Machine(MachineConfig.fvp());
    private final List<MachineEvent> events = new ArrayList<>();

    MachineEventsTest() {
        machine.addListener(events::add);
    }

    @Test
    void prepareXenRegionReportsEachStepInOrder() {
        XenBootSequence.prepare(machine, 5, XenBootSequence.UART, XenBootSequence.UART + 0x1000, 0x22, 0x09);
        assertEquals(List.of(
            new SysRegWriteEvent(1, "PRSELR_EL2", SysRegEncoding.parse("S3_4_C6_C2_1"), 5, -1, false),
            new BarrierEvent(2, Barrier.ISB, 0),
            new SysRegWriteEvent(3, "PRBAR_EL2", SysRegEncoding.parse("S3_4_C6_C8_0"), 0x9C09_0022L, 5, false),
            new SysRegWriteEvent(4, "PRLAR_EL2", SysRegEncoding.parse("S3_4_C6_C8_1"), 0x9C09_0FC9L, 5, false),
            new BarrierEvent(5, Barrier.DSB, 0),
            new BarrierEvent(6, Barrier.ISB, 2)), events);
        assertEquals(6, machine.sequence());
        assertEquals(List.of("sysreg-write", "barrier"), events.stream().map(MachineEvent::kind).distinct().toList());
        assertEquals(0x9C09_0FC9L, machine.registers().effective().prlar(ExceptionLevel.EL2, 5));
    }

    @Test
    void writesByEncodingAreReportedByName() {
        machine.write("S3_4_C6_C10_5", 0x1FC1);
        SysRegWriteEvent e = (SysRegWriteEvent) events.get(0);
        assertEquals("PRLAR5_EL2", e.register());
        assertEquals(5, e.region());
        assertEquals(0x1FC1, machine.read("PRLAR5_EL2"));
    }

    @Test
    void theXenBootEndsWithTheMpuOnAndNoHazard() {
        XenBootSequence.boot(machine);
        assertTrue(events.stream().noneMatch(e -> e instanceof HazardEvent), events.toString());
        assertEquals(XenBootSequence.SCTLR_EL2_ON, machine.read("SCTLR_EL2"));
        assertFalse(machine.registers().hasPendingWrites());
        AccessOutcome fetch = machine.access(ExceptionLevel.EL2, AccessType.EXECUTE, XenBootSequence.BOOT_PC);
        assertTrue(fetch.allowed());
        assertEquals(0, fetch.stage1Region());
        // disabled filler regions hold PRBAR 0x32 (base 0) and PRLAR 0
        assertEquals(0x32, machine.registers().effective().prbar(ExceptionLevel.EL2, 31));
        assertEquals(0, machine.registers().effective().prlar(ExceptionLevel.EL2, 31));
        assertEquals(0x3FL, machine.read("PRENR_EL2"));
    }

    @Test
    void aFaultWritesTheSyndromeRegistersAndIsReported() {
        XenBootSequence.boot(machine);
        events.clear();
        AccessOutcome out = machine.access(ExceptionLevel.EL2, AccessType.WRITE, XenBootSequence.RODATA + 0x10);
        assertFalse(out.allowed());
        assertEquals(0x9600004CL, machine.read("ESR_EL2"));
        assertEquals(XenBootSequence.RODATA + 0x10, machine.read("FAR_EL2"));
        assertEquals(0x9600004CL, machine.registers().effective().control(
            dev.mpuworkbench.emulator.mpu.ControlRegister.ESR_EL2));
        FaultEvent f = (FaultEvent) events.get(0);
        assertEquals(new FaultEvent(f.seq(), ExceptionLevel.EL2, AccessType.WRITE, XenBootSequence.RODATA + 0x10,
            FaultKind.PERMISSION, 1, ExceptionLevel.EL2, 0x9600004CL, XenBootSequence.RODATA + 0x10, 0, List.of(1)), f);
        assertEquals(ExceptionLevel.EL2, machine.level(), "taking the abort is left to the driver");
    }

    @Test
    void aStage2FaultSetsFarAndHpfarOfEl2() {
        XenBootSequence.boot(machine);
        machine.write("HCR_EL2", 1);
        machine.isb();
        events.clear();
        machine.access(ExceptionLevel.EL1, AccessType.READ, 0x1234_5678L);
        assertEquals(0x92000004L, machine.read("ESR_EL2"));
        assertEquals(0x1234_5678L, machine.read("FAR_EL2"));
        assertEquals(0x12_3450L, machine.read("HPFAR_EL2"));
        assertEquals(0, machine.read("ESR_EL1"));
        FaultEvent f = (FaultEvent) events.get(0);
        assertEquals(2, f.stage());
        assertEquals(0x12_3450L, f.hpfar());
        assertEquals(List.of(), f.regions());
    }

    @Test
    void aStage1El1FaultGoesToEl1Registers() {
        machine.write("SCTLR_EL1", 1);
        machine.isb();
        machine.access(ExceptionLevel.EL0, AccessType.EXECUTE, 0x8000);
        assertEquals(0x82000004L, machine.read("ESR_EL1"));
        assertEquals(0x8000, machine.read("FAR_EL1"));
        assertEquals(0, machine.read("ESR_EL2"));
        assertEquals(0, machine.read("HPFAR_EL2"));
    }

    @Test
    void identificationRegistersComeFromTheConfig() {
        Machine small = new Machine(new MachineConfig(16, 24, false));
        assertEquals(16, small.read("MPUIR_EL2"));
        assertEquals(24, small.read("S3_0_C0_C0_4"));
        long mmfr0 = small.read("ID_AA64MMFR0_EL1");
        assertEquals(0xF, (mmfr0 >>> 48) & 0xF, "MSA: PMSAv8-64");
        assertEquals(1, (mmfr0 >>> 52) & 0xF, "MSA_frac: PMSA only");
        assertEquals(2, (machine.read("ID_AA64MMFR0_EL1") >>> 52) & 0xF, "FVP: PMSA + VMSA at EL1");
    }

    @Test
    void levelChangesSynchroniseLikeAnIsb() {
        machine.write("SCTLR_EL1", 1);
        machine.write("PRLAR_EL1", 0x1FC1);
        machine.dsb();
        machine.enterLevel(ExceptionLevel.EL1);
        assertEquals(new LevelChangeEvent(4, ExceptionLevel.EL2, ExceptionLevel.EL1, 2), events.get(3));
        assertEquals(ExceptionLevel.EL1, machine.level());
        assertEquals(0x1FC1, machine.registers().effective().prlar(ExceptionLevel.EL1, 0));
    }

    @Test
    void removedListenersHearNothing() {
        List<MachineEvent> other = new ArrayList<>();
        MachineListener l = other::add;
        machine.addListener(l);
        machine.dsb();
        machine.removeListener(l);
        machine.isb();
        assertEquals(1, other.size());
        assertEquals(2, events.size());
    }
}

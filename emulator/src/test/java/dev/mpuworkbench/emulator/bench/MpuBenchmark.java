package dev.mpuworkbench.emulator.bench;

import dev.mpuworkbench.emulator.machine.Machine;
import dev.mpuworkbench.emulator.machine.MachineConfig;
import dev.mpuworkbench.emulator.machine.MachineSnapshot;
import dev.mpuworkbench.emulator.mpu.AccessChecker;
import dev.mpuworkbench.emulator.mpu.AccessOutcome;
import dev.mpuworkbench.emulator.mpu.AccessType;
import dev.mpuworkbench.emulator.mpu.ExceptionLevel;
import dev.mpuworkbench.emulator.mpu.RegisterBank;
import dev.mpuworkbench.emulator.mpu.SysReg;
import dev.mpuworkbench.emulator.mpu.SysRegs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * Speed of the access check with 32 enabled regions per MPU (target: at least 50 million checks per second) and of
 * snapshot + restore of the whole machine (target: stepping back well under 10 ms). Two layouts: 32 regions spread
 * evenly, and a clustered one like Xen's (small neighbouring regions at the image, devices close together, large RAM
 * regions far away), where many addresses fall in buckets of the lookup table that hold several boundaries. Run on
 * demand (optional argument: checks per measurement, default 200 million):
 * <pre>
 * mvn -o -q -pl emulator -am test-compile
 * java -cp emulator/target/classes:emulator/target/test-classes:core-model/target/classes \
 *     dev.mpuworkbench.emulator.bench.MpuBenchmark [checks]
 * </pre>
 */
public final class MpuBenchmark {
    private static final int ADDRESSES = 1 << 12;
    private static long checks = 200_000_000L;
    /** CPU time of this thread: the machine is shared, so wall-clock figures vary with the load. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MpuBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length > 0) checks = Long.parseLong(args[0]);
        Machine machine = new Machine(MachineConfig.fvp());
        programRegions(machine, "EL2", 32, 0x0);
        programRegions(machine, "EL1", 32, 0x0);
        machine.write("SCTLR_EL2", 1);
        machine.write("SCTLR_EL1", 1);
        machine.isb();
        long[] addresses = addresses();
        RegisterBank bank = machine.registers().effective();

        System.out.println("access checks, 32 enabled regions per MPU spread evenly, " + ADDRESSES
            + " addresses (90% hits, read/write/execute in turn):");
        measureChecks("EL2 stage 1        ", bank, ExceptionLevel.EL2, addresses);
        measureChecks("EL1 stage 1 only   ", bank, ExceptionLevel.EL1, addresses);
        machine.write("HCR_EL2", 1);
        machine.isb();
        measureChecks("EL1 stage 1 + 2    ", machine.registers().effective(), ExceptionLevel.EL1, addresses);

        Machine clustered = new Machine(MachineConfig.fvp());
        long[] bounds = programClustered(clustered, "EL2");
        programClustered(clustered, "EL1");
        clustered.write("SCTLR_EL2", 1);
        clustered.write("SCTLR_EL1", 1);
        clustered.write("HCR_EL2", 1);
        clustered.isb();
        long[] inside = clusteredAddresses(bounds);
        System.out.println("the same with 32 clustered regions per MPU (addresses inside regions, by region):");
        measureChecks("EL2 stage 1        ", clustered.registers().effective(), ExceptionLevel.EL2, inside);
        measureChecks("EL1 stage 1 + 2    ", clustered.registers().effective(), ExceptionLevel.EL1, inside);

        measureSnapshots(machine);
        measureRegionRewrites();
    }

    /**
     * 32 regions laid out like a Xen system: 8 neighbouring 64 KiB image regions from 2 MiB, 16 device regions of
     * 64 KiB, 1 MiB apart from 0x9C00_0000, 8 RAM regions of 256 MiB from 0x2000_0000. Returns base, limit pairs.
     */
    private static long[] programClustered(Machine m, String el) {
        long[] bounds = new long[64];
        for (int r = 0; r < 32; r++) {
            long base = r < 8 ? 0x20_0000L + r * 0x1_0000L
                : r < 24 ? 0x9C00_0000L + (r - 8) * 0x10_0000L : 0x2000_0000L + (r - 24) * 0x1000_0000L;
            long size = r < 24 ? 0x1_0000L : 0x1000_0000L;
            m.write("PRSELR_" + el, r);
            m.isb();
            m.write("PRBAR_" + el, base | 0x34);
            m.write("PRLAR_" + el, (base + size - 0x40) | 0x0F);
            bounds[2 * r] = base;
            bounds[2 * r + 1] = base + size - 1;
        }
        m.dsb();
        m.isb();
        return bounds;
    }

    private static long[] clusteredAddresses(long[] bounds) {
        Random random = new Random(2);
        long[] out = new long[ADDRESSES];
        for (int i = 0; i < out.length; i++) {
            int r = random.nextInt(32);
            out[i] = bounds[2 * r] + (long) (random.nextDouble() * (bounds[2 * r + 1] - bounds[2 * r]));
        }
        return out;
    }

    /** 32 disjoint enabled regions of 1 MiB, 2 MiB apart, RW at every level, executable. */
    private static void programRegions(Machine m, String el, int count, long start) {
        for (int r = 0; r < count; r++) {
            long base = start + r * 0x20_0000L;
            m.write("PRSELR_" + el, r);
            m.isb();
            m.write("PRBAR_" + el, base | 0x34);
            m.write("PRLAR_" + el, (base + 0xF_FFC0L) | 0x0F);
        }
        m.dsb();
        m.isb();
    }

    private static long[] addresses() {
        Random random = new Random(1);
        long[] out = new long[ADDRESSES];
        for (int i = 0; i < out.length; i++) {
            long region = random.nextInt(32) * 0x20_0000L;
            out[i] = random.nextInt(10) == 0 ? region + 0x10_0000L + random.nextInt(0x10_0000)
                : region + random.nextInt(0x10_0000);
        }
        return out;
    }

    private static void measureChecks(String label, RegisterBank bank, ExceptionLevel el, long[] addresses) {
        AccessOutcome out = new AccessOutcome();
        AccessType[] types = AccessType.values();
        long allowed = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            for (long i = 0; i < checks; i++) {
                int k = (int) i & (ADDRESSES - 1);
                AccessChecker.check(bank, el, types[k % 3], addresses[k], out);
                if (out.allowed()) allowed++;
            }
            long ns = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - c0;
            if (round == 2) {
                System.out.printf(Locale.ROOT, "  %s %6.1f million checks/s per CPU second (%.1f ns), %6.1f million/s"
                    + " wall clock%n", label, checks * 1e3 / cpu, (double) cpu / checks, checks * 1e3 / ns);
            }
        }
        if (allowed == 42) System.out.println("(blackhole)");
    }

    /**
     * A context-switch-like step through the machine with hazard checks and an event listener: disable 8 regions,
     * DSB + ISB, write 8 new pairs through the aliases, DSB + ISB, write VSCTLR_EL2, ISB (32 events).
     */
    private static void measureRegionRewrites() {
        Machine m = new Machine(MachineConfig.fvp());
        programRegions(m, "EL2", 16, 0);
        m.write("SCTLR_EL2", 1 | (1 << 19));
        m.write("HCR_EL2", 1);
        m.isb();
        m.setPc(ExceptionLevel.EL2, 0x100);
        m.setSp(ExceptionLevel.EL2, 0x10_0000);
        long[] events = new long[1];
        m.addListener(e -> events[0]++);
        SysReg prselr = SysRegs.prselr(ExceptionLevel.EL2);
        SysReg vsctlr = SysRegs.parse("VSCTLR_EL2");
        int runs = 20_000;
        for (int round = 0; round < 3; round++) {
            events[0] = 0;
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                int domain = i & 1;
                m.write(prselr, 16);
                m.isb();
                for (int k = 0; k < 8; k++) m.write(SysRegs.prlar(ExceptionLevel.EL2, k), 0);
                m.dsb();
                m.isb();
                for (int k = 0; k < 8; k++) {
                    long base = 0x4000_0000L + domain * 0x1000_0000L + k * 0x10_0000L;
                    m.write(SysRegs.prbar(ExceptionLevel.EL2, k), base | 0x36);
                    m.write(SysRegs.prlar(ExceptionLevel.EL2, k), (base + 0xF_FFC0L) | 0x0F);
                }
                m.dsb();
                m.isb();
                m.write(vsctlr, (long) (domain + 1) << 48);
                m.isb();
            }
            long ns = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - c0;
            if (round == 2) {
                System.out.printf(Locale.ROOT, "PART_B rewrite of 8 regions through the machine (%d events):"
                    + " %.1f us CPU, %.1f us wall clock each%n", events[0] / runs, cpu / 1e3 / runs, ns / 1e3 / runs);
            }
        }
    }

    private static void measureSnapshots(Machine machine) {
        machine.write("PRSELR_EL2", 3);
        machine.write("PRBAR_EL2", 0x1234_0032L); // something pending
        int runs = 200_000;
        MachineSnapshot snap = null;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                snap = machine.snapshot();
                machine.restore(snap);
            }
            long ns = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - c0;
            if (round == 2) {
                System.out.printf(Locale.ROOT, "snapshot + restore (32 + 32 regions, pending writes): %.2f us CPU,"
                    + " %.2f us wall clock each%n", cpu / 1e3 / runs, ns / 1e3 / runs);
            }
        }
        machine.restore(snap);
    }
}

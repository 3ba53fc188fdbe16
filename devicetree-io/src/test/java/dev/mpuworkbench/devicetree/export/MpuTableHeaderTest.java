package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.PlannedRegion;
import dev.mpuworkbench.core.mpu.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MpuTableHeaderTest {
    private final Design fvp = TestSupport.fvpDefault();

    @TempDir
    Path dir;

    @Test
    void theDefaultDesignsPartitionedPlanGivesTheGoldenHeader() throws Exception {
        TestSupport.assertGolden("fvp-default-mpu.h", MpuTableHeader.of(fvp, MpuPlanner.plan(fvp, Strategy.PARTITIONED)));
    }

    @Test
    void gccAcceptsTheHeaderIncludedTwiceWithoutUsingTheTables() throws Exception {
        String header = MpuTableHeader.of(fvp, MpuPlanner.plan(fvp, Strategy.PARTITIONED));
        String check = "#include \"mpu.h\"\n#include \"mpu.h\"\n_Static_assert(MPUWB_MPU_REGIONS == 32, \"regions\");\n";
        GccSyntaxCheck.check(dir, Map.of("mpu.h", header, "check.c", check), "check.c");
    }

    @Test
    void aCompiledProgramReadsEveryRegionOfEveryContextAsPlanned() throws Exception {
        for (Strategy s : Strategy.values()) checkTablesByRunning(fvp, MpuPlanner.plan(fvp, s), "uint64_t");
    }

    @Test
    void anAArch32BoardGets32BitRegisters() throws Exception {
        Board b = fvp.board();
        Design r52 = fvp.withBoard(new Board(b.name(), CpuKind.CORTEX_R52, 1, 24, 24, b.memory(), b.reserved(), b.devices()));
        MpuPlan plan = MpuPlanner.plan(r52, Strategy.PARTITIONED);
        String header = MpuTableHeader.of(r52, plan);
        assertTrue(header.contains("    uint32_t prbar;\n"), header);
        checkTablesByRunning(r52, plan, "uint32_t");
    }

    @Test
    void contextNamesBecomeUniqueCIdentifiers() throws Exception {
        MpuPlan plan = MpuPlanner.plan(fvp, Strategy.PARTITIONED);
        List<ContextPlan> contexts = plan.contexts();
        MpuPlan clash = new MpuPlan(plan.strategy(), plan.regionsAvailable(), List.of(contexts.get(0),
            rename(contexts.get(1), "domain:dom-1"), rename(contexts.get(2), "domain:dom_1"), rename(contexts.get(2), "domain:9x")));
        assertEquals(List.of("hypervisor", "domain_dom_1", "domain_dom_1_2", "domain__9x"),
            List.copyOf(MpuTableHeader.identifiers(clash).keySet()));
    }

    @Test
    void aPlanOverBudgetGetsNoTable() {
        MpuPlan plan = MpuPlanner.plan(fvp, Strategy.PARTITIONED);
        MpuPlan tight = new MpuPlan(plan.strategy(), plan.contexts().get(1).used() - 1, plan.contexts());
        ExportException e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class,
            () -> MpuTableHeader.of(fvp, tight));
        assertTrue(e.getMessage().contains(plan.contexts().get(1).name()), e.getMessage());
    }

    private static ContextPlan rename(ContextPlan c, String name) {
        return new ContextPlan(name, c.regions(), c.used(), c.lowerBound(), c.overGrantBytes(), c.peakUsed(), c.notes());
    }

    /** Compiles and runs a C program that compares each table entry with the plan's PRBAR/PRLAR values. */
    private void checkTablesByRunning(Design design, MpuPlan plan, String type) throws Exception {
        Path gcc = TestSupport.requireTool("gcc");
        StringBuilder c = new StringBuilder("#include \"mpu.h\"\n#include <stdio.h>\nint main(void) {\n    int bad = 0;\n");
        c.append("    if (sizeof(mpuwb_mpu_hypervisor[0].prbar) != sizeof(").append(type).append(")) bad++;\n");
        Map<String, ContextPlan> ids = MpuTableHeader.identifiers(plan);
        int checks = 0;
        for (Map.Entry<String, ContextPlan> e : ids.entrySet()) {
            boolean[] used = new boolean[plan.regionsAvailable()];
            for (PlannedRegion r : e.getValue().regions()) {
                used[r.index()] = true;
                c.append(String.format("    if (mpuwb_mpu_%s[%d].prbar != 0x%xULL || mpuwb_mpu_%s[%d].prlar != 0x%xULL) bad++;%n",
                    e.getKey(), r.index(), r.prbar(), e.getKey(), r.index(), r.prlar()));
                checks++;
            }
            for (int i = 0; i < used.length; i++) {
                if (!used[i]) c.append(String.format("    if (mpuwb_mpu_%s[%d].prlar != 0) bad++;%n", e.getKey(), i));
            }
        }
        c.append("    printf(\"%d\\n\", bad);\n    return bad != 0;\n}\n");
        Files.writeString(dir.resolve("mpu.h"), MpuTableHeader.of(design, plan));
        Files.writeString(dir.resolve("check.c"), c.toString());
        TestSupport.run(dir, Map.of("LC_ALL", "C"), gcc.toString(), "-std=c11", "-Wall", "-Wextra", "-Werror", "-I.",
            "-o", "check", "check.c");
        assertEquals("0\n", TestSupport.run(dir, Map.of(), dir.resolve("check").toString()));
        assertTrue(checks > 0, "the plan has regions");
    }
}

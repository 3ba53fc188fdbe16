package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.mpu.ContextPlan;
import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design validates as intended, plans within budget (or fails as intended) and round-trips. */
class SampleDesignsTest {
    /** The error codes each sample is meant to show (none for the good ones). */
    private static final Map<String, Set<String>> EXPECTED_ERRORS = Map.of(
        Samples.DEFAULT_DESIGN, Set.of(),
        Samples.MISTAKES_DESIGN, Set.of("MODULE_OVERLAP", "STATIC_MEM_UNALIGNED", "STATIC_HEAP_MISSING",
            "EARLY_UART_DT_MISMATCH", "MEMORY_SIZE_MISMATCH"),
        Samples.IMAGEBUILDER_DESIGN, Set.of(),
        Samples.OVER_BUDGET_DESIGN, Set.of("MPU_BUDGET_EXCEEDED"),
        Samples.R52_DESIGN, Set.of());

    @TempDir
    Path dir;

    static List<String> samples() {
        return Samples.designs();
    }

    private static Design load(String name) throws Exception {
        return ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void saveThenOpenGivesTheSameDesign(String name) throws Exception {
        Design design = load(name);
        Path file = dir.resolve(name + ".json");
        ProjectFile.save(design, file);
        assertEquals(design, ProjectFile.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void validatesAsIntended(String name) throws Exception {
        List<Diagnostic> found = DesignValidator.full().validate(load(name));
        Set<String> errors = found.stream().filter(Diagnostic::isError).map(Diagnostic::code)
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPECTED_ERRORS.get(name)), errors, found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void plansWithinBudgetUnlessMeantNotTo(String name) throws Exception {
        MpuPlan plan = MpuPlanner.plan(load(name));
        long over = plan.contexts().stream().filter(c -> c.used() > plan.regionsAvailable()).count();
        assertEquals(name.equals(Samples.OVER_BUDGET_DESIGN) ? 1 : 0, over);
    }

    @Test
    void everySampleHasItsExpectation() {
        assertEquals(new TreeSet<>(Samples.designs()), new TreeSet<>(EXPECTED_ERRORS.keySet()));
    }

    @Test
    void theOverBudgetDesignIsOneRegionOverInOneContextAndFitsWithCompact() throws Exception {
        Design design = load(Samples.OVER_BUDGET_DESIGN);
        MpuPlan partitioned = MpuPlanner.plan(design, Strategy.PARTITIONED);
        List<ContextPlan> over = partitioned.contexts().stream().filter(c -> c.used() > partitioned.regionsAvailable()).toList();
        assertEquals(1, over.size());
        assertEquals(partitioned.regionsAvailable() + 1, over.get(0).used());
        assertEquals(partitioned.regionsAvailable() + 1, over.get(0).lowerBound(), "no partitioned plan does better");
        MpuPlan compact = MpuPlanner.plan(design, Strategy.COMPACT);
        assertTrue(compact.contexts().stream().allMatch(c -> c.used() <= compact.regionsAvailable()));
    }

    @Test
    void theR52DesignSaysWhatDoesNotApply() throws Exception {
        List<Diagnostic> found = DesignValidator.full().validate(load(Samples.R52_DESIGN));
        assertTrue(found.stream().anyMatch(d -> d.code().equals("AARCH32_LIMITS") && d.severity() == Severity.WARNING),
            found.toString());
    }

    @Test
    void theMistakesDesignHasNoStaticHeapOnPurpose() throws Exception {
        assertEquals(List.of(), load(Samples.MISTAKES_DESIGN).staticHeap());
    }
}

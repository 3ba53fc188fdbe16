package dev.mpuworkbench.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.RandomDesigns;
import dev.mpuworkbench.core.rules.DesignValidator;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Smart placement on random designs: a valid design or a reason, never a design with an error. */
class PlacementPropertiesTest {
    private static final int SEEDS = 150;

    @Test
    void smartPlacementNeverReturnsAnErrorAndKeepsLockedBlocks() {
        int placed = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Design original = RandomDesigns.generate(seed);
            Random random = new Random(seed);
            List<SubjectPath> locked = new ArrayList<>();
            for (MemoryBlock b : DesignBlocks.of(original)) {
                if (DesignPlacement.isResizable(b.subject()) && random.nextInt(8) == 0) locked.add(b.subject());
            }
            Design input = SmartPlacerTest.scrambled(original.withLocked(locked), original.board().memory().get(0).range().base() + 0x100_0000);
            PlacementResult r = AutoPlacer.place(input);
            if (r instanceof PlacementResult.Placed p) {
                placed++;
                List<Diagnostic> errors = DesignValidator.full().validate(p.design()).stream().filter(Diagnostic::isError).toList();
                assertEquals(List.of(), errors, "seed " + seed);
                assertTrue(p.diagnostics().stream().noneMatch(Diagnostic::isError));
                for (SubjectPath s : locked) {
                    assertEquals(DesignPlacement.rangeOf(input, s), DesignPlacement.rangeOf(p.design(), s), "seed " + seed + " " + s);
                }
            } else {
                PlacementResult.Failed f = (PlacementResult.Failed) r;
                assertFalse(f.reason().isBlank());
                assertTrue(f.reason().contains("0x") || !f.remaining().isEmpty(), "seed " + seed + ": " + f.reason());
            }
        }
        assertTrue(placed > SEEDS / 2, "most random designs can be placed: " + placed + " of " + SEEDS);
    }

    @Test
    void unlockedRandomDesignsWithoutUnfixableErrorsAlwaysPlace() {
        for (long seed = 0; seed < SEEDS; seed++) {
            Design original = RandomDesigns.generate(seed);
            boolean fixable = DesignValidator.full().validate(original).stream().filter(Diagnostic::isError)
                .allMatch(d -> d.code().contains("OVERLAP") || d.code().contains("SECTION"));
            if (!fixable) continue;
            PlacementResult r = AutoPlacer.place(SmartPlacerTest.scrambled(original, 0x100_0000));
            assertTrue(r instanceof PlacementResult.Placed, "seed " + seed + ": " + (r instanceof PlacementResult.Failed f ? f.reason() : ""));
        }
    }
}

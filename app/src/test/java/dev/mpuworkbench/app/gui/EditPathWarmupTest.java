package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EditPathWarmupTest {
    @Test
    void itMovesValidatesAndPlansCopiesAndLeavesTheDesignAlone() {
        Design design = DesignLoader.defaultDesign();
        Design before = design.withName(design.name());
        int moved = EditPathWarmup.run(DesignValidator.full(), design);
        assertTrue(moved > EditPathWarmup.ROUNDS / 2, "most rounds move a block: " + moved);
        assertEquals(before, design);
    }

    @Test
    void itRunsOnADaemonThreadThatFinishes() throws Exception {
        Thread t = EditPathWarmup.start(DesignValidator.full(), DesignLoader.defaultDesign());
        assertTrue(t.isDaemon(), "never keeps the application alive");
        t.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!t.isAlive(), "finished");
    }
}

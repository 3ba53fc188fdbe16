package dev.mpuworkbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastResultTest {
    /** A memo of String::length that writes down each string it actually measures. */
    private static LastResult<String, Integer> counting(List<String> calls) {
        return new LastResult<>(s -> {
            calls.add(s);
            return s.length();
        });
    }
    @Test
    void theSameKeyIsAnsweredFromMemory() {
        List<String> calls = new ArrayList<>();
        LastResult<String, Integer> length = counting(calls);
        String key = new String("abc");
        assertEquals(3, length.apply(key));
        assertEquals(3, length.apply(key));
        assertEquals(List.of("abc"), calls);
    }

    @Test
    void anEqualButDifferentKeyIsComputedAgain() {
        List<String> calls = new ArrayList<>();
        LastResult<String, Integer> length = counting(calls);
        length.apply(new String("abc"));
        length.apply(new String("abc"));
        assertEquals(2, calls.size(), "keys are compared by identity, so a changed design is never answered stale");
    }

    @Test
    void onlyTheLastKeyIsRemembered() {
        List<String> calls = new ArrayList<>();
        LastResult<String, Integer> length = counting(calls);
        String a = "a";
        String bb = "bb";
        length.apply(a);
        length.apply(bb);
        length.apply(a);
        assertEquals(List.of("a", "bb", "a"), calls);
    }

    @Test
    void designBlocksAreSharedAndCannotBeChanged() {
        Design design = TestDesigns.valid();
        List<MemoryBlock> blocks = DesignBlocks.of(design);
        assertSame(blocks, DesignBlocks.of(design));
        assertThrows(UnsupportedOperationException.class, () -> blocks.remove(0));
        assertEquals(blocks, DesignBlocks.of(design.withName(design.name())));
    }

    @Test
    void theValidatorAndTheViewsShareOnePlanPerDesignAndStrategy() {
        Design design = TestDesigns.valid();
        var plan = MpuPlanner.plan(design, Strategy.PARTITIONED);
        assertSame(plan, MpuPlanner.plan(design, Strategy.PARTITIONED));
        var compact = MpuPlanner.plan(design, Strategy.COMPACT);
        assertEquals(Strategy.COMPACT, compact.strategy());
        assertSame(plan, MpuPlanner.plan(design, Strategy.PARTITIONED),
            "each strategy keeps its own last plan");
    }

    @Test
    void eachThreadKeepsItsOwnLastResult() throws Exception {
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        LastResult<String, Integer> length = counting(calls);
        String edited = "edited";
        length.apply(edited);
        Thread other = new Thread(() -> length.apply("background"));
        other.start();
        other.join();
        length.apply(edited);
        assertEquals(List.of("edited", "background"), calls);
    }
}

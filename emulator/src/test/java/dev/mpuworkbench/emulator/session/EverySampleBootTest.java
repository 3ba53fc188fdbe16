package dev.mpuworkbench.emulator.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.mpu.MpuPlan;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.emulator.xen.StopOutcome;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.samples.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample design boots in both modes from its exported files, ends, and ends as expected. A sample added later
 * without an entry here still gets the invariants: the boot ends, and a partitioned boot succeeds only when the plan
 * fits the board.
 */
class EverySampleBootTest {
    /** design + mode -> the text the first failure contains, or "" for success. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
        Map.entry("fvp-default upstream", ""),
        Map.entry("fvp-default partitioned", ""),
        Map.entry("fvp-mistakes upstream", "P8 boot_fdt_info"),
        Map.entry("fvp-mistakes partitioned", "P8 boot_fdt_info"),
        Map.entry("fvp-imagebuilder upstream", ""),
        Map.entry("fvp-imagebuilder partitioned", "has no xen,static-mem"),
        Map.entry("twobank-over-budget upstream", ""),
        Map.entry("twobank-over-budget partitioned", "domU1's context needs 17 regions"),
        Map.entry("r52-zephyr upstream", "Cortex-R52 boots are not modelled"),
        Map.entry("r52-zephyr partitioned", "Cortex-R52 boots are not modelled"));

    static List<String> designsAndModes() {
        List<String> out = new ArrayList<>();
        for (String d : Samples.designs()) for (XenBootMode m : XenBootMode.values()) out.add(d + " " + m.cliName());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designsAndModes")
    void bootsAsExpected(String designAndMode) {
        String[] parts = designAndMode.split(" ");
        XenBootMode mode = XenBootMode.fromCli(parts[1]);
        BootSession s = SampleBoots.session(parts[0], mode);
        BootVerdict v = s.verdict();
        assertTrue(s.complete(), "the boot ends");
        assertNotNull(v.outcome(), designAndMode);
        assertEquals(v.outcome() != StopOutcome.PANIC, v.success() || v.outcome().expected(), designAndMode);
        if (mode == XenBootMode.PARTITIONED && v.success()) {
            MpuPlan plan = MpuPlanner.plan(SampleBoots.design(parts[0]), Strategy.PARTITIONED);
            assertTrue(plan.contexts().stream().allMatch(c -> c.used() <= plan.regionsAvailable()),
                designAndMode + " succeeded although the plan is over budget");
        }
        String expected = EXPECTED.get(designAndMode);
        if (expected == null) return;
        if (expected.isEmpty()) {
            assertTrue(v.success(), designAndMode + ": " + v);
        } else {
            assertTrue(!v.success() && v.firstFailure().contains(expected), designAndMode + ": " + v);
        }
    }
}

package dev.mpuworkbench.devicetree.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.devicetree.check.CheckFailedException;
import dev.mpuworkbench.devicetree.check.CheckOptions;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Compiles DTS text in tests and reports the outcome as dtc would (exit status, messages, tree). */
public final class Compile {
    private Compile() {
    }

    /** Exit status as dtc's (0, 1 or 2), the tree when it compiled, and every message printed. */
    public record Outcome(int exit, DeviceTree tree, String messages) {
    }

    public static Outcome dts(String text) {
        return dts(text, CompileOptions.defaults().withChecks(new CheckOptions(0, false,
            dev.mpuworkbench.devicetree.check.PhandleFormat.EPAPR, "-", java.util.List.of())));
    }

    public static Outcome dts(String text, CompileOptions options) {
        return dts("test.dts", text, options);
    }

    public static Outcome dts(String name, String text, CompileOptions options) {
        Diagnostics d = new Diagnostics();
        try {
            DeviceTree t = DtsCompiler.compile(name, text.getBytes(StandardCharsets.ISO_8859_1), options, d);
            return new Outcome(0, t, d.text());
        } catch (FatalError e) {
            return new Outcome(1, null, d.text() + e.line() + "\n");
        } catch (CheckFailedException e) {
            return new Outcome(2, null, d.text() + e.getMessage() + "\n");
        }
    }

    /** Compiles text that must compile without errors (warnings allowed) and returns the tree. */
    public static DeviceTree ok(String text) {
        Outcome o = dts(text);
        assertEquals(0, o.exit(), () -> "expected to compile, got:\n" + o.messages());
        return o.tree();
    }

    public static CompileOptions in(Path dir) {
        return CompileOptions.defaults().withBaseDirectory(dir);
    }
}

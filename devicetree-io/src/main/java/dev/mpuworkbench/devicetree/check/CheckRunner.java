package dev.mpuworkbench.devicetree.check;

import dev.mpuworkbench.devicetree.dts.ParsedSource;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs dtc's check table ({@code checks.c process_checks}): every enabled check in table order, each after its
 * prerequisites, over every node in pre-order. Once a check reports an error no further check runs (dtc's
 * {@code error = error || run_check(...)}).
 */
public final class CheckRunner {
    private final CheckContext ctx;
    private final List<Check> table;

    private CheckRunner(ParsedSource source, Diagnostics diagnostics, CheckOptions options) {
        this.ctx = new CheckContext(source, diagnostics, options);
        this.table = CheckTable.create();
        for (String s : options.switches()) {
            applySwitch(s);
        }
    }

    /**
     * Runs the checks (fixing up references and phandles in the tree on the way) and, for overlays, adds
     * {@code __fixups__}/{@code __local_fixups__}. Throws {@link CheckFailedException} when errors were found and
     * output is not forced.
     */
    public static void run(ParsedSource source, Diagnostics diagnostics, CheckOptions options) {
        CheckRunner runner = new CheckRunner(source, diagnostics, options);
        runner.processChecks();
        if (options.autoAliases()) {
            LabelTree.generate(runner.ctx, "aliases", false);
        }
        if (options.symbols()) {
            LabelTree.generate(runner.ctx, "__symbols__", true);
        }
        if (runner.ctx.plugin) {
            OverlayFixups.generate(runner.ctx);
        }
    }

    /** The names of all checks, in table order (for {@code -W}/{@code -E} and documentation). */
    public static List<String> checkNames() {
        List<String> names = new ArrayList<>();
        for (Check c : CheckTable.create()) {
            names.add(c.name);
        }
        return names;
    }

    private void applySwitch(String s) {
        boolean warn = s.startsWith("W:");
        String arg = s.substring(2);
        boolean enable = true;
        String name = arg;
        if (arg.startsWith("no-") || arg.startsWith("no_")) {
            name = arg.substring(3);
            enable = false;
        }
        for (Check c : table) {
            if (c.name.equals(name)) {
                if (enable) {
                    enable(c, warn, !warn);
                } else {
                    disable(c, warn, !warn);
                }
                return;
            }
        }
        throw new FatalError("Unrecognized check name \"" + name + "\"");
    }

    private void enable(Check c, boolean warn, boolean error) {
        if ((warn && !c.warn) || (error && !c.error)) {
            for (Check p : c.prerequisites) {
                enable(p, warn, error);
            }
        }
        c.warn = c.warn || warn;
        c.error = c.error || error;
    }

    private void disable(Check c, boolean warn, boolean error) {
        if ((warn && c.warn) || (error && c.error)) {
            for (Check cc : table) {
                if (cc.prerequisites.contains(c)) {
                    disable(cc, warn, error);
                }
            }
        }
        c.warn = c.warn && !warn;
        c.error = c.error && !error;
    }

    private void processChecks() {
        boolean error = false;
        for (Check c : table) {
            if (c.enabled()) {
                error = error || runCheck(c);
            }
        }
        if (error) {
            if (!ctx.options.force()) {
                throw new CheckFailedException();
            } else if (ctx.options.quiet() < 3) {
                ctx.diagnostics.report("Warning: Input tree has errors, output forced");
            }
        }
    }

    private boolean runCheck(Check c) {
        boolean error = false;
        if (c.status == Check.Status.UNCHECKED) {
            c.inProgress = true;
            for (Check prq : c.prerequisites) {
                error = error || runCheck(prq);
                if (prq.status != Check.Status.PASSED) {
                    c.status = Check.Status.PREREQ;
                    ctx.report(c, null, List.of(), null, "Failed prerequisite '" + prq.name + "'");
                }
            }
            if (c.status == Check.Status.UNCHECKED) {
                visit(c, ctx.root);
                if (c.status == Check.Status.UNCHECKED) {
                    c.status = Check.Status.PASSED;
                }
            }
            c.inProgress = false;
        }
        if (c.status != Check.Status.PASSED && c.error) {
            error = true;
        }
        return error;
    }

    private void visit(Check c, Node node) {
        c.function.check(ctx, c, node);
        if (ctx.isDeleted(node)) {
            return;
        }
        List<Node> children = node.children();
        for (int i = 0; i < children.size(); ) {
            Node child = children.get(i);
            visit(c, child);
            if (i < children.size() && children.get(i) == child) {
                i++;
            }
        }
    }
}

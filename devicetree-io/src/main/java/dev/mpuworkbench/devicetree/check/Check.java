package dev.mpuworkbench.devicetree.check;

import java.util.List;

/**
 * One of dtc's checks: a name (as used by {@code -W}/{@code -E}), a function run on every node, whether its
 * failures are reported as warnings or errors (neither: it only runs as a prerequisite), and prerequisites.
 */
final class Check {
    enum Status { UNCHECKED, PREREQ, PASSED, FAILED }

    /** The work of a check on one node. */
    @FunctionalInterface
    interface Function {
        void check(CheckContext ctx, Check check, dev.mpuworkbench.devicetree.tree.Node node);
    }

    final String name;
    final Function function;
    final List<Check> prerequisites;
    boolean warn;
    boolean error;
    Status status = Status.UNCHECKED;
    boolean inProgress;

    Check(String name, Function function, boolean warn, boolean error, List<Check> prerequisites) {
        this.name = name;
        this.function = function;
        this.warn = warn;
        this.error = error;
        this.prerequisites = prerequisites;
    }

    boolean enabled() {
        return warn || error;
    }
}

package dev.mpuworkbench.devicetree.check;

import java.util.List;

/**
 * Options of dtc that steer the checks and what follows them: {@code -q} level, {@code -f}, {@code -H}, the
 * output name used in messages that have no source position, {@code -W}/{@code -E} switches in command-line
 * order (each like "W:name", "W:no-name", "E:name"), {@code -@} (a {@code /__symbols__} node) and {@code -A}
 * (labels added to {@code /aliases}).
 */
public record CheckOptions(int quiet, boolean force, PhandleFormat phandleFormat, String outputName,
                           List<String> switches, boolean symbols, boolean autoAliases) {
    public static final CheckOptions DEFAULT = new CheckOptions(0, false, PhandleFormat.EPAPR, "-", List.of());

    public CheckOptions {
        switches = List.copyOf(switches);
    }

    public CheckOptions(int quiet, boolean force, PhandleFormat phandleFormat, String outputName, List<String> switches) {
        this(quiet, force, phandleFormat, outputName, switches, false, false);
    }
}

package dev.mpuworkbench.devicetree.check;

import java.util.List;

/**
 * Options of dtc that steer the checks: {@code -q} level, {@code -f}, {@code -H}, the output name used in
 * messages that have no source position, and {@code -W}/{@code -E} switches in command-line order (each like
 * "W:name", "W:no-name", "E:name").
 */
public record CheckOptions(int quiet, boolean force, PhandleFormat phandleFormat, String outputName,
                           List<String> switches) {
    public static final CheckOptions DEFAULT = new CheckOptions(0, false, PhandleFormat.EPAPR, "-", List.of());

    public CheckOptions {
        switches = List.copyOf(switches);
    }
}

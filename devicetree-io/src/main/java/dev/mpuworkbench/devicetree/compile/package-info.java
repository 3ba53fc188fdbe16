/**
 * Turning sources into trees the way dtc 1.6.1 does: {@link dev.mpuworkbench.devicetree.compile.DtsCompiler}
 * (parse, checks, reference fix-ups, overlay fix-ups) and the one-call facade
 * {@link dev.mpuworkbench.devicetree.compile.DeviceTrees} (DTS with or without the C preprocessor, DTB in and out).
 * The command-line equivalents are {@link dev.mpuworkbench.devicetree.cli.Dtc} and
 * {@link dev.mpuworkbench.devicetree.cli.Cpp}.
 */
package dev.mpuworkbench.devicetree.compile;

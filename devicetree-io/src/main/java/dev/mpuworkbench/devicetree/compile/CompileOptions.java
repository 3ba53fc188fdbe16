package dev.mpuworkbench.devicetree.compile;

import dev.mpuworkbench.devicetree.check.CheckOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * How to compile: the directory relative file names are resolved against, the {@code -i} include directories,
 * the check options, and a {@code -b} boot CPU override.
 */
public record CompileOptions(Path baseDirectory, List<String> includeDirectories, CheckOptions checks,
                             OptionalLong bootCpuid) {

    public CompileOptions {
        includeDirectories = List.copyOf(includeDirectories);
    }

    /** Relative names against the working directory, no include directories, dtc's default checks. */
    public static CompileOptions defaults() {
        return new CompileOptions(Path.of("").toAbsolutePath(), List.of(), CheckOptions.DEFAULT, OptionalLong.empty());
    }

    public CompileOptions withBaseDirectory(Path dir) {
        return new CompileOptions(dir, includeDirectories, checks, bootCpuid);
    }

    public CompileOptions withIncludeDirectories(List<String> dirs) {
        return new CompileOptions(baseDirectory, dirs, checks, bootCpuid);
    }

    public CompileOptions withChecks(CheckOptions options) {
        return new CompileOptions(baseDirectory, includeDirectories, options, bootCpuid);
    }

    public CompileOptions withBootCpuid(long id) {
        return new CompileOptions(baseDirectory, includeDirectories, checks, OptionalLong.of(id));
    }
}

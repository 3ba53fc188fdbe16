package dev.mpuworkbench.devicetree.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Compiles C files with {@code gcc -fsyntax-only} in strict C11 (skips when gcc is missing unless CI=true). */
final class GccSyntaxCheck {
    private GccSyntaxCheck() {
    }

    /** Writes the files into {@code dir} and checks {@code main}; fails the test on any diagnostic. */
    static void check(Path dir, Map<String, String> files, String main) {
        Path gcc = TestSupport.requireTool("gcc");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestSupport.run(dir, Map.of("LC_ALL", "C"), gcc.toString(), "-std=c11", "-pedantic-errors", "-Wall", "-Wextra",
            "-Werror", "-fsyntax-only", "-I.", main);
    }
}

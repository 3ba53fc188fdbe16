package dev.mpuworkbench.devicetree.cli;

import dev.mpuworkbench.devicetree.cpp.CppException;
import dev.mpuworkbench.devicetree.cpp.Preprocessor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The device tree preprocessing step as a command: {@code [-I DIR]... [-D NAME[=VALUE]]... [-o OUT] IN}.
 * GNU cpp options device tree builds pass ({@code -nostdinc}, {@code -undef}, {@code -x assembler-with-cpp},
 * {@code -E}) are accepted; no system directories or predefined macros are ever used. Exit status 0, or 1 with a
 * GNU-style message on error.
 */
public final class Cpp {
    private Cpp() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Path.of("").toAbsolutePath()));
    }

    /** Runs with the process's working directory; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of("").toAbsolutePath());
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        List<String> includes = new ArrayList<>();
        List<String> defines = new ArrayList<>();
        String output = null;
        String input = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                if (a.startsWith("-I")) {
                    includes.add(a.length() > 2 ? a.substring(2) : args[++i]);
                } else if (a.startsWith("-D")) {
                    defines.add(a.length() > 2 ? a.substring(2) : args[++i]);
                } else if (a.equals("-o")) {
                    output = args[++i];
                } else if (a.equals("-x")) {
                    String lang = args[++i];
                    if (!lang.equals("assembler-with-cpp")) {
                        err.println("cpp: error: only -x assembler-with-cpp is supported");
                        return 1;
                    }
                } else if (a.equals("-nostdinc") || a.equals("-undef") || a.equals("-E")
                    || a.equals("-xassembler-with-cpp")) {
                    continue;
                } else if (a.startsWith("-") && !a.equals("-")) {
                    err.println("cpp: error: unrecognized command-line option '" + a + "'");
                    return 1;
                } else if (input == null) {
                    input = a;
                } else {
                    err.println("cpp: error: too many input files");
                    return 1;
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                err.println("cpp: error: missing argument to '" + a + "'");
                return 1;
            }
        }
        if (input == null) {
            err.println("cpp: error: no input file");
            return 1;
        }
        try {
            String text = Preprocessor.preprocess(input,
                new Preprocessor.Options(workingDirectory, includes, defines), err::println);
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            if (output == null || output.equals("-")) {
                out.write(bytes);
                out.flush();
            } else {
                Files.write(workingDirectory.resolve(output), bytes);
            }
            return 0;
        } catch (CppException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cpp: error: " + e.getMessage());
            return 1;
        }
    }
}

package dev.mpuworkbench.devicetree.cli;

import dev.mpuworkbench.devicetree.check.CheckFailedException;
import dev.mpuworkbench.devicetree.check.CheckOptions;
import dev.mpuworkbench.devicetree.check.PhandleFormat;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.dtb.DtbFormatException;
import dev.mpuworkbench.devicetree.dtb.DtbLayout;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.dts.DtsPrinter;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A drop-in for {@code dtc} 1.6.1: {@code [-I dts|dtb] [-O dts|dtb] [-o OUT] [-i DIR]... [-q] [-f] [-b N]
 * [-W/-E check] [-H fmt] [-R/-S/-p/-a n] [-s] [-@] [-A] IN}, same output bytes, same messages, same exit status
 * (0 success, 1 syntax/fatal error or bad usage, 2 check errors).
 */
public final class Dtc {
    static final String VERSION = "DTC 1.6.1 (MPU Workbench Java implementation)";
    private static final int FDT_MAGIC = 0xd00dfeed;

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Path workingDirectory;

    private Dtc(PrintStream out, PrintStream err, InputStream in, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs dtc with the process's working directory and standard input; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.in, Path.of("").toAbsolutePath());
    }

    /** Runs dtc with relative file names resolved against {@code workingDirectory}. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Path workingDirectory) {
        Dtc dtc = new Dtc(out, err, in, workingDirectory);
        try {
            return dtc.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int execute(String[] args) {
        DtcArguments a;
        try {
            a = DtcArguments.parse(args);
        } catch (DtcArguments.UsageException e) {
            return usage(e.getMessage());
        }
        if (a.help) {
            out.print(usageText());
            return 0;
        }
        if (a.version) {
            out.println("Version: " + VERSION);
            return 0;
        }
        if (a.files.size() > 1) {
            return usage("missing files");
        }
        String input = a.files.isEmpty() ? "-" : a.files.get(0);
        Diagnostics diagnostics = new Diagnostics(err::println);
        try {
            return compile(a, input, diagnostics);
        } catch (FatalError e) {
            err.println(e.line());
            return 1;
        } catch (DtbFormatException e) {
            err.println("FATAL ERROR: " + e.getMessage());
            return 1;
        } catch (CheckFailedException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("FATAL ERROR: " + e.getMessage());
            return 1;
        }
    }

    private int compile(DtcArguments a, String input, Diagnostics diagnostics) throws IOException {
        if (a.minimumSize != 0 && a.padSize != 0) {
            throw new FatalError("Can't set both -p and -S");
        }
        unsupported(a);
        PhandleFormat phandles = PhandleFormat.EPAPR;
        if (a.phandleFormat != null) {
            try {
                phandles = PhandleFormat.parse(a.phandleFormat);
            } catch (IllegalArgumentException e) {
                throw new FatalError(e.getMessage());
            }
        }
        if (a.alignSize != 0 && Integer.bitCount(a.alignSize) != 1) {
            throw new FatalError("Invalid argument \"" + a.alignSize + "\" to -a option");
        }
        String inForm = a.inputFormat != null ? a.inputFormat : guessInputFormat(input);
        String outForm = a.outputFormat;
        if (outForm == null) {
            outForm = guessTypeByName(a.outputName, null);
            if (outForm == null) {
                outForm = inForm.equals("dts") ? "dtb" : "dts";
            }
        }
        CheckOptions checks = new CheckOptions(a.quiet, a.force, phandles, a.outputName, a.checkSwitches, a.symbols,
            a.autoAlias);
        CompileOptions options = new CompileOptions(workingDirectory, a.includeDirs, checks,
            a.bootCpuid == null ? OptionalLong.empty() : OptionalLong.of(a.bootCpuid));
        DeviceTree tree;
        if (inForm.equals("dts")) {
            if (input.equals("-")) {
                tree = DtsCompiler.compile("<stdin>", in.readAllBytes(), options, diagnostics);
            } else {
                tree = DtsCompiler.compileFile(input, options, diagnostics);
            }
        } else if (inForm.equals("dtb")) {
            tree = DtsCompiler.processBlob(readInput(input), options, diagnostics);
        } else if (inForm.equals("fs")) {
            throw new FatalError("Input format \"fs\" is not supported by this implementation");
        } else {
            throw new FatalError("Unknown input format \"" + inForm + "\"");
        }
        if (a.sort) {
            TreeSorter.sort(tree);
        }
        byte[] output;
        switch (outForm) {
            case "dts" -> output = DtsPrinter.printBytes(tree);
            case "dtb" -> output = DtbWriter.write(tree,
                new DtbLayout(a.reserveEntries, a.minimumSize, a.padSize, a.alignSize), diagnostics::report);
            case "null" -> output = null;
            case "asm", "yaml" -> throw new FatalError("Output format \"" + outForm
                + "\" is not supported by this implementation");
            default -> throw new FatalError("Unknown output format \"" + outForm + "\"");
        }
        if (output != null) {
            writeOutput(a.outputName, output);
        }
        return 0;
    }

    private static void unsupported(DtcArguments a) {
        if (a.outputVersion != null) {
            long v = DtcArguments.strtol(a.outputVersion);
            if (v != 17) {
                if (v == 1 || v == 2 || v == 3 || v == 16) {
                    throw new FatalError("Blob version " + v + " output is not supported by this implementation");
                }
                throw new FatalError("Unknown device tree blob version " + v);
            }
        }
        if (a.dependencyFile != null) {
            throw new FatalError("-d (dependency file) is not supported by this implementation");
        }
        if (a.annotate > 0) {
            throw new FatalError("-T (annotated output) is not supported by this implementation");
        }
    }

    private byte[] readInput(String input) throws IOException {
        if (input.equals("-")) {
            return in.readAllBytes();
        }
        Path p = workingDirectory.resolve(input);
        if (!Files.isRegularFile(p)) {
            throw new FatalError("Couldn't open \"" + input + "\": No such file or directory");
        }
        return Files.readAllBytes(p);
    }

    private void writeOutput(String name, byte[] bytes) throws IOException {
        if (name.equals("-")) {
            out.write(bytes);
            return;
        }
        Path p = workingDirectory.resolve(name);
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new FatalError("Couldn't open output file " + name + ": " + e.getMessage());
        }
    }

    private String guessInputFormat(String input) {
        if (input.equals("-")) {
            return "dts";
        }
        Path p = workingDirectory.resolve(input);
        if (Files.isDirectory(p)) {
            return "fs";
        }
        if (!Files.isRegularFile(p)) {
            return "dts";
        }
        try (InputStream s = Files.newInputStream(p)) {
            byte[] magic = s.readNBytes(4);
            if (magic.length == 4 && ((magic[0] & 0xff) << 24 | (magic[1] & 0xff) << 16 | (magic[2] & 0xff) << 8
                | (magic[3] & 0xff)) == FDT_MAGIC) {
                return "dtb";
            }
        } catch (IOException e) {
            return "dts";
        }
        return guessTypeByName(input, "dts");
    }

    static String guessTypeByName(String name, String fallback) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return fallback;
        }
        String ext = name.substring(dot).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case ".dts" -> "dts";
            case ".yaml" -> "yaml";
            case ".dtbo", ".dtb" -> "dtb";
            default -> fallback;
        };
    }

    private int usage(String message) {
        err.print(usageText());
        err.println();
        err.println("Error: " + message);
        return 1;
    }

    static String usageText() {
        List<String> lines = List.of(
            "Usage: dtc [options] <input file>",
            "",
            "Options: -[" + DtcArguments.SHORT_OPTIONS + "]",
            "  -q, --quiet                 Quiet: -q suppress warnings, -qq errors, -qqq all",
            "  -I, --in-format <arg>       Input formats are: dts, dtb",
            "  -o, --out <arg>             Output file",
            "  -O, --out-format <arg>      Output formats are: dts, dtb, null",
            "  -V, --out-version <arg>     Blob version to produce (only 17, the default)",
            "  -R, --reserve <arg>         Make space for <number> reserve map entries",
            "  -S, --space <arg>           Make the blob at least <bytes> long (extra space)",
            "  -p, --pad <arg>             Add padding to the blob of <bytes> long (extra space)",
            "  -a, --align <arg>           Make the blob align to the <bytes> (extra space)",
            "  -b, --boot-cpu <arg>        Set the physical boot cpu",
            "  -f, --force                 Try to produce output even if the input tree has errors",
            "  -i, --include <arg>         Add a path to search for include files",
            "  -s, --sort                  Sort nodes and properties before outputting",
            "  -H, --phandle <arg>         Valid phandle formats are: legacy, epapr, both",
            "  -W, --warning <arg>         Enable/disable warnings (prefix with \"no-\")",
            "  -E, --error <arg>           Enable/disable errors (prefix with \"no-\")",
            "  -@, --symbols               Enable generation of symbols",
            "  -A, --auto-alias            Enable auto-alias of labels",
            "  -h, --help                  Print this help and exit",
            "  -v, --version               Print version and exit");
        return String.join("\n", lines) + "\n";
    }
}

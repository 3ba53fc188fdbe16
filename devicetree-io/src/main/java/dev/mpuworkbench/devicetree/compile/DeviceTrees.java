package dev.mpuworkbench.devicetree.compile;

import dev.mpuworkbench.devicetree.check.CheckFailedException;
import dev.mpuworkbench.devicetree.cpp.CppException;
import dev.mpuworkbench.devicetree.cpp.Preprocessor;
import dev.mpuworkbench.devicetree.dtb.DtbFormatException;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.dts.DtsPrinter;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-call entry points for code that just needs a tree: read DTS (optionally through the C preprocessor) or a
 * DTB, and write DTB or DTS. Errors come back as a {@link DeviceTreeException} carrying dtc's messages;
 * warnings are returned in {@link Loaded#warnings()}.
 */
public final class DeviceTrees {
    private DeviceTrees() {
    }

    /** A tree and the warnings printed while making it (dtc's format, one per line). */
    public record Loaded(DeviceTree tree, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /** Compiles DTS text that includes nothing; {@code name} is used in messages. */
    public static Loaded parseDts(String name, String text) throws DeviceTreeException {
        return compile(name, text.getBytes(StandardCharsets.UTF_8), CompileOptions.defaults());
    }

    /**
     * Compiles a DTS file the way Linux and Zephyr builds do: through the C preprocessor (with {@code __DTS__}
     * defined, the file's directory and {@code includeDirs} searched) when {@code preprocess} is true, then dtc
     * with the same include directories.
     */
    public static Loaded loadDts(Path file, List<Path> includeDirs, boolean preprocess) throws DeviceTreeException {
        Path dir = file.toAbsolutePath().getParent();
        List<String> includes = new ArrayList<>();
        includes.add(dir.toString());
        for (Path p : includeDirs) {
            includes.add(p.toAbsolutePath().toString());
        }
        CompileOptions options = CompileOptions.defaults().withIncludeDirectories(includes);
        String name = file.toAbsolutePath().toString();
        if (!preprocess) {
            Diagnostics d = new Diagnostics();
            try {
                return new Loaded(DtsCompiler.compileFile(name, options, d), d.lines());
            } catch (FatalError e) {
                throw failure(d, e.line(), 1);
            } catch (CheckFailedException e) {
                throw failure(d, e.getMessage(), 2);
            }
        }
        List<String> cppWarnings = new ArrayList<>();
        String text;
        try {
            text = Preprocessor.preprocess(name, new Preprocessor.Options(Path.of("/"), includes, List.of("__DTS__")),
                cppWarnings::add);
        } catch (CppException e) {
            throw new DeviceTreeException(e.getMessage(), 1);
        }
        Loaded loaded = compile(name, text.getBytes(StandardCharsets.ISO_8859_1), options);
        cppWarnings.addAll(loaded.warnings());
        return new Loaded(loaded.tree(), cppWarnings);
    }

    private static Loaded compile(String name, byte[] content, CompileOptions options) throws DeviceTreeException {
        Diagnostics d = new Diagnostics();
        try {
            return new Loaded(DtsCompiler.compile(name, content, options, d), d.lines());
        } catch (FatalError e) {
            throw failure(d, e.line(), 1);
        } catch (CheckFailedException e) {
            throw failure(d, e.getMessage(), 2);
        }
    }

    private static DeviceTreeException failure(Diagnostics d, String last, int status) {
        return new DeviceTreeException(d.text() + last, status);
    }

    /** Reads a DTB (refusing malformed blobs) and runs dtc's checks on it. */
    public static Loaded readDtb(byte[] blob) throws DeviceTreeException {
        Diagnostics d = new Diagnostics();
        try {
            return new Loaded(DtsCompiler.processBlob(blob, CompileOptions.defaults(), d), d.lines());
        } catch (DtbFormatException e) {
            throw new DeviceTreeException("FATAL ERROR: " + e.getMessage(), 1);
        } catch (FatalError e) {
            throw failure(d, e.line(), 1);
        } catch (CheckFailedException e) {
            throw failure(d, e.getMessage(), 2);
        }
    }

    /** The DTB dtc would write for this tree. */
    public static byte[] toDtb(DeviceTree tree) {
        return DtbWriter.write(tree);
    }

    /** The DTS text dtc would print for this tree. */
    public static String toDts(DeviceTree tree) {
        return DtsPrinter.print(tree);
    }

    /** Reads a DTB without running any check (for tools that inspect broken blobs). */
    public static DeviceTree readDtbUnchecked(byte[] blob) throws DeviceTreeException {
        try {
            return DtbReader.read(blob);
        } catch (DtbFormatException e) {
            throw new DeviceTreeException("FATAL ERROR: " + e.getMessage(), 1);
        }
    }
}

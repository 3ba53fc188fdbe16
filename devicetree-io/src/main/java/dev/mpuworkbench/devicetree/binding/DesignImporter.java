package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.devicetree.check.CheckFailedException;
import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.compile.DtsCompiler;
import dev.mpuworkbench.devicetree.dtb.DtbFormatException;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a design from a system device tree: the board nodes (cpus, memory, reserved memory, devices) plus
 * Xen's {@code /chosen} bindings (domains, modules, static heap, {@code mpu,*} sections) and our
 * {@code mpuwb,*} extension properties ({@link Extensions}), which make {@code import(export(design))} give
 * back the same design. Build options a tree does not hold come from a Kconfig fragment when one is given.
 */
public final class DesignImporter {
    private DesignImporter() {
    }

    /**
     * The design a tree describes.
     *
     * @param sourceName  the tree's file name, for messages and as the default design name
     * @param buildOrNull the {@code --build} Kconfig fragment's options, or null
     */
    public static Design fromTree(DeviceTree tree, String sourceName, KconfigBuildOptions buildOrNull)
        throws BindingException {
        return read(tree, sourceName, buildOrNull).design();
    }

    /** The design a tree describes, with notes on what was left out or assumed. */
    public static ImportResult read(DeviceTree tree, String sourceName, KconfigBuildOptions buildOrNull)
        throws BindingException {
        ImportContext ctx = new ImportContext(tree, sourceName);
        checkFormat(ctx);
        String baseName = baseName(sourceName);
        BoardReader.BoardParts board = BoardReader.read(ctx, baseName);
        Node chosen = ctx.chosen().orElseGet(() -> new Node(XenNames.CHOSEN));
        ChosenReader reader = new ChosenReader(ctx, chosen);
        XenBuild xen = new XenBuildReader(ctx, chosen, buildOrNull).read(board.board(), board.stdoutUart());
        Sections sections = reader.sections();
        Design design = new Design(reader.designName(baseName), board.board(), xen, sections, reader.staticHeap(),
            reader.domains(board.devices().nameByPath(), board.devices().passthroughPaths()), reader.hostModules(),
            reader.locked());
        return new ImportResult(design, ctx.notes());
    }

    /**
     * Compiles a DTS file as dtc would (includes searched in the file's folder, then {@code includeDirs}; no C
     * preprocessor) and reads the design from it. dtc's warnings come back as notes; syntax and check errors
     * and binding problems as a {@link BindingException} with file:line:col.
     */
    public static ImportResult fromDts(Path file, KconfigBuildOptions buildOrNull, Path... includeDirs)
        throws BindingException, IOException {
        byte[] content = Files.readAllBytes(file);
        return fromDtsBytes(file.toString(), content, buildOrNull, includeDirs);
    }

    /** Compiles DTS text held in memory (a sample, an editor buffer) and reads the design from it. */
    public static ImportResult fromDtsText(String text, String sourceName, KconfigBuildOptions buildOrNull)
        throws BindingException {
        return fromDtsBytes(sourceName, text.getBytes(StandardCharsets.UTF_8), buildOrNull);
    }

    /** Reads a DTB file and the design from it. */
    public static ImportResult fromDtb(Path file, KconfigBuildOptions buildOrNull)
        throws BindingException, IOException {
        return fromDtbBytes(Files.readAllBytes(file), file.toString(), buildOrNull);
    }

    /** Reads a DTB held in memory and the design from it. */
    public static ImportResult fromDtbBytes(byte[] blob, String sourceName, KconfigBuildOptions buildOrNull)
        throws BindingException {
        List<String> warnings = new ArrayList<>();
        DeviceTree tree;
        try {
            tree = DtbReader.read(blob, warnings::add);
        } catch (DtbFormatException e) {
            throw new BindingException(sourceName, "", null, "not a device tree blob: " + e.getMessage());
        }
        return withNotes(read(tree, sourceName, buildOrNull), warnings);
    }

    private static ImportResult fromDtsBytes(String name, byte[] content, KconfigBuildOptions buildOrNull,
                                             Path... includeDirs) throws BindingException {
        Diagnostics diagnostics = new Diagnostics();
        CompileOptions options = CompileOptions.defaults()
            .withIncludeDirectories(Arrays.stream(includeDirs).map(Path::toString).toList());
        DeviceTree tree;
        try {
            tree = DtsCompiler.compile(name, content, options, diagnostics);
        } catch (FatalError e) {
            throw sourceError(name, diagnostics.text() + e.line());
        } catch (CheckFailedException e) {
            throw sourceError(name, diagnostics.text() + e.getMessage());
        }
        return withNotes(read(tree, name, buildOrNull), diagnostics.lines());
    }

    private static BindingException sourceError(String name, String dtcOutput) {
        return new BindingException(name, "", null, "the device tree source does not compile:\n" + dtcOutput.strip());
    }

    private static ImportResult withNotes(ImportResult result, List<String> first) {
        if (first.isEmpty()) return result;
        List<String> notes = new ArrayList<>(first);
        notes.addAll(result.notes());
        return new ImportResult(result.design(), notes);
    }

    private static void checkFormat(ImportContext ctx) throws BindingException {
        Node chosen = ctx.chosen().orElse(null);
        if (chosen == null || !chosen.hasProperty(Extensions.FORMAT)) return;
        long version = ctx.cells.u32(chosen, Extensions.FORMAT);
        if (version > Extensions.FORMAT_VERSION) {
            throw ctx.error(chosen, Extensions.FORMAT, Extensions.FORMAT + " is " + version + ": the tree was written "
                + "by a newer MPU Workbench (this one reads format " + Extensions.FORMAT_VERSION + ")");
        }
    }

    private static String baseName(String sourceName) {
        String name = sourceName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) name = name.substring(slash + 1);
        int colon = name.indexOf(':');
        if (colon >= 0) name = name.substring(colon + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

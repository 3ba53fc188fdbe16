package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.devicetree.dts.DtsParser;
import dev.mpuworkbench.devicetree.dts.IncludePath;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Parses a DTS file (no C preprocessor) and reads the design from it; errors carry file:line:col. */
    public static ImportResult fromDts(Path file, KconfigBuildOptions buildOrNull, Path... includeDirs)
        throws BindingException, IOException {
        byte[] content = Files.readAllBytes(file);
        return read(parseDts(file.toString(), content, includeDirs), file.toString(), buildOrNull);
    }

    /** Parses DTS text held in memory (a sample, an editor buffer) and reads the design from it. */
    public static ImportResult fromDtsText(String text, String sourceName, KconfigBuildOptions buildOrNull)
        throws BindingException {
        byte[] content = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return read(parseDts(sourceName, content), sourceName, buildOrNull);
    }

    static DeviceTree parseDts(String name, byte[] content, Path... includeDirs) throws BindingException {
        Diagnostics diagnostics = new Diagnostics();
        List<String> dirs = Arrays.stream(includeDirs).map(Path::toString).toList();
        try {
            return DtsParser.parse(name, content, new IncludePath(Path.of("").toAbsolutePath(), dirs), diagnostics)
                .tree();
        } catch (FatalError e) {
            String text = diagnostics.text() + e.line();
            throw new BindingException(name, "", null, "the device tree source does not parse:\n" + text.strip());
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

package dev.mpuworkbench.devicetree.compile;

import dev.mpuworkbench.devicetree.check.CheckRunner;
import dev.mpuworkbench.devicetree.dtb.DtbReader;
import dev.mpuworkbench.devicetree.dts.DtsParser;
import dev.mpuworkbench.devicetree.dts.IncludePath;
import dev.mpuworkbench.devicetree.dts.ParsedSource;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.tree.DeviceTree;

/**
 * dtc's front half: read DTS or a DTB into a tree, apply {@code -b}, then run the checks, which also resolve
 * references and allocate phandles, and add overlay fix-up nodes for {@code /plugin/} sources.
 * <p>Failures: {@link dev.mpuworkbench.devicetree.report.FatalError} (dtc exit status 1: syntax errors, missing
 * files), {@link dev.mpuworkbench.devicetree.dtb.DtbFormatException} (a bad blob, also status 1) and
 * {@link dev.mpuworkbench.devicetree.check.CheckFailedException} (check errors, status 2). Messages go to the
 * {@link Diagnostics} exactly as dtc prints them.
 */
public final class DtsCompiler {
    private DtsCompiler() {
    }

    /** Compiles a DTS file found like dtc finds its input (as named, then in the include directories). */
    public static DeviceTree compileFile(String name, CompileOptions options, Diagnostics diagnostics) {
        IncludePath path = new IncludePath(options.baseDirectory(), options.includeDirectories());
        IncludePath.Found input = path.open(null, name);
        return compile(input.name(), input.content(), options, diagnostics);
    }

    /** Compiles DTS text; {@code name} is the file name used in messages and for relative includes. */
    public static DeviceTree compile(String name, byte[] content, CompileOptions options, Diagnostics diagnostics) {
        IncludePath path = new IncludePath(options.baseDirectory(), options.includeDirectories());
        ParsedSource parsed = DtsParser.parse(name, content, path, diagnostics);
        options.bootCpuid().ifPresent(parsed.tree()::setBootCpuidPhys);
        CheckRunner.run(parsed, diagnostics, options.checks());
        return parsed.tree();
    }

    /** Reads a DTB and runs the same checks dtc runs on blob input. */
    public static DeviceTree processBlob(byte[] blob, CompileOptions options, Diagnostics diagnostics) {
        DeviceTree tree = DtbReader.read(blob, diagnostics::report);
        options.bootCpuid().ifPresent(tree::setBootCpuidPhys);
        CheckRunner.run(ParsedSource.of(tree), diagnostics, options.checks());
        return tree;
    }
}

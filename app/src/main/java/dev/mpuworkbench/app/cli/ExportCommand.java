package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.AtomicFiles;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.binding.RuntimeTreeExporter;
import dev.mpuworkbench.devicetree.export.BoardHeader;
import dev.mpuworkbench.devicetree.export.BootScript;
import dev.mpuworkbench.devicetree.export.BootScriptOptions;
import dev.mpuworkbench.devicetree.export.ExportException;
import dev.mpuworkbench.devicetree.export.ImageBuilderExport;
import dev.mpuworkbench.devicetree.export.ImageBuilderExportOptions;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import dev.mpuworkbench.devicetree.export.MpuTableHeader;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write what the build and the boot need. Refuses a design with errors "
    + "unless --force.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DesignArgument design = new DesignArgument();

    @Option(names = "--dtb", paramLabel = "F", description = "runtime DTB: board tree plus Xen's /chosen")
    Path dtb;

    @Option(names = "--dts", paramLabel = "F", description = "runtime DTS (the same tree as text)")
    Path dts;

    @Option(names = "--header", paramLabel = "F", description = "C header with build-time board info")
    Path header;

    @Option(names = "--kconfig", paramLabel = "F", description = "Kconfig fragment for the Xen build")
    Path kconfig;

    @Option(names = "--mpu-header", paramLabel = "F",
        description = "C header with the PRBAR/PRLAR values of every context (for RTOS guests)")
    Path mpuHeader;

    @Option(names = "--imagebuilder", paramLabel = "F", description = "ImageBuilder config (bash fragment)")
    Path imageBuilder;

    @Option(names = "--boot-script", paramLabel = "PREFIX", description = "U-Boot PREFIX.source and PREFIX.scr")
    String bootScript;

    @Option(names = "--load-command", paramLabel = "CMD", description = "U-Boot load command (default: tftpb)")
    String loadCommand = BootScriptOptions.TFTP;

    @Option(names = "--xen-file", paramLabel = "NAME", description = "file name of the Xen image (default: xen)")
    String xenFile = BootScriptOptions.DEFAULT_XEN_FILE;

    @Option(names = "--force", description = "export even when the design has errors")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dtb == null && dts == null && header == null && kconfig == null && bootScript == null && mpuHeader == null
            && imageBuilder == null) {
            throw new ParameterException(spec.commandLine(), "name at least one artifact to write");
        }
        Optional<Design> loaded = design.load(err);
        if (loaded.isEmpty()) return 1;
        Design d = loaded.get();
        List<Diagnostic> errors = Diagnostics.errors(d);
        if (!errors.isEmpty() && !force) {
            errors.forEach(x -> err.println(x.format()));
            err.println(design.name() + ": not exported: " + errors.size() + " error(s); fix them or pass --force");
            return 1;
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            if (dtb != null) files.put(dtb, RuntimeTreeExporter.toDtb(d));
            if (dts != null) files.put(dts, utf8(RuntimeTreeExporter.toDts(d)));
            if (header != null) files.put(header, utf8(BoardHeader.of(d)));
            if (kconfig != null) files.put(kconfig, utf8(KconfigFragment.of(d)));
            if (mpuHeader != null) files.put(mpuHeader, utf8(MpuTableHeader.of(d, MpuPlanner.plan(d))));
            if (imageBuilder != null) {
                files.put(imageBuilder, utf8(ImageBuilderExport.of(d, new ImageBuilderExportOptions(loadCommand, xenFile,
                    ImageBuilderExportOptions.defaults().ubootSource(), ImageBuilderExportOptions.defaults().ubootScript()))));
            }
            if (bootScript != null) {
                BootScriptOptions options = new BootScriptOptions(loadCommand, xenFile, OptionalLong.empty());
                String source = BootScript.source(d, options);
                files.put(Path.of(bootScript + ".source"), utf8(source));
                files.put(Path.of(bootScript + ".scr"), BootScript.scr(d, source, options));
            }
        } catch (ExportException | BindingException e) {
            err.println(design.name() + ": " + e.getMessage());
            return 1;
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            try {
                AtomicFiles.write(f.getKey(), f.getValue(), false);
            } catch (IOException e) {
                err.println(f.getKey() + ": cannot write: " + e.getMessage());
                return 1;
            }
            out.println("wrote " + f.getKey() + " (" + f.getValue().length + " bytes)");
        }
        return 0;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

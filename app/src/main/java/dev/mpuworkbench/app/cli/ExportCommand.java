package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.app.service.Artifact;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.AtomicFiles;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.export.BootScriptOptions;
import dev.mpuworkbench.devicetree.export.ExportException;
import java.io.IOException;
import java.io.PrintWriter;
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

    @Option(names = "--mpu-header", paramLabel = "F",
        description = "C header with the PRBAR/PRLAR values of every context (for RTOS guests)")
    Path mpuHeader;

    @Option(names = "--kconfig", paramLabel = "F", description = "Kconfig fragment for the Xen build")
    Path kconfig;

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
        Map<Artifact, Path> wanted = requested();
        if (wanted.isEmpty()) throw new ParameterException(spec.commandLine(), "name at least one artifact to write");
        Optional<Design> loaded = design.load(err);
        if (loaded.isEmpty()) return 1;
        Design d = loaded.get();
        List<Diagnostic> errors = Diagnostics.errors(d);
        if (!errors.isEmpty() && !force) {
            errors.forEach(x -> err.println(x.format()));
            err.println(design.name() + ": not exported: " + errors.size() + " error(s); fix them or pass --force");
            return 1;
        }
        BootScriptOptions boot = new BootScriptOptions(loadCommand, xenFile, OptionalLong.empty());
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            for (Map.Entry<Artifact, Path> a : wanted.entrySet()) files.putAll(a.getKey().render(d, a.getValue(), boot));
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

    private Map<Artifact, Path> requested() {
        Map<Artifact, Path> out = new LinkedHashMap<>();
        if (dtb != null) out.put(Artifact.RUNTIME_DTB, dtb);
        if (dts != null) out.put(Artifact.RUNTIME_DTS, dts);
        if (header != null) out.put(Artifact.BOARD_HEADER, header);
        if (kconfig != null) out.put(Artifact.KCONFIG, kconfig);
        if (mpuHeader != null) out.put(Artifact.MPU_HEADER, mpuHeader);
        if (imageBuilder != null) out.put(Artifact.IMAGEBUILDER, imageBuilder);
        if (bootScript != null) out.put(Artifact.BOOT_SCRIPT, Path.of(bootScript + ".source"));
        return out;
    }
}

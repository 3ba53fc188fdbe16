package dev.mpuworkbench.app.service;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.project.ProjectFileException;
import dev.mpuworkbench.devicetree.binding.BindingException;
import dev.mpuworkbench.devicetree.binding.DesignImporter;
import dev.mpuworkbench.devicetree.binding.ImportResult;
import dev.mpuworkbench.devicetree.cpp.CppException;
import dev.mpuworkbench.devicetree.cpp.Preprocessor;
import dev.mpuworkbench.devicetree.export.InputException;
import dev.mpuworkbench.devicetree.export.KconfigBuildOptions;
import dev.mpuworkbench.devicetree.export.KconfigFragment;
import dev.mpuworkbench.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Opens a design from what the user names: a project file ({@code .json}), a system device tree
 * ({@code .dts} or {@code .dtb}: board nodes plus Xen's {@code /chosen}), or a shipped sample
 * ({@code sample:NAME}). A Kconfig fragment ({@code --build}) supplies build options a tree does not say.
 * The CLI and the workbench both open designs through here.
 */
public final class DesignLoader {
    public static final String SAMPLE_PREFIX = "sample:";
    private static final Pattern PREPROCESSOR_DIRECTIVE =
        Pattern.compile("^\\s*#\\s*(include|define|if|ifdef|ifndef)\\b", Pattern.MULTILINE);

    private DesignLoader() {
    }

    public static Design defaultDesign() {
        try {
            return sample(Samples.DEFAULT_DESIGN);
        } catch (DesignLoadException e) {
            throw new IllegalStateException("the default sample design is broken: " + e.getMessage(), e);
        }
    }

    public static Design sample(String name) throws DesignLoadException {
        if (!Samples.designs().contains(name)) {
            throw new DesignLoadException(SAMPLE_PREFIX + name + ": no such sample; samples are " + Samples.designs());
        }
        try {
            return ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        } catch (ProjectFileException e) {
            throw new DesignLoadException(e.getMessage(), e);
        }
    }

    /** Loads {@code sample:NAME} or a file path. */
    public static Design load(String nameOrPath) throws DesignLoadException {
        return open(nameOrPath, null).design();
    }

    public static Design load(Path file) throws DesignLoadException {
        return open(file.toString(), null).design();
    }

    /**
     * Opens a design with the notes of its import.
     *
     * @param buildOrNull a Kconfig fragment of build options for a device tree, or null
     */
    public static LoadedDesign open(String nameOrPath, Path buildOrNull) throws DesignLoadException {
        return open(nameOrPath, buildOrNull, List.of());
    }

    /**
     * Opens a design; a {@code .dts} with C-preprocessor directives ({@code #include}, {@code #define}) is run
     * through the preprocessor first, as Linux and Zephyr build their trees, with {@code includeDirs} as -I.
     */
    public static LoadedDesign open(String nameOrPath, Path buildOrNull, List<Path> includeDirs)
        throws DesignLoadException {
        if (nameOrPath.startsWith(SAMPLE_PREFIX)) {
            return new LoadedDesign(sample(nameOrPath.substring(SAMPLE_PREFIX.length())), List.of());
        }
        Path file = Path.of(nameOrPath);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
            if (name.endsWith(".json")) {
                if (buildOrNull != null) {
                    throw new DesignLoadException(file + ": a project file holds its build options; --build is for device trees");
                }
                return new LoadedDesign(ProjectFile.read(file), List.of());
            }
            KconfigBuildOptions build = buildOrNull == null ? null : buildOptions(buildOrNull);
            if (name.endsWith(".dts")) return fromDts(file, build, includeDirs);
            if (name.endsWith(".dtb")) return from(DesignImporter.fromDtb(file, build));
        } catch (NoSuchFileException e) {
            throw new DesignLoadException(e.getFile() + ": no such file", e);
        } catch (IOException e) {
            throw new DesignLoadException(file + ": cannot read: " + e.getMessage(), e);
        } catch (ProjectFileException | BindingException | CppException e) {
            throw new DesignLoadException(e.getMessage(), e);
        }
        throw new DesignLoadException(file + ": unknown kind of design file; expected a project file (.json) or a "
            + "system device tree (.dts, .dtb)");
    }

    private static KconfigBuildOptions buildOptions(Path build) throws DesignLoadException, IOException {
        if (!Files.exists(build)) throw new NoSuchFileException(build.toString());
        try {
            return KconfigFragment.parse(Files.readString(build, StandardCharsets.UTF_8), build.toString());
        } catch (InputException e) {
            throw new DesignLoadException(e.getMessage(), e);
        }
    }

    private static LoadedDesign fromDts(Path file, KconfigBuildOptions build, List<Path> includeDirs)
        throws IOException, BindingException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!PREPROCESSOR_DIRECTIVE.matcher(text).find()) {
            return from(DesignImporter.fromDts(file, build, includeDirs.toArray(Path[]::new)));
        }
        Path folder = file.toAbsolutePath().getParent();
        List<String> dirs = includeDirs.stream().map(d -> d.toAbsolutePath().toString()).toList();
        String preprocessed = Preprocessor.preprocess(file.toString(), text,
            new Preprocessor.Options(folder, dirs, List.of("__DTS__")), w -> { });
        return from(DesignImporter.fromDtsText(preprocessed, file.toString(), build));
    }

    private static LoadedDesign from(ImportResult result) {
        return new LoadedDesign(result.design(), result.notes());
    }
}

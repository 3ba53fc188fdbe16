package dev.mpuworkbench.app.service;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.project.ProjectFileException;
import dev.mpuworkbench.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a design from what the user names: a project file ({@code .json}), or a sample
 * ({@code sample:NAME}). The CLI and the workbench both open designs through here.
 */
public final class DesignLoader {
    public static final String SAMPLE_PREFIX = "sample:";

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
        if (nameOrPath.startsWith(SAMPLE_PREFIX)) return sample(nameOrPath.substring(SAMPLE_PREFIX.length()));
        return load(Path.of(nameOrPath));
    }

    public static Design load(Path file) throws DesignLoadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString().toLowerCase();
        try {
            if (name.endsWith(".json")) return ProjectFile.read(file);
            if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        } catch (NoSuchFileException e) {
            throw new DesignLoadException(file + ": no such file", e);
        } catch (IOException e) {
            throw new DesignLoadException(file + ": cannot read: " + e.getMessage(), e);
        } catch (ProjectFileException e) {
            throw new DesignLoadException(e.getMessage(), e);
        }
        throw new DesignLoadException(file + ": unknown kind of design file; expected a project file (.json)");
    }
}
